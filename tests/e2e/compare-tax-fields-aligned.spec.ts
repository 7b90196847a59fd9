import { expect, test, type Page } from '@playwright/test'

/**
 * The tax assumptions under the comparison: at 1280 px "Base floor (yuan a month)" wrapped to
 * two lines and put its input a line below the inputs beside it (session 21's look); so did
 * "Serious illness costs you bore (yuan a year)" among the deductions. The inputs of a row
 * now start at one height, in English and Simplified Chinese, at 1280 and 800 px.
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

/** The tops of the inputs and selects of each tax grid, grouped by the grid's row. */
async function controlRows(page: Page): Promise<number[][][]> {
  return page.locator('.tax-assumptions .tax-grid').evaluateAll((grids) =>
    grids.map((grid) => {
      const rows = new Map<number, number[]>()
      for (const field of grid.querySelectorAll(':scope > .tax-field')) {
        const control = field.querySelector('input, select')
        if (!control) continue
        // A field's row: its own top, rounded (the fields of one row share it).
        const row = Math.round(field.getBoundingClientRect().top)
        rows.set(row, [...(rows.get(row) ?? []), control.getBoundingClientRect().top])
      }
      return [...rows.values()]
    }),
  )
}

for (const language of LANGUAGES) {
  for (const width of [1280, 800]) {
    test(`the tax fields of a row have their inputs in line, ${language.name}, ${width} px`, async ({
      page,
    }) => {
      test.setTimeout(60_000)
      await page.addInitScript(overrideLanguages, language.languages)
      await page.setViewportSize({ width, height: 900 })
      await page.goto('/#/dashboard')
      await page.getByRole('button', { name: language.loadSample }).click()
      await expect(page.getByText(language.loaded)).toBeVisible({ timeout: 20_000 })
      await page.goto('/#/offers')
      await expect(page.locator('.tax-assumptions .tax-field').first()).toBeVisible()
      const grids = await controlRows(page)
      expect(grids.length).toBe(2)
      for (const rows of grids)
        for (const tops of rows) {
          const spread = Math.max(...tops) - Math.min(...tops)
          expect(spread, `input tops ${tops.join(', ')}`).toBeLessThanOrEqual(1)
        }
    })
  }
}
