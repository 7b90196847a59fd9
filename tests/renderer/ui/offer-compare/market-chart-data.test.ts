import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET, withOverrides, type Fen } from '../../../../renderer/domain'
import {
  marketChartData,
  type MarketReference,
} from '../../../../renderer/ui/charts/market-chart-data'

const fen = (yuan: number) => (yuan * 100) as Fen
const label = (reference: MarketReference) => `ref ${reference.id}`
describe('marketChartData', () => {
  const input = {
    current: { label: 'Current job', total: { low: fen(750_000), high: fen(750_000) } },
    offers: [
      { id: 'o-a', label: 'Startup', total: { low: fen(1_350_000), high: fen(1_350_000) } },
      { id: 'o-b', label: 'Big platform', total: { low: fen(992_000), high: fen(1_140_000) } },
    ],
    band: { label: 'Premium', total: { low: fen(975_000), high: fen(1_500_000) } },
    references: DEFAULT_RULESET.marketPay,
    referenceLabel: label,
  }

  it('draws the current job and the offers first, as yuan ranges, in the order given', () => {
    const { rows } = marketChartData(input)
    expect(
      rows.slice(0, 3).map((row) => [row.key, row.kind, row.label, row.low, row.high]),
    ).toEqual([
      ['current', 'current', 'Current job', 750_000, 750_000],
      ['offer:o-a', 'offer', 'Startup', 1_350_000, 1_350_000],
      ['offer:o-b', 'offer', 'Big platform', 992_000, 1_140_000],
    ])
    expect(rows[2]?.extent).toEqual([992_000, 1_140_000])
  })

  it('then every reference point, lowest first, labelled and carrying its citation', () => {
    const references = marketChartData(input).rows.filter((row) => row.kind === 'reference')
    expect(references).toHaveLength(DEFAULT_RULESET.marketPay.length)
    const lows = references.map((row) => row.low)
    expect(lows).toEqual([...lows].sort((a, b) => a - b))
    const carMaker = references.find((row) => row.key === 'reference:car-maker-posting')
    expect(carMaker).toMatchObject({
      label: 'ref car-maker-posting',
      low: 1_680_000,
      high: 2_100_000,
      extent: [1_680_000, 2_100_000],
    })
    expect(carMaker?.reference?.citation.lines).toEqual([4])
    expect(references.find((row) => row.key === 'reference:core-talent')).toMatchObject({
      low: 3_000_000,
      high: 5_000_000,
    })
  })

  it('shades the tier’s band in yuan, and sets an axis past the highest figure', () => {
    const data = marketChartData(input)
    expect(data.band).toEqual({ label: 'Premium', low: 975_000, high: 1_500_000 })
    expect(data.axisMax).toBe(6_000_000)
    expect(data.ticks).toEqual([
      0, 1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000, 6_000_000,
    ])
  })

  it('leaves out what is unknown: no current pay, no band; the axis grows with an offer', () => {
    const data = marketChartData({
      ...input,
      current: null,
      band: null,
      offers: [
        { id: 'o-big', label: 'Big', total: { low: fen(9_000_000), high: fen(12_500_000) } },
      ],
      references: [],
    })
    expect(data.rows.map((row) => row.key)).toEqual(['offer:o-big'])
    expect(data.band).toBeNull()
    expect(data.axisMax).toBe(14_000_000)
    expect(data.ticks.at(-1)).toBe(14_000_000)
  })
})

describe('the chart reads the ruleset in use', () => {
  it('moves a reference bar when an override changes its figure', () => {
    const result = withOverrides(DEFAULT_RULESET, {
      marketPay: [{ id: 'vision-expert', yuan: { low: 3_000_000, high: 3_600_000 } }],
    })
    if (!result.ok) throw new Error('override refused')
    const rows = marketChartData({
      current: null,
      offers: [],
      band: null,
      references: result.ruleset.marketPay,
      referenceLabel: label,
    }).rows
    expect(rows.find((row) => row.key === 'reference:vision-expert')).toMatchObject({
      low: 3_000_000,
      high: 3_600_000,
    })
    expect(rows.find((row) => row.key === 'reference:core-talent')).toMatchObject({
      low: 3_000_000,
      high: 5_000_000,
    })
  })
})
