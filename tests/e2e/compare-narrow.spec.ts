import { expect, test } from '@playwright/test'

/**
 * At 720 px, Electron's least width, the comparison of the current job and one offer scrolled
 * sideways (user trial 8): its columns kept widths set for a wide window. Where the table is
 * narrow they narrow (compare.css, a container query), so the two fit; in English and
 * Simplified Chinese, with the sample's first offer shown alone.
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
  test(`one offer's comparison fits a 720 px window without scrolling sideways, ${language.name}`, async ({
    page,
  }) => {
    test.setTimeout(60_000)
    await page.addInitScript(overrideLanguages, language.languages)
    await page.setViewportSize({ width: 720, height: 900 })
    await page.goto('/#/dashboard')
    await page.getByRole('button', { name: language.loadSample }).click()
    await expect(page.getByText(language.loaded)).toBeVisible({ timeout: 20_000 })
    await page.goto('/#/offers')
    const shown = page.locator('.offer-compare .compare-shown input[type="checkbox"]')
    await expect(shown).toHaveCount(3)
    for (const index of [1, 2]) await shown.nth(index).uncheck()
    const table = page.locator('.compare-scroll')
    await expect(table.locator('thead th')).toHaveCount(3)
    const [scrollWidth, clientWidth] = await table.evaluate((element) => [
      element.scrollWidth,
      element.clientWidth,
    ])
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
    // With all three offers it still scrolls inside itself, never the page.
    for (const index of [1, 2]) await shown.nth(index).check()
    await expect(table.locator('thead th')).toHaveCount(5)
    const page_ = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ])
    expect(page_[0]).toBeLessThanOrEqual(page_[1] ?? 0)
  })
}
