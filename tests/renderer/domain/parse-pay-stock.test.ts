import { describe, expect, it } from 'vitest'
import {
  computeAnnualPay,
  DEFAULT_RULESET,
  parsePay,
  type PayParseError,
} from '../../../renderer/domain'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'

/**
 * Stock written in the pay line (new user: "月薪 2.5w-3w，14 薪，RSU 20 万分 4 年" was refused
 * whole). A total grant vesting evenly over N years is the total ÷ N a year; a value a year is
 * itself. Stock with no one value a year (no count of years, a cliff, an uneven schedule) is
 * refused with its own code, never read as another figure.
 */
const yuan = (value: number) => value * 100
const point = (value: number) => ({ low: yuan(value), high: yuan(value) })

type Expected =
  | {
      base: { monthly: number; months: number } | { annual: number }
      perYear: [number, number]
      grant?: { total: [number, number]; years: number }
      currency?: string
    }
  | { refused: PayParseError['code']; fragment: string }

const LINES: [string, Expected][] = [
  // A total grant over N years, the forms of the brief
  [
    '月薪 2.5w-3w，14 薪，RSU 20 万分 4 年',
    {
      base: { monthly: 25_000, months: 14 },
      perYear: [50_000, 50_000],
      grant: { total: [200_000, 200_000], years: 4 },
    },
  ],
  [
    '月薪 3 万，股票 20 万 分四年',
    { base: { monthly: 30_000, months: 12 }, perYear: [50_000, 50_000] },
  ],
  [
    '月薪 3 万，期权/RSU 总额 20 万，4 年归属',
    { base: { monthly: 30_000, months: 12 }, perYear: [50_000, 50_000] },
  ],
  [
    '$300k, RSU 200k over 4 years',
    { base: { annual: 300_000 }, perYear: [50_000, 50_000], currency: 'USD' },
  ],
  [
    '$300k + 200k RSU vesting 4 yrs',
    { base: { annual: 300_000 }, perYear: [50_000, 50_000], currency: 'USD' },
  ],
  // …and others people write
  [
    '30k × 14，RSU 20 万/4 年',
    { base: { monthly: 30_000, months: 14 }, perYear: [50_000, 50_000] },
  ],
  [
    '30k × 14, RSU 200k, 4-year vesting',
    { base: { monthly: 30_000, months: 14 }, perYear: [50_000, 50_000] },
  ],
  [
    '月薪 3 萬，股票 20 萬分 4 年歸屬',
    { base: { monthly: 30_000, months: 12 }, perYear: [50_000, 50_000] },
  ],
  [
    '月薪 3 万，RSU 20-40 万分 4 年',
    {
      base: { monthly: 30_000, months: 12 },
      perYear: [50_000, 100_000],
      grant: { total: [200_000, 400_000], years: 4 },
    },
  ],
  // A third of 20 万, to the fen
  [
    '月薪 3 万，RSU 20 万分 3 年',
    { base: { monthly: 30_000, months: 12 }, perYear: [66_666.67, 66_666.67] },
  ],
  // An even schedule that agrees with the years says nothing more
  [
    '月薪 3 万，RSU 20 万分 4 年，25/25/25/25',
    { base: { monthly: 30_000, months: 12 }, perYear: [50_000, 50_000] },
  ],
  [
    'base 30k, RSU 200k vesting over four years',
    { base: { monthly: 30_000, months: 12 }, perYear: [50_000, 50_000] },
  ],
  // A value a year, as it is
  [
    '月薪 3 万，股票 每年 5 万',
    { base: { monthly: 30_000, months: 12 }, perYear: [50_000, 50_000] },
  ],
  [
    '$300k + stock 150k/yr',
    { base: { annual: 300_000 }, perYear: [150_000, 150_000], currency: 'USD' },
  ],
  ['30k × 15，RSU 5 万/年', { base: { monthly: 30_000, months: 15 }, perYear: [50_000, 50_000] }],
  ['年薪 60 万，每年股票 10 万', { base: { annual: 600_000 }, perYear: [100_000, 100_000] }],
  // With a bonus and options beside it
  [
    '月薪 3 万 × 14，年终 2 个月，RSU 20 万分 4 年，期权 2 万股',
    { base: { monthly: 30_000, months: 14 }, perYear: [50_000, 50_000] },
  ],

  // Refused, each with its own code
  [
    '月薪 3 万，RSU 20 万，分期归属',
    { refused: 'stock-years-missing', fragment: 'RSU 20 万,分期归属' },
  ],
  ['月薪3万 RSU 200k vesting', { refused: 'stock-years-missing', fragment: 'RSU 200k vesting' }],
  ['月薪 3 万，RSU 20 万分 2.5 年', { refused: 'stock-bad-years', fragment: 'RSU 20 万分 2.5 年' }],
  ['月薪 3 万，RSU 20 万分 20 年', { refused: 'stock-bad-years', fragment: 'RSU 20 万分 20 年' }],
  ['月薪 3 万，RSU 20 万分 4 年，1 年 cliff', { refused: 'stock-cliff', fragment: '1 年 cliff' }],
  [
    '30k, RSU 200k over 4 years, one-year cliff',
    { refused: 'stock-cliff', fragment: 'one-year cliff' },
  ],
  ['月薪 3 万，RSU 20 万分 4 年，悬崖期 1 年', { refused: 'stock-cliff', fragment: '悬崖期 1 年' }],
  ['月薪 3 万，RSU 20 万，1 年后开始归属', { refused: 'stock-cliff', fragment: '1 年后开始归属' }],
  [
    '月薪 3 万，RSU 20 万分 4 年（10/20/30/40）',
    { refused: 'stock-uneven', fragment: '10/20/30/40' },
  ],
  [
    '月薪 3 万，RSU 20 万，10%/20%/30%/40%',
    { refused: 'stock-uneven', fragment: '10%/20%/30%/40%' },
  ],
  ['月薪 3 万，RSU 20 万分 4 年 逐年递增', { refused: 'stock-uneven', fragment: '逐年递增' }],
  ['30k, RSU 200k over 4 years, back-loaded', { refused: 'stock-uneven', fragment: 'back-loaded' }],
  // An even schedule that disagrees with the years
  [
    '月薪 3 万，RSU 20 万分 3 年，25/25/25/25',
    { refused: 'stock-uneven', fragment: '25/25/25/25' },
  ],
  // An even schedule with no years written: the grant is not read, the years are asked for
  [
    '月薪 3 万，RSU 20 万，25/25/25/25',
    { refused: 'stock-years-missing', fragment: '25/25/25/25' },
  ],
  ['RSU 20 万分 4 年', { refused: 'stock-without-base', fragment: 'RSU 20 万分 4 年' }],
  // Not read as money: shares, and two stock figures
  ['月薪 3 万，RSU 2 万股分 4 年', { refused: 'unreadable', fragment: '2 万股' }],
  [
    '月薪 3 万，RSU 20 万分 4 年，股票 每年 5 万',
    { refused: 'several-amounts', fragment: 'RSU 20 万分 4 年 / 股票 每年 5 万' },
  ],
]

describe('parsePay: stock in the line', () => {
  it.each(LINES)('%s', (text, expected) => {
    const result = parsePay(text)
    if ('refused' in expected) {
      expect(result).toEqual({
        ok: false,
        error: expect.objectContaining({
          code: expected.refused,
          fragment: expected.fragment,
        }) as unknown,
      })
      return
    }
    expect(result.ok, JSON.stringify(result)).toBe(true)
    if (!result.ok) return
    const { pay } = result
    if ('monthly' in expected.base) {
      expect(pay).toMatchObject({
        kind: 'monthly',
        monthly: { low: yuan(expected.base.monthly) },
        months: expected.base.months,
      })
    } else {
      expect(pay).toMatchObject({ kind: 'annual', annual: { low: yuan(expected.base.annual) } })
    }
    const [low, high] = expected.perYear
    expect(pay.stock?.perYear).toEqual({ low: Math.round(yuan(low)), high: Math.round(yuan(high)) })
    if (expected.grant) {
      expect(pay.stock?.grant).toEqual({
        total: { low: yuan(expected.grant.total[0]), high: yuan(expected.grant.total[1]) },
        years: expected.grant.years,
      })
    }
    if (expected.currency) expect(pay.currency).toBe(expected.currency)
  })

  it('leaves the lines it read before as they were: no stock key where none is written', () => {
    expect(parsePay('月薪 3 万，14 薪')).toEqual({
      ok: true,
      pay: {
        kind: 'monthly',
        monthly: point(30_000),
        months: 14,
        currency: null,
        cashOnly: false,
        notes: [],
        options: null,
        bonus: null,
      },
    })
  })

  it('reads "股票期权" and "stock options" as options, not stock', () => {
    const result = parsePay('$250k + stock options')
    expect(result.ok && result.pay.stock).toBeUndefined()
    expect(result.ok && result.pay.options?.count).toBeNull()
  })
})

describe('the engine counts stock written in a text pay', () => {
  const settings = engineSettingsSchema.parse({})
  const annual = (text: string, stock?: { perYear: { low: number; high: number } }) =>
    computeAnnualPay(
      {
        currency: 'CNY',
        base: { kind: 'text', text },
        ...(stock ? { stock: { kind: 'per-year' as const, ...stock } } : {}),
      },
      settings,
      DEFAULT_RULESET,
    )

  it('as its value a year, year one and every year', () => {
    const result = annual('月薪 2.5w-3w，14 薪，RSU 20 万分 4 年')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.pay.stockYearOne).toEqual(point(50_000))
    expect(result.pay.stockAveragePerYear).toEqual(point(50_000))
    // 25-30k × 14 in cash, and 50k of stock on top
    expect(result.pay.totalRecurring).toEqual({ low: yuan(400_000), high: yuan(470_000) })
  })

  it('a stock given in its own field wins over the text’s', () => {
    const result = annual('月薪 3 万，RSU 20 万分 4 年', { perYear: { low: 80_000, high: 80_000 } })
    expect(result.ok && result.pay.stockAveragePerYear).toEqual(point(80_000))
  })

  it('names a stock refusal as the part it could not read', () => {
    expect(annual('月薪 3 万，RSU 20 万分 4 年，1 年 cliff')).toEqual({
      ok: false,
      error: { code: 'unreadable', fragment: '1 年 cliff', at: 21 },
    })
  })
})
