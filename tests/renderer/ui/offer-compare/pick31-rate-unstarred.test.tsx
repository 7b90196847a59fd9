import { describe, expect, it } from 'vitest'
import { storedOfferSchema } from '../../../../renderer/data/records'
import { assess, DEFAULT_RULESET } from '../../../../renderer/domain'
import type { AssessmentInput } from '../../../../renderer/domain/model/assessment-input'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { comparisonColumns } from '../../../../renderer/ui/screens/offers/compare/comparison-columns'
import { comparisonRows } from '../../../../renderer/ui/screens/offers/compare/compare-rows'
import { loadPersona } from '../../../helpers/personas'

/**
 * Look 31: an HKD offer saved at 92 yuan for 1 HKD (a bank's rate for 100) took the ★ on every
 * row its yuan figures were 100 times too large on. It keeps its figures but is never starred
 * on them: a hollow ☆ says why where it is the row's highest. A current pay at such a rate is
 * never starred either, nor, on the risk-adjusted row set against it, any offer.
 */
function stored(company: string, pay: Record<string, unknown>) {
  return storedOfferSchema.parse({
    id: `o-${company.toLowerCase().replace(/ /g, '-')}`,
    company,
    employerKind: 'big-tech-established-line',
    pay,
    status: 'considering',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
  })
}

const harbour = stored('Harbour Quant', {
  currency: 'HKD',
  base: { kind: 'annual', annual: { low: 900_000, high: 1_000_000 } },
})
const plain = stored('Plain Yuan', {
  base: { kind: 'monthly', monthly: { low: 50_000, high: 60_000 }, months: 15 },
})
const mover = loadPersona('p1')

async function rowsOf(rates: Record<string, number>, profile = mover.profile) {
  const offers = [harbour, plain]
  const input: AssessmentInput = {
    ...mover,
    profile,
    offers,
    settings: { ...mover.settings, exchangeRates: rates },
  }
  const assessment = assess(input, DEFAULT_RULESET)
  const { current, offers: columns } = comparisonColumns(offers, assessment, input, DEFAULT_RULESET)
  const { t } = await createI18n('en')
  const rows = comparisonRows(
    [current, ...columns],
    { t, language: 'en', ruleset: DEFAULT_RULESET },
    24,
  )
  return new Map(
    rows.map((row) => [
      row.id,
      { best: [...row.best], unstarred: Object.fromEntries(row.unstarred ?? []) },
    ]),
  )
}

const PAY_ROWS = ['cash', 'total', 'year-one', 'after-tax', 'after-tax-year-one', 'raise']

describe('the ★ and a rate of the wrong size', () => {
  it('at 0.92 for 1 HKD the Hong Kong offer, paid more, is starred as any other', async () => {
    const rows = await rowsOf({ HKD: 0.92 })
    expect(rows.get('cash')).toEqual({ best: [harbour.id], unstarred: {} })
  })

  it('at 92 it is starred on no row its yuan figures rest on; a ☆ says why', async () => {
    const rows = await rowsOf({ HKD: 92 })
    for (const id of [...PAY_ROWS, 'risk-adjusted']) {
      const row = rows.get(id)
      expect(row?.best, id).not.toContain(harbour.id)
      expect(row?.unstarred, id).toEqual({ [harbour.id]: 'rate' })
    }
    // The next best has the ★, as if the offer were not there.
    expect(rows.get('cash')?.best).toEqual([plain.id])
    expect(rows.get('raise')?.best).toEqual([plain.id])
    // The risk score rests on no rate.
    expect(rows.get('risk')?.unstarred).toEqual({})
  })

  it('a current pay at 720 for 1 USD is not starred, nor any value set against it', async () => {
    const rows = await rowsOf(
      { HKD: 0.92, USD: 720 },
      {
        ...mover.profile,
        currentPay: {
          currency: 'USD',
          base: { kind: 'annual', annual: { low: 100_000, high: 100_000 } },
        },
      },
    )
    expect(rows.get('total')).toEqual({ best: [harbour.id], unstarred: { current: 'rate' } })
    expect(rows.get('risk-adjusted')).toEqual({ best: [], unstarred: { current: 'rate' } })
  })
})

describe('which rates a row rests on (review 31)', () => {
  it('the cash row (no options in it) stars a yuan pay whose options’ rate is wrong; the total does not', async () => {
    // Harbour Quant's pay in yuan, paid most, with USD options at 720 yuan for 1 USD.
    const withOptions = stored('Harbour Quant', {
      base: { kind: 'annual', annual: { low: 1_500_000, high: 1_500_000 } },
      options: {
        currency: 'USD',
        count: 1_000,
        strikePrice: 1,
        sharePrice: { low: 2, high: 2 },
        schedule: [25, 25, 25, 25],
      },
    })
    const input: AssessmentInput = {
      ...mover,
      offers: [withOptions, plain],
      settings: { ...mover.settings, exchangeRates: { USD: 720 } },
    }
    const assessment = assess(input, DEFAULT_RULESET)
    const { current, offers } = comparisonColumns(
      [withOptions, plain],
      assessment,
      input,
      DEFAULT_RULESET,
    )
    const { t } = await createI18n('en')
    const rows = new Map(
      comparisonRows([current, ...offers], { t, language: 'en', ruleset: DEFAULT_RULESET }, 24).map(
        (row) => [
          row.id,
          { best: [...row.best], unstarred: Object.fromEntries(row.unstarred ?? []) },
        ],
      ),
    )
    expect(rows.get('cash')).toEqual({ best: [withOptions.id], unstarred: {} })
    expect(rows.get('total')).toEqual({ best: [plain.id], unstarred: { [withOptions.id]: 'rate' } })
  })

  it('the raise row, set against a current pay at 720 for 1 USD, stars no offer', async () => {
    const rows = await rowsOf(
      { HKD: 0.92, USD: 720 },
      {
        ...mover.profile,
        currentPay: {
          currency: 'USD',
          base: { kind: 'annual', annual: { low: 100_000, high: 100_000 } },
        },
      },
    )
    expect(rows.get('raise')?.best).toEqual([])
    expect(rows.get('raise')?.unstarred).toEqual({ [harbour.id]: 'current-rate' })
  })
})
