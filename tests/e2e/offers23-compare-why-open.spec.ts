import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * With every offer's "Why" open (risk, risk-adjusted, recommendation), the comparison of the
 * current job and the sample's three offers scrolled sideways at 1024, 1280 and 1366 px, most in
 * Chinese (trial 17: an open Why widened its column to 20rem whatever the window, 1,305 px of
 * table in 964). An open column now takes what room is left and its sentences wrap: no sideways
 * scrolling from 1024 px up, in English and Simplified Chinese, nothing inside cut; axe clean
 * with them open, light and dark.
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

for (const language of LANGUAGES) {
  test(`every Why open, the comparison fits 1024-1366 px windows, ${language.name}`, async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.addInitScript(overrideLanguages, language.languages)
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.goto('/#/dashboard')
    await page.getByRole('button', { name: language.loadSample }).click()
    await expect(page.getByText(language.loaded)).toBeVisible({ timeout: 20_000 })
    await page.goto('/#/offers')
    const table = page.locator('.compare-scroll')
    await expect(table.locator('thead th')).toHaveCount(5)
    // Opened as a user does, by its summary: every "Why" of every row that has one.
    const whys = table.locator('.compare-why > summary')
    const count = await whys.count()
    expect(count).toBeGreaterThanOrEqual(9)
    for (let index = 0; index < count; index += 1) await whys.nth(index).click()
    await expect(table.locator('.compare-why[open]')).toHaveCount(count)

    for (const width of [1366, 1280, 1024]) {
      await page.setViewportSize({ width, height: 900 })
      const [scrollWidth, clientWidth] = await table.evaluate((element) => [
        element.scrollWidth,
        element.clientWidth,
      ])
      expect(scrollWidth, `${String(width)} px`).toBeLessThanOrEqual(clientWidth)
      const [pageScrollWidth, pageWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ])
      expect(pageScrollWidth, `${String(width)} px, the page`).toBeLessThanOrEqual(pageWidth)
      // Nothing cut: every figure and every reason's line lies inside the table.
      const cut = await table.evaluate((element) => {
        const box = element.getBoundingClientRect()
        return [...element.querySelectorAll('.compare-value, .compare-why p, .compare-why li')]
          .filter((value) => {
            const own = value.getBoundingClientRect()
            return own.right > box.right + 0.5 || value.scrollWidth > value.clientWidth + 0.5
          })
          .map((value) => value.textContent)
      })
      expect(cut, `${String(width)} px`).toEqual([])
    }

    await page.setViewportSize({ width: 1280, height: 900 })
    await expectNoAxeViolations(page)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoAxeViolations(page)
  })
}
