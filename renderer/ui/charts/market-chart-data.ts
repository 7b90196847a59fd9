import type { Fen } from '../../domain/money'
import type { Range } from '../../domain/range'
import { articleCitation, type Citation } from '../../domain/ruleset/citation'

/** What a figure of the article counts: the whole package, cash without stock, or after tax. */
export type ReferenceBasis = 'total' | 'cash' | 'after-tax'

/**
 * A yearly pay the article reports, in yuan, at the line it comes from (quoted verbatim). These
 * are what the article saw in the market, not rules: the ruleset's tiers build on some of them,
 * and the market chart draws the user's pay against all of them.
 */
export type ReferenceId =
  | 'vivo-after-tax'
  | 'phd-one-year'
  | 'mover'
  | 'pinduoduo'
  | 'internet-posting'
  | 'lab-lead-posting'
  | 'car-maker-posting'
  | 'phd-starting'
  | 'core-talent'
  | 'vision-expert'

export interface MarketReference {
  id: ReferenceId
  yuan: Range
  basis: ReferenceBasis
  citation: Citation & { source: 'article' }
}

function reference(
  id: ReferenceId,
  yuan: Range,
  basis: ReferenceBasis,
  lines: number[],
  quote: string,
  quoteZhHans: string,
  paraphraseEn: string,
): MarketReference {
  const citation = articleCitation(lines, quote, quoteZhHans, paraphraseEn)
  if (citation.source !== 'article') throw new Error('an article citation')
  return { id, yuan, basis, citation }
}

/**
 * The article's pay figures, lowest first. Left out: L47 (OpenAI, in US dollars: it needs the
 * user's exchange rate and dwarfs the rest) and L50 (5-8M for star hires is one of the "four
 * steps" that ruin a company, a warning rather than a market rate).
 */
export const MARKET_REFERENCES: readonly MarketReference[] = [
  reference(
    'vivo-after-tax',
    { low: 1_000_000, high: 1_000_000 },
    'after-tax',
    [1],
    '人才成本平均稅後爲 100 萬元',
    '人才成本平均税后为 100 万元',
    'vivo’s average talent cost is 1M a year after tax.',
  ),
  reference(
    'phd-one-year',
    { low: 1_000_000, high: 1_000_000 },
    'total',
    [25],
    '一年經驗的博士可能年薪百萬',
    '一年经验的博士可能年薪百万',
    'A PhD with one year of experience may earn 1M a year.',
  ),
  reference(
    'mover',
    { low: 1_000_000, high: 1_000_000 },
    'total',
    [11],
    '總包超過百萬年薪',
    '总包超过百万年薪',
    'The article’s mover: a raise of over 50%, more than 1M a year in total.',
  ),
  reference(
    'pinduoduo',
    { low: 1_000_000, high: 1_300_000 },
    'total',
    [2],
    '年薪百萬不在少數,最高将近 130 萬元',
    '年薪百万不在少数，最高将近 130 万元',
    'Pinduoduo’s LLM roles: many at 1M a year, up to nearly 1.3M.',
  ),
  reference(
    'internet-posting',
    { low: 1_440_000, high: 1_920_000 },
    'cash',
    [4],
    '以 90-120k,16 薪的待遇在招大模型技術相關人才',
    '以 90-120k，16 薪的待遇在招大模型技术相关人才',
    'A well-known internet company’s posting: 90-120k a month × 16 (1.44M-1.92M a year).',
  ),
  reference(
    'lab-lead-posting',
    { low: 1_500_000, high: 2_000_000 },
    'cash',
    [5],
    '待遇在 150-200w(現金)',
    '待遇在 150-200w（现金）',
    'A Beijing AI lab (BAAI) sought a lead for LLM foundation software at 1.5M-2M cash.',
  ),
  reference(
    'car-maker-posting',
    { low: 1_680_000, high: 2_100_000 },
    'cash',
    [4],
    '120-150k,14 薪尋找大模型算法工程師',
    '120-150k，14 薪寻找大模型算法工程师',
    'A well-known car maker’s posting: 120-150k a month × 14 (1.68M-2.1M a year).',
  ),
  reference(
    'phd-starting',
    { low: 2_000_000, high: 2_000_000 },
    'cash',
    [17],
    '起薪 200 萬還是能看得見的,這還不算股票',
    '起薪 200 万还是能看得见的，这还不算股票',
    'A fresh PhD in the field can start at 2M a year, before stock.',
  ),
  reference(
    'core-talent',
    { low: 3_000_000, high: 5_000_000 },
    'total',
    [26],
    '一個核心人員開到 300-500 萬年薪都是有可能',
    '一个核心人员开到 300-500 万年薪都是有可能',
    'A core person can be paid 3-5M a year.',
  ),
  reference(
    'vision-expert',
    { low: 3_200_000, high: 3_200_000 },
    'total',
    [6],
    '320 萬年薪招聘視覺算法專家',
    '320 万年薪招聘视觉算法专家',
    'A vision-algorithm expert was sought at 3.2M a year.',
  ),
]

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
  references?: readonly MarketReference[]
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
  const references = input.references ?? MARKET_REFERENCES
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
