import { describe, expect, it } from 'vitest'
import { computeAnnualPay, DEFAULT_RULESET, parsePay } from '../../../renderer/domain'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'
import { readPayLine } from '../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * Review 18 of the pay parser: lines the offer form read as a wrong period, a package counted with
 * its bonus on top, and lines that leave stock out read as if they might hold it.
 */
const reading = (line: string) => {
  const read = readPayLine(line)
  if (!read.ok) return { refused: read.error.code }
  const { pay } = read
  return pay.kind === 'monthly'
    ? { monthly: pay.monthly.low / 100, months: pay.months }
    : { annual: pay.annual.low / 100 }
}

describe('a period word is the base’s unless it is said of other pay', () => {
  it.each([
    // Were read as a month's pay (12× too much): the period went with "gross", "固定"…
    ['18万 gross per year', { annual: 180_000 }],
    ['150k gross a year', { annual: 150_000 }],
    ['150k before tax per year', { annual: 150_000 }],
    ['15w package per year', { annual: 150_000 }],
    ['每年 固定 18 万', { annual: 180_000 }],
    ['一年 保底 15 万', { annual: 150_000 }],
  ])('%s', (line, expected) => {
    expect(reading(line)).toEqual(expected)
  })

  it.each([
    // Were read as a year's pay: the period was the raise's, bonus's, stock's or options'
    ['40k，每年薪资普调 5%', { monthly: 40_000, months: 12 }],
    ['35k，明年薪资再议', { monthly: 35_000, months: 12 }],
    ['30k base, yearly bonus', { monthly: 30_000, months: 12 }],
    ['30k, yearly raise', { monthly: 30_000, months: 12 }],
    ['30k + yearly bonus', { monthly: 30_000, months: 12 }],
    ['40k, yearly stock refresh', { monthly: 40_000, months: 12 }],
    ['30k，每年期权', { monthly: 30_000, months: 12 }],
    ['30k，股票每年', { monthly: 30_000, months: 12 }],
    // Was refused as a yearly figure with months
    ['40k·14薪，今年薪资已定', { monthly: 40_000, months: 14 }],
  ])('%s', (line, expected) => {
    expect(reading(line)).toEqual(expected)
  })

  it('"monthly allowance" is the allowance’s, not the base’s', () => {
    expect(reading('$300k, monthly allowance')).toEqual({ annual: 300_000 })
  })

  it('"30k paid monthly" and "50k/year raise" keep their period', () => {
    expect(reading('30k paid monthly')).toEqual({ monthly: 30_000, months: 12 })
    expect(reading('50k/year raise')).toEqual({ annual: 50_000 })
  })
})

describe('a year’s package holds its bonus', () => {
  it.each([
    ['年包 95 万，年终 3 个月', '年包 95 万 / 年终 3 个月'],
    ['总包 95 万，年终奖 20 万', '总包 95 万 / 年终奖 20 万'],
    ['total comp 800k, bonus 100k', 'total comp 800k / bonus 100k'],
  ])('%s is refused as given twice', (line, fragment) => {
    expect(parsePay(line)).toEqual({ ok: false, error: { code: 'several-amounts', fragment } })
  })

  it('a bonus said to be added is on top', () => {
    expect(parsePay('总包 95 万，另加年终奖 20 万')).toMatchObject({
      ok: true,
      pay: { annual: { low: 95_000_000 }, bonus: { kind: 'amount' } },
    })
  })

  it('a yearly salary’s bonus in months is a twelfth of it each, with no residue', () => {
    const result = computeAnnualPay(
      { currency: 'CNY', base: { kind: 'text', text: '年薪 95 万，年终 3 个月' } },
      engineSettingsSchema.parse({}),
      DEFAULT_RULESET,
    )
    expect(result).toMatchObject({ ok: true, pay: { cash: { low: 118_750_000 } } })
  })
})

describe('a bonus in percent is not an amount', () => {
  it('"年终 0-20%" is not a bonus of 0', () => {
    // The offer form's reading: it filled a year-end bonus of ¥0 and set "-20%" aside. Since
    // parser26 it is 0-20% of the year's base: 0 to 2.4 months, never an amount of ¥0.
    const read = readPayLine('月薪 3 万，年终 0-20%')
    expect(read.ok && read.pay.bonus).toEqual({
      kind: 'months',
      months: 0,
      monthsHigh: 2.4,
      percent: { low: 0, high: 20 },
    })
  })

  it.each([
    ['月薪 4 万 + 20% 奖金', '4 万 / 20% 奖金'],
    ['月薪 4 万，20% 浮动奖金', '4 万 / 20% 浮动奖金'],
  ])('%s stops the line', (line, fragment) => {
    expect(parsePay(line)).toEqual({ ok: false, error: { code: 'several-amounts', fragment } })
  })
})

describe('a line that leaves stock out, or has none, is cash', () => {
  it.each([
    '总包 120 万（不算股票）',
    '年包 80 万（股票不含在内）',
    '年包 80 万，股票未计入',
    '年薪 200 万，这还不算股票',
    '年包 80w，无股票',
    '年薪 80 万，没有股票',
    '年薪 80 万，无期权',
    '$300k, no stock',
  ])('%s', (line) => {
    const result = parsePay(line)
    expect(result).toMatchObject({ ok: true, pay: { cashOnly: true, options: null } })
    // Not "a package often holds stock": the line says this one does not.
    expect(result.ok && result.pay.stockInside).toBeFalsy()
  })
})

describe('English lines of the tenth trial', () => {
  it.each([
    // Refused as two figures, "120k / 150k"
    ['120k to 150k per month, 14 months', { monthly: 120_000, months: 14 }],
    // Refused: "3-month" was no bonus in months
    ['45k x 14 plus 3-month bonus', { monthly: 45_000, months: 14 }],
    // Refused as "45k / 14 w / 2": the "w" of "with" was read as 万
    ['45k x 14 with a 2-month year-end bonus', { monthly: 45_000, months: 14 }],
    ['30k*14 w/ 2 months bonus', { monthly: 30_000, months: 14 }],
  ])('%s', (line, expected) => {
    expect(reading(line)).toEqual(expected)
    const read = readPayLine(line)
    expect(read.ok && read.pay.bonus?.kind).toBe(/bonus/.test(line) ? 'months' : undefined)
  })

  it('"2w/月" is still 20,000 a month', () => {
    expect(reading('2w/月')).toEqual({ monthly: 20_000, months: 12 })
  })
})
