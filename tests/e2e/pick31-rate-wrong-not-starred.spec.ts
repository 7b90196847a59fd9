import { expect, test, type Page } from '@playwright/test'
import { loadPersona } from '../helpers/personas'
import { profileExport } from '../helpers/profile-export'
import { expectNoAxeViolations } from './axe'
import { EN, importThroughUi, jsonFile, ZH, type UiWords } from './data-helpers'

/**
 * Look 31: an offer counted at an exchange rate of the wrong size (92 yuan for 1 HKD, a bank's
 * rate for 100, saved before the size check or imported) was named in the comparison, but its
 * figures, 100 times too large, took every ★ and made it the pick. It keeps its figures, with a
 * hollow ☆ saying why it is not starred where it is a row's highest, and the pick leaves it out,
 * saying why. With the current pay at such a rate no pick is made, and the dashboard names it.
 */
const CASES = [
  {
    words: EN,
    locale: 'en-US',
    scheme: 'light',
    unstarred:
      'Highest on this row, not starred: it is counted at an exchange rate that looks wrong',
    legend:
      'Nor on a figure counted at an exchange rate that looks wrong: ☆ marks it where it is the row’s highest.',
    notWeighed:
      'Not weighed: Harbour Quant (its exchange rate, 92 yuan per HKD, looks 100 times too large: fix it in the offer).',
    noPick: 'None can be weighed yet',
    noPickWhy:
      'Each offer’s verdict and risk-adjusted value are set against your current pay, and its exchange rate, 92 yuan per HKD, looks 100 times too large: fix it in your profile under Skills.',
    raises: 'Raises are set against your current pay, at 92 yuan per HKD, a rate that looks wrong',
    total: 'Your current pay is counted at 92 yuan per HKD, a rate that looks wrong',
    listNote:
      'Judged at 92 yuan per HKD, a rate that looks wrong (1 HKD is about 0.92 yuan): open the offer to fix it.',
    listCurrent:
      'Every verdict below is judged against your current pay, counted at 92 yuan per HKD, a rate that looks wrong: correct it in your profile under Skills.',
  },
  {
    words: ZH,
    locale: 'zh-CN',
    scheme: 'dark',
    unstarred: '本行数字最高，不标 ★：它按看来有误的汇率折算',
    legend: '按看来有误的汇率折算的数字也不标 ★，本行最高时标 ☆。',
    notWeighed:
      '未参与比较：Harbour Quant（汇率 1 HKD = 92 元，看来大了 100 倍：请在 offer 中改正）。',
    noPick: '暂时无法比较',
    noPickWhy:
      '每个 offer 的建议和风险调整后价值都以你的当前薪资为基准，而当前薪资的汇率 1 HKD = 92 元看来大了 100 倍：请在“技能”中改正你的资料。',
    raises: '涨幅以当前薪资为基准，当前薪资按 1 HKD = 92 元折算，汇率看来有误',
    total: '当前薪资按 1 HKD = 92 元折算，汇率看来有误',
    listNote:
      '按 1 HKD = 92 元折算得出，汇率看来有误（1 HKD 约合 0.92 元）：请打开这个 offer 改正。',
    listCurrent:
      '下面每个建议都以当前薪资为基准，当前薪资按 1 HKD = 92 元折算，汇率看来有误：请在“技能”中改正你的资料。',
  },
] as const

const mover = loadPersona('p1')
const evMaker = mover.offers[0]
if (!evMaker) throw new Error('P1 has an offer')

/**
 * The mover's profile and skills, and P1's EV maker twice, as imported: paid 900k–1M HKD a year
 * (Harbour Quant) and 70k–80k yuan × 15 (Plain Yuan), HKD at the stored rate of 92. With
 * `hkdCurrentPay` the profile's current pay is 800k HKD a year and only Plain Yuan is open.
 */
function exportFile(hkdCurrentPay: boolean): string {
  const document = JSON.parse(profileExport({ skills: 0, offers: 2 })) as {
    exportedAt: string
    data: {
      profile: Record<string, unknown>
      skills: unknown[]
      offers: Record<string, unknown>[]
      engineSettings: unknown
    }
  }
  const stamp = document.exportedAt
  const offer = (id: string, company: string, pay: unknown) => ({
    ...evMaker,
    id,
    company,
    role: '',
    pay,
    status: 'considering',
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
  })
  document.data.skills = mover.skills.map((skill) => ({
    ...skill,
    createdAt: stamp,
    updatedAt: stamp,
  }))
  const plain = offer('o-plain', 'Plain Yuan', {
    currency: 'CNY',
    base: { kind: 'monthly', monthly: { low: 70_000, high: 80_000 }, months: 15 },
  })
  const harbour = offer('o-harbour', 'Harbour Quant', {
    currency: 'HKD',
    base: { kind: 'annual', annual: { low: 900_000, high: 1_000_000 } },
  })
  document.data.offers = hkdCurrentPay ? [plain] : [harbour, plain]
  if (hkdCurrentPay)
    document.data.profile = {
      ...document.data.profile,
      currentPay: {
        currency: 'HKD',
        base: { kind: 'annual', annual: { low: 800_000, high: 800_000 } },
      },
    }
  document.data.engineSettings = { id: 'engine', updatedAt: stamp, exchangeRates: { HKD: 92 } }
  return JSON.stringify(document)
}

/** The cell of `company`'s column (or the current job's, `null`) on the row `rowId`. */
async function cellOf(page: Page, rowId: string, company: string | null) {
  const table = page.locator('.compare-table')
  const index = await table
    .locator('thead th')
    .evaluateAll(
      (headers, name) =>
        name === null
          ? headers.findIndex((header) => header.classList.contains('compare-column-current'))
          : headers.findIndex((header) => header.textContent.includes(name)),
      company,
    )
  expect(index).toBeGreaterThan(0)
  // The header row's first cell is the row names' corner: a column's cells are one before.
  return table.locator(`tbody tr[data-row="${rowId}"] td`).nth(index - 1)
}

for (const c of CASES) {
  test.describe(`a rate of the wrong size is never starred nor picked, ${c.locale} ${c.scheme}`, () => {
    test.use({ locale: c.locale, colorScheme: c.scheme, viewport: { width: 1280, height: 900 } })

    test('an offer’s: a ☆ saying why, the other offer picked, axe clean', async ({
      page,
    }, testInfo) => {
      test.setTimeout(90_000)
      await page.goto('/#/settings')
      const words: UiWords = c.words
      await importThroughUi(page, jsonFile('rate-wrong.json', exportFile(false)), 'replace', words)

      await page.goto('/#/offers')
      // The offers list: the verdict judged at that rate says so beneath it; the other's not.
      const row = (company: string) =>
        page.locator('tr').filter({ has: page.getByRole('link', { name: company }) })
      await expect(row('Harbour Quant').locator('.offer-rate-wrong')).toHaveText([c.listNote])
      await expect(row('Plain Yuan').locator('.offer-verdict')).toBeVisible()
      await expect(row('Plain Yuan').locator('.offer-rate-wrong')).toHaveCount(0)
      await page
        .locator('.offer-list')
        .first()
        .screenshot({ path: testInfo.outputPath(`list-${c.locale}-${c.scheme}.png`) })
      const pick = page.locator('.offer-pick')
      await expect(pick.locator('.offer-pick-note')).toHaveText([c.notWeighed])
      await expect(pick.locator('.offer-pick-headline')).toContainText('Plain Yuan')
      await expect(pick.locator('.offer-pick-headline')).not.toContainText('Harbour Quant')

      // Every row its yuan figures rest on: its figure shown, no ★, a ☆ saying why.
      for (const row of ['cash', 'total', 'year-one', 'raise', 'risk-adjusted']) {
        const cell = await cellOf(page, row, 'Harbour Quant')
        await expect(cell, row).not.toHaveAttribute('data-best')
        await expect(cell, row).toHaveAttribute('data-unstarred', 'rate')
        await expect(cell.locator('.compare-unstarred'), row).toHaveAttribute('title', c.unstarred)
        await expect(cell.locator('.compare-value'), row).not.toBeEmpty()
      }
      await expect(await cellOf(page, 'total', 'Plain Yuan')).toHaveAttribute('data-best', 'true')
      await expect(page.locator('.compare-legend')).toContainText(c.legend)
      await expectNoAxeViolations(page)
      await page
        .locator('.offer-compare')
        .screenshot({ path: testInfo.outputPath(`compare-${c.locale}-${c.scheme}.png`) })
    })

    test('the current pay’s: no pick, and the dashboard names it, axe clean', async ({
      page,
    }, testInfo) => {
      test.setTimeout(90_000)
      await page.goto('/#/settings')
      const words: UiWords = c.words
      await importThroughUi(
        page,
        jsonFile('current-wrong.json', exportFile(true)),
        'replace',
        words,
      )

      await page.goto('/#/offers')
      // Above the offers list, once: every verdict in it is judged against that pay.
      await expect(page.locator('.offer-current-rate-wrong')).toHaveText([c.listCurrent])
      await page
        .locator('.offer-list')
        .first()
        .screenshot({ path: testInfo.outputPath(`list-current-${c.locale}-${c.scheme}.png`) })
      const pick = page.locator('.offer-pick')
      await expect(pick).toHaveAttribute('data-pick', 'current-rate-wrong')
      await expect(pick.locator('.offer-pick-headline')).toHaveText(c.noPick)
      await expect(pick.locator('.offer-pick-sentence')).toHaveText(c.noPickWhy)
      const staying = await cellOf(page, 'risk-adjusted', null)
      await expect(staying).toHaveAttribute('data-unstarred', 'rate')
      await expect(page.locator('tr[data-row="risk-adjusted"] td[data-best]')).toHaveCount(0)
      await expectNoAxeViolations(page)

      await page.goto('/#/dashboard')
      await expect(
        page.getByTestId('dashboard-offers').locator('.dash-rate-wrong[role="note"]'),
      ).toHaveText([c.raises])
      await expect(
        page.getByTestId('dashboard-tier').locator('.dash-rate-wrong[role="note"]'),
      ).toHaveText([c.total])
      await expectNoAxeViolations(page)
    })
  })
}
