import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * The navigation narrows with the window (styles.css, --nav-width): at 720 px, Electron's least
 * width, it kept 208 px, 29% of the window (new-user trial). Every label still fits on its line,
 * and the banners stay in line with the screen's text. In English and Simplified Chinese.
 */

const LANGUAGES = [
  {
    name: 'en',
    languages: ['en-US', 'en'],
    loadSample: 'Load the sample',
    loaded: 'The sample is loaded',
  },
  { name: 'zh-CN', languages: ['zh-CN', 'zh'], loadSample: '载入示例', loaded: '示例已载入' },
] as const

function overrideLanguages(languages: readonly string[]) {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages })
  Object.defineProperty(Navigator.prototype, 'language', { get: () => languages[0] })
}

/** The navigation's width, and the labels that do not fit on one line in it. */
function navigation(page: Page) {
  return page.evaluate(() => {
    const nav = document.querySelector('nav.app-nav')
    if (!(nav instanceof HTMLElement)) throw new Error('no navigation')
    const overflowing = [...nav.querySelectorAll('a')]
      .filter(
        (link) =>
          link.scrollWidth > link.clientWidth ||
          link.getClientRects().length > 1 ||
          link.offsetHeight > 48,
      )
      .map((link) => link.textContent)
    return { width: nav.getBoundingClientRect().width, overflowing }
  })
}

for (const language of LANGUAGES) {
  test(`the navigation narrows at 720 px and keeps 208 px at 1280, ${language.name}`, async ({
    page,
  }) => {
    await page.addInitScript(overrideLanguages, language.languages)
    await page.setViewportSize({ width: 720, height: 700 })
    await page.goto('/#/dashboard')
    await page.getByRole('button', { name: language.loadSample }).click()
    await expect(page.getByText(language.loaded)).toBeVisible({ timeout: 20_000 })

    const narrow = await navigation(page)
    expect(narrow.width).toBeLessThanOrEqual(160)
    expect(narrow.overflowing).toEqual([])
    // Below 64rem the banner takes the window's width (dc5bb75), so it fits on fewer lines.
    const reminder = page.getByTestId('export-reminder')
    await expect(reminder).toBeVisible()
    const banner = await reminder.boundingBox()
    expect(banner?.x ?? 99).toBeLessThan(24)
    expect(banner?.width ?? 0).toBeGreaterThan(720 - 48)
    // The open offers' table reflows here, each name over its figures: it fits without
    // scrolling sideways and no name is squeezed to a word a line (new-user trial 11). Where it
    // would scroll it is a tab stop (axe's scrollable-region-focusable), not where it fits.
    const offers = page.getByTestId('dashboard-offers')
    const table = offers.locator('.dash-table-scroll')
    await expect(offers.locator('tbody tr')).toHaveCount(3)
    expect(await table.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(false)
    await expect(table).not.toHaveAttribute('tabindex')
    const nameLines = await offers.locator('.dash-offer-company').evaluateAll((names) =>
      names.map((name) => {
        const text = document.createRange()
        text.selectNodeContents(name)
        return text.getClientRects().length
      }),
    )
    expect(nameLines).toEqual([1, 1, 1])
    // Still a table to assistive technology: each name heads its row of figures.
    await expect(offers.getByRole('rowheader')).toHaveCount(3)
    await expect(offers.getByRole('columnheader')).toHaveCount(5)
    await expectNoAxeViolations(page)

    await page.setViewportSize({ width: 1280, height: 700 })
    await expect(table).not.toHaveAttribute('tabindex')
    const wide = await navigation(page)
    expect(wide.width).toBeCloseTo(208, 0)
    expect(wide.overflowing).toEqual([])
  })
}
