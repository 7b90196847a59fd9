import { describe, expect, it } from 'vitest'
import { storedOfferSchema } from '../../../../renderer/data/records'
import { assess, DEFAULT_RULESET } from '../../../../renderer/domain'
import type { AssessmentInput } from '../../../../renderer/domain/model/assessment-input'
import {
  bestColumns,
  comparisonColumns,
  type CompareColumn,
} from '../../../../renderer/ui/screens/offers/compare/comparison-columns'
import { loadPersona } from '../../../helpers/personas'

const mover = loadPersona('p1')
const startup = loadPersona('p4').offers[0]
const platformOffer = loadPersona('p5').offers[0]
const usd = loadPersona('p6').offers[0]

/** The offers as stored (status and the day each was added), and the engine's answer on them. */
function setUp(statuses: Record<string, string>, settings = mover.settings) {
  const offers = [startup, platformOffer, usd].flatMap((offer, index) =>
    offer
      ? [
          storedOfferSchema.parse({
            ...offer,
            status: statuses[offer.id] ?? 'considering',
            // Added in the order above, on successive days.
            createdAt: `2026-03-0${String(index + 1)}T10:00:00.000Z`,
            updatedAt: '2026-03-05T10:00:00.000Z',
          }),
        ]
      : [],
  )
  const input: AssessmentInput = { ...mover, offers, settings }
  return { offers, input, assessment: assess(input, DEFAULT_RULESET) }
}

describe('comparisonColumns', () => {
  it('puts the current job first, then offers still weighed, in the order they were added', () => {
    const { offers, input, assessment } = setUp({ 'o-openai-l5': 'declined' })
    // Stored by id, as the database gives them back.
    const byId = [...offers].sort((a, b) => a.id.localeCompare(b.id))
    const { current, offers: columns } = comparisonColumns(byId, assessment, input, DEFAULT_RULESET)
    expect(current.pay?.ok).toBe(true)
    expect(current.rates.preset.cityId).toBe('beijing')
    expect(columns.map((column) => column.key)).toEqual(['o-four-steps', 'o-big-platform'])
    expect(columns[0]?.assessment?.offerId).toBe('o-four-steps')
  })

  it('leaves out an accepted offer as a declined or expired one: it is decided (trial 15 M5)', () => {
    // Accepted and set as current pay, it was a column compared with itself: 0%, 'Accept'.
    const { offers, input, assessment } = setUp({
      'o-four-steps': 'accepted',
      'o-openai-l5': 'expired',
    })
    const columns = comparisonColumns(offers, assessment, input, DEFAULT_RULESET).offers
    expect(columns.map((column) => column.key)).toEqual(['o-big-platform'])
    const negotiating = setUp({ 'o-four-steps': 'negotiating' })
    expect(
      comparisonColumns(
        negotiating.offers,
        negotiating.assessment,
        negotiating.input,
        DEFAULT_RULESET,
      ).offers.map((column) => column.key),
    ).toEqual(['o-four-steps', 'o-big-platform', 'o-openai-l5'])
  })

  it('orders by risk-adjusted value, total or risk; an unreadable pay goes last', () => {
    // Without a dollar rate the USD offer cannot be read.
    const { offers, input, assessment } = setUp({}, { ...mover.settings, exchangeRates: {} })
    const order = (sort: 'riskAdjusted' | 'total' | 'risk') =>
      comparisonColumns(offers, assessment, input, DEFAULT_RULESET, sort).offers.map(
        (column) => column.key,
      )
    const usdColumn = comparisonColumns(offers, assessment, input, DEFAULT_RULESET).offers.at(-1)
    expect(usdColumn?.assessment).toMatchObject({ ok: false, error: { code: 'no-exchange-rate' } })
    // 135万 a year against 101.25万: the startup pays more and is riskier.
    expect(order('total')).toEqual(['o-four-steps', 'o-big-platform', 'o-openai-l5'])
    expect(order('risk')).toEqual(['o-big-platform', 'o-four-steps', 'o-openai-l5'])
    expect(order('riskAdjusted').at(-1)).toBe('o-openai-l5')
  })

  it('gives no social-insurance city to pay taxed outside China', () => {
    const { offers, input, assessment } = setUp({})
    const columns = comparisonColumns(offers, assessment, input, DEFAULT_RULESET).offers
    expect(columns.find((column) => column.key === 'o-openai-l5')?.rates).toBeNull()
    expect(columns.find((column) => column.key === 'o-four-steps')?.rates?.chosenBy).toBe('city')
  })
})

describe('bestColumns', () => {
  const column = (key: string) => ({ key }) as CompareColumn
  const columns = ['current', 'a', 'b', 'c'].map(column)

  it('marks the highest (or lowest) figure, a range by its worst end (trial 15 #10)', () => {
    const values: Record<string, { low: number; high: number } | null> = {
      current: { low: 10, high: 10 },
      a: { low: 8, high: 14 },
      b: { low: 11, high: 11 },
      c: null,
    }
    // a's middle (11) ties b, but a may pay 8: b, which pays at least 11, is the best.
    expect([...bestColumns(columns, (item) => values[item.key] ?? null)]).toEqual(['b'])
    // Lower is better: a range by its high end, what it costs at most.
    expect([...bestColumns(columns, (item) => values[item.key] ?? null, 'lower')]).toEqual([
      'current',
    ])
  })

  it('breaks a tie of low ends by the high end, and marks every column that ties on both', () => {
    const values: Record<string, { low: number; high: number }> = {
      current: { low: 5, high: 5 },
      a: { low: 10, high: 12 },
      b: { low: 10, high: 15 },
      c: { low: 10, high: 15 },
    }
    expect([...bestColumns(columns, (item) => values[item.key] ?? null)]).toEqual(['b', 'c'])
  })

  it('never stars a range whose low end is below another figure on the row', () => {
    // The trial's case: a wide range whose middle is highest, beside a narrower, surer one.
    const values: Record<string, { low: number; high: number }> = {
      current: { low: 750, high: 750 },
      a: { low: 900, high: 1500 },
      b: { low: 1100, high: 1100 },
      c: { low: 1000, high: 1050 },
    }
    const best = bestColumns(columns, (item) => values[item.key] ?? null)
    expect([...best]).toEqual(['b'])
    for (const key of best) {
      const low = values[key]?.low ?? 0
      for (const other of Object.values(values)) expect(low).toBeGreaterThanOrEqual(other.low)
    }
  })

  it('marks nothing with fewer than two figures to compare', () => {
    expect(bestColumns(columns, (item) => (item.key === 'a' ? 5 : null)).size).toBe(0)
  })

  it('never marks a column that may not win; the best of the others is marked instead', () => {
    const values: Record<string, number> = { current: 1, a: 9, b: 5, c: 5 }
    const valueOf = (item: CompareColumn) => values[item.key] ?? null
    const notA = (item: CompareColumn) => item.key !== 'a'
    expect([...bestColumns(columns, valueOf, 'higher', notA)]).toEqual(['b', 'c'])
    // Two figures, one of which may not win: the other is still the best of the row.
    const two = (item: CompareColumn) =>
      item.key === 'a' || item.key === 'b' ? (values[item.key] ?? null) : null
    expect([...bestColumns(columns, two, 'higher', notA)]).toEqual(['b'])
    expect(bestColumns(columns, valueOf, 'higher', () => false).size).toBe(0)
  })
})
