import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../renderer/domain/pay/parse-pay'

/**
 * Figures in Chinese numerals with hundreds or thousands before 万 ("年薪一百二十万"): left unread,
 * or "一千万" refused as two figures "一千 / 万", while "年薪一百万" and "三万五" were read.
 */
const yuan = (value: number) => value * 100

describe('hundreds and thousands in Chinese numerals before 万', () => {
  it.each([
    ['年薪一百二十万', 1_200_000],
    ['年薪一百五十万', 1_500_000],
    ['年薪三百二十万', 3_200_000],
    ['年薪一百零五万', 1_050_000],
    ['年薪一百一十万', 1_100_000],
    ['年薪二百五十万', 2_500_000],
    ['年薪一千万', 10_000_000],
    ['年薪一千五百万', 15_000_000],
    ['年薪 一百二十 万', 1_200_000],
  ])('%s is %i a year', (line, annual) => {
    expect(parsePay(line)).toMatchObject({
      ok: true,
      pay: { kind: 'annual', annual: { low: yuan(annual), high: yuan(annual) } },
    })
  })

  it.each([
    ['年薪一百到一百五十万', 1_000_000, 1_500_000],
    ['年薪一百万到一百二十万', 1_000_000, 1_200_000],
    ['年薪 120-一百五十万', 1_200_000, 1_500_000],
  ])('%s is a range', (line, low, high) => {
    expect(parsePay(line)).toMatchObject({
      ok: true,
      pay: { annual: { low: yuan(low), high: yuan(high) } },
    })
  })

  it('with its bonus in Chinese numerals too', () => {
    expect(parsePay('年薪一百二十万，年终奖两个月')).toMatchObject({
      ok: true,
      pay: { annual: { low: yuan(1_200_000) }, bonus: { kind: 'months', months: 2 } },
    })
  })

  it.each([
    ['月薪三万五', 35_000, 12],
    ['月薪三万五，十六薪', 35_000, 16],
    ['月薪八千五百元', 8_500, 12],
    ['月薪一万二', 12_000, 12],
  ])('%s, read before, still is %i a month', (line, monthly, months) => {
    expect(parsePay(line)).toMatchObject({
      ok: true,
      pay: { monthly: { low: yuan(monthly), high: yuan(monthly) }, months },
    })
  })

  it.each([
    // "十四五万" is read since parser28, as 14–15 万; three digits say no two ends.
    ['年薪十五六七万', '十五六七万'],
    ['月薪 3 万，一百二十薪', '一百二十薪'],
  ])('%s: an unclear numeral stays unread (%s)', (line, fragment) => {
    expect(parsePay(line)).toMatchObject({ ok: false, error: { code: 'unreadable', fragment } })
  })
})
