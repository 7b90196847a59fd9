import { describe, expect, it } from 'vitest'
import { parsePay, type PayParseError } from '../../../renderer/domain'

/**
 * Pay lines as offer letters, recruiter chats and English postings write them, each with the
 * one reading it must get, or the refusal it must get. A wrong figure is the worst outcome
 * this parser has (every after-tax figure, raise and verdict follows from it); a refusal that
 * names the part to rewrite is an acceptable one.
 */
type Expected =
  | {
      monthly: [number, number]
      months: number
      bonus?: Bonus
      currency?: string
      /** Options the line names, by count. */
      options?: number
    }
  | { annual: [number, number]; bonus?: Bonus; currency?: string }
  | { refused: PayParseError['code']; fragment?: string }
type Bonus = { months: number; monthsHigh?: number } | { amount: [number, number] } | null

const yuan = (value: number) => value * 100

const LINES: [string, Expected][] = [
  // Offer letters and recruiter chats, Simplified
  ['月薪 3 万，14 薪', { monthly: [30_000, 30_000], months: 14 }],
  ['30K-45K·14薪', { monthly: [30_000, 45_000], months: 14 }],
  ['年薪 60-80w', { annual: [600_000, 800_000] }],
  ['3万-4.5万·14薪', { monthly: [30_000, 45_000], months: 14 }],
  ['25~35K·13薪', { monthly: [25_000, 35_000], months: 13 }],
  ['年包 80 万', { annual: [800_000, 800_000] }],
  [
    '月薪 3 万，13 薪，年终 3 个月',
    { monthly: [30_000, 30_000], months: 13, bonus: { months: 3 } },
  ],
  [
    '月薪 3 万，年终 3 个月，13 薪',
    { monthly: [30_000, 30_000], months: 13, bonus: { months: 3 } },
  ],
  ['16 薪 月薪 3 万', { monthly: [30_000, 30_000], months: 16 }],
  ['月薪 2 到 3 万', { monthly: [20_000, 30_000], months: 12 }],
  [
    '年薪 50 万，年终奖 10 万',
    { annual: [500_000, 500_000], bonus: { amount: [100_000, 100_000] } },
  ],
  [
    '年终奖 10 万，年薪 50 万',
    { annual: [500_000, 500_000], bonus: { amount: [100_000, 100_000] } },
  ],
  ['20k~30k * 14', { monthly: [20_000, 30_000], months: 14 }],
  ['40k/月，15薪', { monthly: [40_000, 40_000], months: 15 }],
  ['月薪 5 万，一年 16 薪', { monthly: [50_000, 50_000], months: 16 }],
  ['3万/月，每年 14 薪', { monthly: [30_000, 30_000], months: 14 }],
  [
    '底薪 3 万，14 薪，年终奖 2 个月',
    { monthly: [30_000, 30_000], months: 14, bonus: { months: 2 } },
  ],
  // Period words people use that were left unread
  ['月 3 万', { monthly: [30_000, 30_000], months: 12 }],
  ['月 base 3 万', { monthly: [30_000, 30_000], months: 12 }],
  ['每个月 3 万', { monthly: [30_000, 30_000], months: 12 }],
  ['月入 15 万', { monthly: [150_000, 150_000], months: 12 }],
  ['年入 50 万', { annual: [500_000, 500_000] }],
  ['月 3 万，年 14 薪', { monthly: [30_000, 30_000], months: 14 }],
  // A period word said of the bonus is the bonus's, not the base's (review, session 14)
  ['年薪 60 万，年终奖 2 个月月薪', { annual: [600_000, 600_000], bonus: { months: 2 } }],
  ['年终奖为 2 个月月薪，年薪 60 万', { annual: [600_000, 600_000], bonus: { months: 2 } }],
  [
    '30k，年终奖 5 万/年',
    { monthly: [30_000, 30_000], months: 12, bonus: { amount: [50_000, 50_000] } },
  ],
  [
    '30k × 14，年终奖 5 万/年',
    { monthly: [30_000, 30_000], months: 14, bonus: { amount: [50_000, 50_000] } },
  ],
  // Traditional script, full width
  ['月薪3萬，年終獎金2個月', { monthly: [30_000, 30_000], months: 12, bonus: { months: 2 } }],
  [
    '月薪 3 萬，14 薪，年終獎 5 萬',
    { monthly: [30_000, 30_000], months: 14, bonus: { amount: [50_000, 50_000] } },
  ],
  ['３５Ｋ＊１５', { monthly: [35_000, 35_000], months: 15 }],
  ['３万～４万', { monthly: [30_000, 40_000], months: 12 }],
  // English
  ['30k a month', { monthly: [30_000, 30_000], months: 12 }],
  [
    '30k/month, annual bonus 50k',
    { monthly: [30_000, 30_000], months: 12, bonus: { amount: [50_000, 50_000] } },
  ],
  ['total package 800k', { annual: [800_000, 800_000] }],
  ['£90k p.a.', { annual: [90_000, 90_000], currency: 'GBP' }],
  [
    '30k, 14 months, bonus 3 months',
    { monthly: [30_000, 30_000], months: 14, bonus: { months: 3 } },
  ],
  // Figures with their units as people write them (review, session 14)
  ['月薪 30,000 元', { monthly: [30_000, 30_000], months: 12 }],
  ['$200,000/yr', { annual: [200_000, 200_000], currency: 'USD' }],
  // A unit on one end serves the other only when the bare end is a count of it, not yuan
  ['3万-45000', { monthly: [30_000, 45_000], months: 12 }],
  ['30000-4万', { monthly: [30_000, 40_000], months: 12 }],
  ['8k-12000', { monthly: [8_000, 12_000], months: 12 }],
  // Spoken figures: the digit written against 万 is its thousands ("两万五")
  ['2w5', { monthly: [25_000, 25_000], months: 12 }],
  ['4万5', { monthly: [45_000, 45_000], months: 12 }],
  ['4万5千', { monthly: [45_000, 45_000], months: 12 }],
  ['2万5千', { monthly: [25_000, 25_000], months: 12 }],
  ['3w5*15', { monthly: [35_000, 35_000], months: 15 }],
  ['3萬5 × 14', { monthly: [35_000, 35_000], months: 14 }],
  ['2w-2w5', { monthly: [20_000, 25_000], months: 12 }],
  ['2万5到3万5·14薪', { monthly: [25_000, 35_000], months: 14 }],
  ['2-2w5', { monthly: [20_000, 25_000], months: 12 }],
  ['月薪 2w5，14薪', { monthly: [25_000, 25_000], months: 14 }],
  ['年薪 45w5', { annual: [455_000, 455_000] }],
  [
    '30k，年终奖 2w5',
    { monthly: [30_000, 30_000], months: 12, bonus: { amount: [25_000, 25_000] } },
  ],
  ['1.5w', { monthly: [15_000, 15_000], months: 12 }],
  ['25k*16', { monthly: [25_000, 25_000], months: 16 }],
  // …but a digit apart from the 万, or one that counts months, is not its thousands
  ['4万 5 个月', { refused: 'unreadable', fragment: '5 个月' }],
  ['4万5个月', { refused: 'unreadable', fragment: '5个月' }],
  // (a count with 薪 is the base's months however few: trial 11's "60k × 10薪")
  ['2w 5薪', { monthly: [20_000, 20_000], months: 5 }],
  ['2w5薪', { monthly: [20_000, 20_000], months: 5 }],
  ['4万 5', { refused: 'several-amounts', fragment: '4万 / 5' }],
  ['4万50', { refused: 'several-amounts', fragment: '4万 / 50' }],
  ['2w5k', { refused: 'several-amounts', fragment: '2w / 5k' }],
  ['1.5w5', { refused: 'unreadable', fragment: '1.5w5' }],
  // Counts of months in Chinese numerals: the base's N 薪 / N 个月 and the bonus's months
  ['月薪 3 万，十四薪', { monthly: [30_000, 30_000], months: 14 }],
  ['30k，十五薪', { monthly: [30_000, 30_000], months: 15 }],
  ['十三薪，月薪 2w5', { monthly: [25_000, 25_000], months: 13 }],
  ['25k·十六薪', { monthly: [25_000, 25_000], months: 16 }],
  ['40k，一年十四薪', { monthly: [40_000, 40_000], months: 14 }],
  ['30k 十三个月', { monthly: [30_000, 30_000], months: 13 }],
  ['30k，二十四薪', { monthly: [30_000, 30_000], months: 24 }],
  ['16薪，30k', { monthly: [30_000, 30_000], months: 16 }],
  ['30k，年终两个月', { monthly: [30_000, 30_000], months: 12, bonus: { months: 2 } }],
  ['30k，年終兩個月', { monthly: [30_000, 30_000], months: 12, bonus: { months: 2 } }],
  [
    '30k，年终三到四个月',
    { monthly: [30_000, 30_000], months: 12, bonus: { months: 3, monthsHigh: 4 } },
  ],
  [
    '月薪 3 万，十四薪，年终奖为两个月',
    { monthly: [30_000, 30_000], months: 14, bonus: { months: 2 } },
  ],
  ['三个月年终奖，30k × 13', { monthly: [30_000, 30_000], months: 13, bonus: { months: 3 } }],
  ['30k 十四个月 年终奖两个月', { monthly: [30_000, 30_000], months: 14, bonus: { months: 2 } }],
  // …refused as their digits are: a range of the base's months, too many, too few, backwards
  ['月薪 3 万，十四到十六薪', { refused: 'months-range', fragment: '十四到十六薪' }],
  ['30k，14到十六薪', { refused: 'months-range', fragment: '14到十六薪' }],
  ['30k，二十五薪', { refused: 'bad-months', fragment: '二十五薪' }],
  ['月薪 3 万，三个月', { refused: 'unreadable', fragment: '三个月' }],
  ['30k，年终四到二个月', { refused: 'unreadable', fragment: '年终四到二个月' }],
  ['十四薪', { refused: 'no-amount' }],
  // …and never a piece of a larger numeral
  ['月薪 3 万，一百二十薪', { refused: 'unreadable', fragment: '一百二十薪' }],
  // "this or the next" (概数), 14 or 15 months: a range, which stops the form (review 28 P10)
  ['月薪 3 万，十四五薪', { refused: 'months-range', fragment: '十四五薪' }],
  // Figures in Chinese numerals, with their unit (万, 千, 百万) and as they are spoken
  ['月薪三万', { monthly: [30_000, 30_000], months: 12 }],
  ['月薪两万五，十四薪', { monthly: [25_000, 25_000], months: 14 }],
  ['三万五', { monthly: [35_000, 35_000], months: 12 }],
  ['两万五千', { monthly: [25_000, 25_000], months: 12 }],
  ['3万两千', { monthly: [32_000, 32_000], months: 12 }],
  ['3万五 × 14', { monthly: [35_000, 35_000], months: 14 }],
  ['三到四万·十四薪', { monthly: [30_000, 40_000], months: 14 }],
  ['三万到四万五', { monthly: [30_000, 45_000], months: 12 }],
  ['月三万', { monthly: [30_000, 30_000], months: 12 }],
  ['八千', { monthly: [8_000, 8_000], months: 12 }],
  ['年薪五十万', { annual: [500_000, 500_000] }],
  ['年三十万', { annual: [300_000, 300_000] }],
  ['年薪一百万', { annual: [1_000_000, 1_000_000] }],
  // Hundreds and thousands before 万 (parser26: '年薪一百五十万' was left unread)
  ['年薪一百五十万', { annual: [1_500_000, 1_500_000] }],
  ['月薪三万，年终两个月', { monthly: [30_000, 30_000], months: 12, bonus: { months: 2 } }],
  [
    '30k，年终奖两万',
    { monthly: [30_000, 30_000], months: 12, bonus: { amount: [20_000, 20_000] } },
  ],
  // The hundreds after 千, as the thousands after 万
  ['八千五', { monthly: [8_500, 8_500], months: 12 }],
  ['8千5', { monthly: [8_500, 8_500], months: 12 }],
  ['8千5百', { monthly: [8_500, 8_500], months: 12 }],
  // A unit written to the yuan
  ['月薪 3 万元', { monthly: [30_000, 30_000], months: 12 }],
  ['3万元/月', { monthly: [30_000, 30_000], months: 12 }],
  ['4万5千元', { monthly: [45_000, 45_000], months: 12 }],
  ['年薪 50 万元', { annual: [500_000, 500_000] }],
  // Options counted in Chinese numerals; shares with no options word are not pay
  ['30k，期权两万股', { monthly: [30_000, 30_000], months: 12, options: 20_000 }],
  ['2万股', { refused: 'unreadable', fragment: '2万股' }],
  ['30k，两万股', { refused: 'unreadable', fragment: '两万股' }],
  ['25万 股票 20 万', { refused: 'several-amounts', fragment: '25万 / 20 万' }],
  // …refused whole, or as a second figure, where not read whole: never the figure without its
  // last numeral (the offer form read '3万五' as 30,000 with '五' set aside)
  ['三万 五', { refused: 'several-amounts', fragment: '三万 / 五' }],
  ['3万 五', { refused: 'several-amounts', fragment: '3万 / 五' }],
  ['一万一元', { refused: 'several-amounts', fragment: '一万 / 一元' }],
  ['30k，一百二十万', { refused: 'several-amounts', fragment: '30k / 一百二十万' }],
  // Two neighbouring digits are a range, "14 or 15 万" (parser28); not neighbours stays unread
  ['十四五万', { monthly: [140_000, 150_000], months: 12 }],
  ['三五十万', { refused: 'unreadable', fragment: '三五十万' }],
  ['三万五个月', { refused: 'unreadable', fragment: '五个月' }],
  ['30k，五险一金', { refused: 'unreadable', fragment: '五险一金' }],
  // A numeral against a word another part took is an unread word, not a second figure ("月入"
  // is a period word): the offer form sets it aside and reads 30k, as before
  ['30k，二月入职', { refused: 'unreadable' }],
  ['三', { refused: 'unreadable', fragment: '三' }],
  // A figure with no unit, too small to be pay: a unit or a "个月" left out
  ['30-45', { refused: 'unreadable', fragment: '30-45' }],
  ['月薪 30', { refused: 'unreadable', fragment: '30' }],
  ['年薪 50', { refused: 'unreadable', fragment: '50' }],
  ['30-40*16', { refused: 'unreadable', fragment: '30-40' }],
  ['30k，年终奖 3', { refused: 'unreadable', fragment: '年终奖 3' }],
  // A range of month counts: one count is needed
  ['30k*14-16', { refused: 'months-range', fragment: '*14-16' }],
  ['月薪 3 万，14-16 薪', { refused: 'months-range', fragment: '14-16 薪' }],
  ['30k*14-16，年终 2-4 个月', { refused: 'months-range', fragment: '*14-16' }],
  ['30k × 14-16 个月年终奖', { refused: 'months-range', fragment: '× 14-16' }],
  // …but a bonus of a range of months is the bonus's range, low end to high end
  [
    '30k，年终奖 1-3 个月',
    { monthly: [30_000, 30_000], months: 12, bonus: { months: 1, monthsHigh: 3 } },
  ],
  [
    '30-40k*16薪，年终0-3个月',
    { monthly: [30_000, 40_000], months: 16, bonus: { months: 0, monthsHigh: 3 } },
  ],
  [
    '月薪 5 万 × 15 薪，年终奖 2-4 个月',
    { monthly: [50_000, 50_000], months: 15, bonus: { months: 2, monthsHigh: 4 } },
  ],
  [
    '30k × 13，年终 2 到 4 个月',
    { monthly: [30_000, 30_000], months: 13, bonus: { months: 2, monthsHigh: 4 } },
  ],
  [
    '30k × 14, year-end bonus 2-4 months',
    { monthly: [30_000, 30_000], months: 14, bonus: { months: 2, monthsHigh: 4 } },
  ],
  [
    '月薪 3 万，年終獎 2.5～3.5 個月',
    { monthly: [30_000, 30_000], months: 12, bonus: { months: 2.5, monthsHigh: 3.5 } },
  ],
  [
    '2-4 个月年终奖，月薪 3 万',
    { monthly: [30_000, 30_000], months: 12, bonus: { months: 2, monthsHigh: 4 } },
  ],
  ['月薪 3 万，年终奖 3-3 个月', { monthly: [30_000, 30_000], months: 12, bonus: { months: 3 } }],
  ['30k，年终 4-2 个月', { refused: 'unreadable', fragment: '年终 4-2 个月' }],
  ['30k，年终 2-30 个月', { refused: 'bad-months', fragment: '年终 2-30 个月' }],
  // Fewer than 12 months is not the base's count (a probation, an unnamed bonus)
  ['月薪 3 万，3 个月', { refused: 'unreadable', fragment: '3 个月' }],
  ['月薪 3 万 × 6', { refused: 'unreadable', fragment: '× 6' }],
  // Where pay is quoted by the year, a bare "$150k" is a year (it was read as $150k a month)
  ['$150k', { annual: [150_000, 150_000], currency: 'USD' }],
  ['base salary $180,000', { annual: [180_000, 180_000], currency: 'USD' }],
  ['€80k', { annual: [80_000, 80_000], currency: 'EUR' }],
  ['S$ 150k', { annual: [150_000, 150_000], currency: 'SGD' }],
  ['S$ 8k', { monthly: [8_000, 8_000], months: 12, currency: 'SGD' }],
  ['HK$ 80k', { monthly: [80_000, 80_000], months: 12, currency: 'HKD' }],
  ['月給 50万円', { monthly: [500_000, 500_000], months: 12, currency: 'JPY' }],
  ['50万円', { monthly: [500_000, 500_000], months: 12, currency: 'JPY' }],
  ['年収 800万円', { annual: [8_000_000, 8_000_000], currency: 'JPY' }],
  // 绩效 in months is a year's bonus; with an amount it may be a monthly part of the pay
  ['月薪 3 万，绩效 3 个月', { monthly: [30_000, 30_000], months: 12, bonus: { months: 3 } }],
  [
    '30k × 14, performance bonus 2 months',
    { monthly: [30_000, 30_000], months: 14, bonus: { months: 2 } },
  ],
  [
    'base 40k，16薪，绩效 3-6 个月',
    { monthly: [40_000, 40_000], months: 16, bonus: { months: 3, monthsHigh: 6 } },
  ],
  ['底薪 2 万 + 绩效 1 万', { refused: 'several-amounts' }],
  ['月薪 3 万，年终 3 个月，绩效 2 个月', { refused: 'several-amounts' }],
  // A bonus said to be inside the figure is not added on top of it
  ['年薪 60 万（含年终奖 10 万）', { refused: 'several-amounts', fragment: '含年终奖 10 万' }],
  ['年薪 50 万（含年终）', { annual: [500_000, 500_000] }],
  ['13 薪（含年终），月薪 3 万', { monthly: [30_000, 30_000], months: 13 }],
  // Found by the composed lines (parse-pay-properties): the period word by the bonus or the
  // month count, blanks aside, and on its reading side
  [
    '8k，annual bonus 10k',
    { monthly: [8_000, 8_000], months: 12, bonus: { amount: [10_000, 10_000] } },
  ],
  ['8k 一年 12 薪', { monthly: [8_000, 8_000], months: 12 }],
  ['3 万，每年 14 薪', { monthly: [30_000, 30_000], months: 14 }],
  ['年终奖为 1 个月月薪 25万/年', { annual: [250_000, 250_000], bonus: { months: 1 } }],
  ['12 薪 年终 1 个月 年薪：25万', { refused: 'months-on-annual', fragment: '12 薪' }],
  ['8k × 12 期权 2 万股', { monthly: [8_000, 8_000], months: 12, options: 20_000 }],
  // Pay by the day, week or hour is refused whole: the offer form set '日薪' aside and read
  // '1000' as a month's pay
  ['日薪 1000', { refused: 'unreadable', fragment: '日薪 1000' }],
  ['周薪 5000', { refused: 'unreadable', fragment: '周薪 5000' }],
  ['$60/hr', { refused: 'unreadable', fragment: '$60/hr' }],
  ['800 per day', { refused: 'unreadable', fragment: '800 per day' }],
  // Refused, naming the part to rewrite
  ['35k*15，年终另算', { refused: 'unreadable', fragment: '年终另算' }],
  // A bonus as a share of the base is read (parser26: parse-pay-parser26-percent.test.ts); of the
  // package it cannot be placed
  ['$200k/yr base + 15% bonus of total comp', { refused: 'several-amounts' }],
  ['年薪 40 万，13 薪', { refused: 'months-on-annual', fragment: '13 薪' }],
  ['年薪 60 万（月薪 4 万 × 15）', { refused: 'several-amounts' }],
  ['月薪 3 万 + 股票 20 万', { refused: 'several-amounts' }],
  // "paid" is not "p.a.": the word is named, not read as a yearly figure
  ['30k paid monthly', { refused: 'unreadable', fragment: 'paid' }],
]

describe('parsePay: realistic pay lines', () => {
  it.each(LINES)('%s', (text, expected) => {
    const result = parsePay(text)
    if ('refused' in expected) {
      expect(result).toEqual({
        ok: false,
        error: expect.objectContaining(
          expected.fragment === undefined
            ? { code: expected.refused }
            : { code: expected.refused, fragment: expected.fragment },
        ) as unknown,
      })
      return
    }
    expect(result.ok, JSON.stringify(result)).toBe(true)
    if (!result.ok) return
    const { pay } = result
    const range = (pair: [number, number]) => ({ low: yuan(pair[0]), high: yuan(pair[1]) })
    if ('monthly' in expected) {
      expect(pay).toMatchObject({
        kind: 'monthly',
        monthly: range(expected.monthly),
        months: expected.months,
      })
    } else {
      expect(pay).toMatchObject({ kind: 'annual', annual: range(expected.annual) })
    }
    const bonus = expected.bonus ?? null
    expect(pay.bonus).toEqual(
      bonus === null
        ? null
        : 'months' in bonus
          ? { kind: 'months', ...bonus }
          : { kind: 'amount', amount: range(bonus.amount) },
    )
    if (expected.currency !== undefined) expect(pay.currency).toBe(expected.currency)
    if ('options' in expected) expect(pay.options?.count).toBe(expected.options)
  })
})
