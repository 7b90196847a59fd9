import type { Fen } from '../../domain/money'
import type { Range } from '../../domain/range'
import type { MarketPayRule } from '../../domain/ruleset/market-pay-schema'

/** One of the article's pay figures: the ruleset's `marketPay` rules, cited at their lines. */
export type MarketReference = MarketPayRule

export type MarketRowKind = 'current' | 'offer' | 'reference'

/** One bar of the chart (and one row of its table): yuan a year, low to high. */
export interface MarketRow {
  key: string
  kind: MarketRowKind
  label: string
  low: number
  high: number
  /** [low, high]: the bar's extent, as recharts reads a floating bar. */
  extent: [number, number]
  reference?: MarketReference | undefined
}

export interface MarketBand {
  low: number
  high: number
  label: string
}

export interface MarketChartData {
  rows: MarketRow[]
  band: MarketBand | null
  /** The axis's end, a whole step past the highest figure. */
  axisMax: number
  ticks: number[]
}

export interface MarketChartInput {
  /** The current job's yearly total (a typical year); null without a current pay. */
  current: { label: string; total: Range<Fen> } | null
  offers: readonly { id: string; label: string; total: Range<Fen> }[]
  /** What a move can reach at the user's tier; null where the engine cannot say. */
  band: { label: string; total: Range<Fen> } | null
  /** The ruleset in use's `marketPay`, so that an override moves the bars. */
  references: readonly MarketReference[]
  referenceLabel: (reference: MarketReference) => string
}

const yuanOf = (fen: Fen) => fen / 100

function row(
  key: string,
  kind: MarketRowKind,
  label: string,
  low: number,
  high: number,
  reference?: MarketReference,
): MarketRow {
  return { key, kind, label, low, high, extent: [low, high], reference }
}

/** Steps of 1M up to 10M on the axis, then 2M, so the ticks stay few and round. */
function axisFor(highest: number): { axisMax: number; ticks: number[] } {
  const step = highest > 10_000_000 ? 2_000_000 : 1_000_000
  const axisMax = Math.max(step, Math.ceil((highest * 1.02) / step) * step)
  const ticks: number[] = []
  for (let tick = 0; tick <= axisMax; tick += step) ticks.push(tick)
  return { axisMax, ticks }
}

/**
 * The market chart's data: the user's current job and offers first (as the engine computed
 * their yearly totals), then the article's figures lowest first; the tier's band to shade.
 */
export function marketChartData(input: MarketChartInput): MarketChartData {
  const { references } = input
  const rows: MarketRow[] = []
  if (input.current) {
    const { total } = input.current
    rows.push(row('current', 'current', input.current.label, yuanOf(total.low), yuanOf(total.high)))
  }
  for (const offer of input.offers) {
    rows.push(
      row(
        `offer:${offer.id}`,
        'offer',
        offer.label,
        yuanOf(offer.total.low),
        yuanOf(offer.total.high),
      ),
    )
  }
  const sorted = [...references].sort(
    (a, b) => a.yuan.low - b.yuan.low || a.yuan.high - b.yuan.high,
  )
  for (const item of sorted) {
    rows.push(
      row(
        `reference:${item.id}`,
        'reference',
        input.referenceLabel(item),
        item.yuan.low,
        item.yuan.high,
        item,
      ),
    )
  }
  const band = input.band
    ? {
        label: input.band.label,
        low: yuanOf(input.band.total.low),
        high: yuanOf(input.band.total.high),
      }
    : null
  const highest = Math.max(0, band?.high ?? 0, ...rows.map((item) => item.high))
  return { rows, band, ...axisFor(highest) }
}
