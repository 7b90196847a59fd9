import { describe, expect, it } from 'vitest'
import { readPayLine } from '../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * Review 19 and new-user trials 11 and 12 of the pay parser: a month count taken as 12, a bonus
 * ceiling read as the bonus, a 万 lost before "/ ".
 */
const reading = (line: string) => {
  const read = readPayLine(line)
  if (!read.ok) return { refused: read.error.code }
  const { pay } = read
  const bonus = pay.bonus
  return {
    ...(pay.kind === 'monthly'
      ? { monthly: pay.monthly.low / 100, months: pay.months }
      : { annual: pay.annual.low / 100 }),
    ...(bonus?.kind === 'months'
      ? { bonusMonths: [bonus.months, bonus.monthsHigh ?? bonus.months] }
      : bonus?.kind === 'amount'
        ? { bonus: [bonus.amount.low / 100, bonus.amount.high / 100] }
        : {}),
    unread: read.unread,
  }
}

describe('a month count said as the base’s is taken as said', () => {
  it.each([
    // Trial 11: "60k × 10薪" was set aside and 12 months assumed (720k for 600k).
    ['60k × 10薪', { monthly: 60_000, months: 10, unread: [] }],
    ['月薪 3 万，十薪', { monthly: 30_000, months: 10, unread: [] }],
    ['月薪 3 万 x 10 months', { monthly: 30_000, months: 10, unread: [] }],
    // A bare "N 个月" under 12 is still a probation's, set aside.
    ['月薪 5 万，试用期 3 个月', { monthly: 50_000, months: 12, unread: ['试用期', '3 个月'] }],
  ])('%s', (line, expected) => {
    expect(reading(line)).toEqual(expected)
  })
})

describe('a bonus "up to" N is 0 to N, not N (review 19)', () => {
  it.each([
    [
      '30k x 14, up to 3 months bonus',
      { monthly: 30_000, months: 14, bonusMonths: [0, 3], unread: [] },
    ],
    [
      '30k x 14, bonus up to 3 months',
      { monthly: 30_000, months: 14, bonusMonths: [0, 3], unread: [] },
    ],
    [
      '月薪 3 万，年终最多 3 个月',
      { monthly: 30_000, months: 12, bonusMonths: [0, 3], unread: [] },
    ],
    [
      '月薪 3 万，最多 3 个月年终',
      { monthly: 30_000, months: 12, bonusMonths: [0, 3], unread: [] },
    ],
    ['月薪 3 万，年终奖最多 5 万', { monthly: 30_000, months: 12, bonus: [0, 50_000], unread: [] }],
    // Without the word, the figure is the bonus.
    ['月薪 3 万，年终 3 个月', { monthly: 30_000, months: 12, bonusMonths: [3, 3], unread: [] }],
  ])('%s', (line, expected) => {
    expect(reading(line)).toEqual(expected)
  })
})

describe('a "w" written against its figure is 万, "/" after it or not (review 19)', () => {
  it.each([
    ['3w/ 15薪', { monthly: 30_000, months: 15, unread: [] }],
    ['月薪3w/ 14薪', { monthly: 30_000, months: 14, unread: [] }],
    ['2w/月', { monthly: 20_000, months: 12, unread: [] }],
  ])('%s', (line, expected) => {
    expect(reading(line)).toEqual(expected)
  })

  it('still reads the "w" of "14 w/ 2" as no 万 (trial 10)', () => {
    expect(reading('45k x 14 with a 2-month year-end bonus')).toMatchObject({
      monthly: 45_000,
      months: 14,
      bonusMonths: [2, 2],
    })
  })
})

describe('an amount before an English bonus word is the bonus (trial 12)', () => {
  it.each([
    ['20k x 12 + 40k bonus', { monthly: 20_000, months: 12, bonus: [40_000, 40_000], unread: [] }],
    [
      '20k x 12, 40k year-end bonus',
      { monthly: 20_000, months: 12, bonus: [40_000, 40_000], unread: [] },
    ],
    // The word's own figure after it is still the bonus, the one before it the base.
    ['base 40k bonus 20k', { monthly: 40_000, months: 12, bonus: [20_000, 20_000], unread: [] }],
    // Said to be inside, or a Chinese word after the base: not a bonus read from before it.
    ['30k bonus included', { monthly: 30_000, months: 12, unread: ['bonus', 'included'] }],
    ['年薪40万年终奖另算', { annual: 400_000, unread: ['年终奖另算'] }],
  ])('%s', (line, expected) => {
    expect(reading(line)).toEqual(expected)
  })
})

describe('percents (review 19)', () => {
  it('reads a percent range of bonus whole, not its low end as a second figure', () => {
    // Refused whole until parser26, which reads a share of the base as the months it comes to.
    for (const [line, months, monthsHigh] of [
      ['月薪 3w，年终 0-20%', 0, 2.4],
      ['base 200k, 10-15% bonus', 1.2, 1.8],
    ] as const) {
      const read = readPayLine(line)
      expect(read.ok && read.pay.bonus).toMatchObject({ kind: 'months', months, monthsHigh })
    }
  })

  it('sets a bare "20% 浮动" aside as the variable share inside the pay, as "其中 20% 浮动" is', () => {
    expect(reading('年薪 60w，20% 浮动')).toEqual({ annual: 600_000, unread: ['20% 浮动'] })
    expect(reading('年薪 60w，20% 浮动奖金')).toEqual({ refused: 'several-amounts' })
  })
})

describe('a package with a bonus said to be on top, after it (review 19)', () => {
  it.each([
    ['年包 95w，年终 3 个月另算', { annual: 950_000, bonusMonths: [3, 3], unread: [] }],
    [
      'total package 1M, bonus 2 months on top',
      { annual: 1_000_000, bonusMonths: [2, 2], unread: [] },
    ],
    ['年包 95 万，另加年终 3 个月', { annual: 950_000, bonusMonths: [3, 3], unread: [] }],
  ])('%s', (line, expected) => {
    expect(reading(line)).toEqual(expected)
  })

  it('still refuses a package and a bonus not said to be added (d3c499f)', () => {
    expect(reading('年包 95 万，年终 3 个月')).toEqual({ refused: 'several-amounts' })
  })
})

describe('a bonus with its own period word inside (review 19)', () => {
  it.each([
    [
      '年终奖每年 3 个月，月薪 3w',
      { monthly: 30_000, months: 12, bonusMonths: [3, 3], unread: [] },
    ],
    [
      '月 base 3w，年终每年 2 个月',
      { monthly: 30_000, months: 12, bonusMonths: [2, 2], unread: [] },
    ],
    [
      '月薪 3w，年终奖每年 5 万',
      { monthly: 30_000, months: 12, bonus: [50_000, 50_000], unread: [] },
    ],
  ])('%s', (line, expected) => {
    expect(reading(line)).toEqual(expected)
  })
})

describe('a written schedule before "monthly" (review 19)', () => {
  it('reads "25/25/25/25 monthly" as the schedule, not 25 and a million', () => {
    const read = readPayLine('$250k base, RSU $400k over 4 years, 25/25/25/25 monthly')
    expect(read.ok).toBe(true)
    if (read.ok)
      expect(read.pay.stock?.perYear).toEqual({ low: 100_000 * 100, high: 100_000 * 100 })
  })
})
