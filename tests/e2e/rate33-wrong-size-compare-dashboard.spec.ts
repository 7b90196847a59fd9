import { expect, test } from '@playwright/test'
import { profileExport } from '../helpers/profile-export'
import { expectNoAxeViolations } from './axe'
import { EN, importThroughUi, jsonFile, ZH, type UiWords } from './data-helpers'

/**
 * Look 31 (open until session 30): a rate saved before the size check or brought in by an
 * import, 92 for the Hong Kong dollar (a bank's yuan per 100 HKD), is still used. The verdict
 * and the rate field say it looks wrong; the offers comparison and the dashboard's offers card
 * showed the offer's 82.8 million yuan a year and its raise of thousands of percent without a
 * word. Each now names the rate beside those figures, in the verdict's words.
 */
const CASES = [
  {
    words: EN,
    locale: 'en-US',
    scheme: 'light',
    compare:
      'Converted at 92 yuan per HKD, the rate saved, which looks wrong: 1 HKD is about 0.92 yuan, so this column’s yuan figures are off by as much.',
    dashboard: 'At 92 yuan per HKD, a rate that looks wrong',
  },
  {
    words: ZH,
    locale: 'zh-CN',
    scheme: 'dark',
    compare:
      '按已保存的汇率 1 HKD = 92 元折算，这个汇率看来有误：1 HKD 约合 0.92 元，此列人民币金额因此同样失真。',
    dashboard: '按 1 HKD = 92 元折算，汇率看来有误',
  },
] as const

/** The mover's profile, an HKD offer at the stored rate of 92 and a yuan one, as imported. */
function exportFile(): string {
  const document = JSON.parse(profileExport({ skills: 0, offers: 2 })) as {
    exportedAt: string
    data: { offers: Record<string, unknown>[]; engineSettings: unknown }
  }
  const [hkd, yuan] = document.data.offers
  document.data.offers = [
    {
      ...hkd,
      company: 'Harbour Quant',
      role: '',
      pay: { currency: 'HKD', base: { kind: 'annual', annual: { low: 900_000, high: 1_000_000 } } },
    },
    {
      ...yuan,
      company: 'Plain Yuan',
      role: '',
      pay: {
        currency: 'CNY',
        base: { kind: 'monthly', monthly: { low: 50_000, high: 60_000 }, months: 15 },
      },
    },
  ]
  document.data.engineSettings = {
    id: 'engine',
    updatedAt: document.exportedAt,
    exchangeRates: { HKD: 92 },
  }
  return JSON.stringify(document)
}

for (const c of CASES) {
  test.describe(`a stored rate of the wrong size, ${c.locale} ${c.scheme}`, () => {
    test.use({ locale: c.locale, colorScheme: c.scheme, viewport: { width: 1280, height: 900 } })

    test('the comparison and the dashboard name it beside the offer’s figures, axe clean', async ({
      page,
    }) => {
      test.setTimeout(90_000)
      await page.goto('/#/settings')
      const words: UiWords = c.words
      await importThroughUi(page, jsonFile('rate-wrong.json', exportFile()), 'replace', words)

      for (const width of [1280, 720]) {
        await page.setViewportSize({ width, height: 900 })

        await page.goto('/#/offers')
        const table = page.locator('.compare-table')
        await expect(table.locator('thead th', { hasText: 'Harbour Quant' })).toBeVisible()
        const harbour = await table
          .locator('thead th')
          .evaluateAll((headers) =>
            headers.findIndex((header) => header.textContent.includes('Harbour Quant')),
          )
        expect(harbour).toBeGreaterThan(0)
        const cash = table.locator('tbody tr').first().locator('td')
        // The header row's first cell is the row names' corner: a column's cells are one before.
        await expect(cash.nth(harbour - 1).locator('[role="note"]')).toHaveText(c.compare)
        // Only there: the yuan offer's column and the current job's say nothing of a rate.
        await expect(table.locator('.compare-warning', { hasText: 'HKD' })).toHaveCount(1)
        await expect(table.getByText(c.compare)).toBeVisible()
        await expectNoAxeViolations(page)

        await page.goto('/#/dashboard')
        const card = page.getByTestId('dashboard-offers')
        const row = card.getByRole('row').filter({ hasText: 'Harbour Quant' })
        await expect(row.locator('th [role="note"]')).toHaveText(c.dashboard)
        await expect(row.getByText(c.dashboard)).toBeVisible()
        await expect(
          card.getByRole('row').filter({ hasText: 'Plain Yuan' }).getByRole('note'),
        ).toHaveCount(0)
        // The note wraps in its row's header; the card's table does not scroll sideways for it.
        const sideways = await card
          .locator('.dash-table-scroll')
          .evaluate((scroller) => scroller.scrollWidth - scroller.clientWidth)
        expect(sideways, `dashboard scrolls sideways at ${String(width)} px`).toBeLessThanOrEqual(0)
        await expectNoAxeViolations(page)
      }
    })
  })
}
