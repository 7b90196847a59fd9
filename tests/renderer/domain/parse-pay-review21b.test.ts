import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * Review 21 of the pay parser: lines it read wrong, each now read right or refused by name.
 * Each is read as the offer form reads it (`readPayLine`, which sets unread parts aside and reads
 * the rest again) as well as by the parser alone.
 */
const refusal = (line: string) => {
  const read = readPayLine(line)
  return read.ok ? { read: read.pay } : { code: read.error.code, unread: read.unread }
}

describe('M1: a pre-tax word said of a bonus or sign-on gives no pre-tax base', () => {
  it.each([
    '年终奖税前 5 万，到手月薪 3 万',
    '到手月薪 2.3 万，年终奖税前 10 万',
    '签字费税前 10 万，到手 2.3 万',
    '年终奖 5 万（税前），到手月薪 3 万',
    '税前年终奖 5 万，到手月薪 3 万',
    'sign-on bonus 100k pre-tax, 23k net',
  ])('%s is refused as after tax', (line) => {
    expect(refusal(line)).toEqual({ code: 'after-tax', unread: [] })
    const parsed = parsePay(line)
    expect(parsed.ok ? null : parsed.error.code).toBe('after-tax')
  })

  it.each([
    ['月薪 3 万（税前），到手约 2.3 万', '到手约 2.3 万'],
    ['税前月薪 3 万，税后 2.3 万左右', '税后 2.3 万左右'],
    ['30k gross, 22k net', '22k net'],
  ])('%s: the pre-tax base is still read, the after-tax figure set aside', (line, clause) => {
    const read = readPayLine(line)
    expect(read).toMatchObject({
      ok: true,
      pay: { monthly: { low: 3_000_000 } },
      unread: [],
      afterTax: [clause],
    })
  })
})

describe('L9: a line whose one figure is a bonus’s, a sign-on’s, stock’s or options’ has no base', () => {
  it.each([
    ['年终奖（税前）5 万', 'bonus-without-base', '年终奖(税前)5 万'],
    ['年终奖税前 5 万', 'bonus-without-base', '年终奖税前 5 万'],
    ['奖金 5 万', 'bonus-without-base', '奖金 5 万'],
    ['签字费 10 万', 'bonus-without-base', '签字费 10 万'],
    ['sign-on 50k', 'bonus-without-base', 'sign-on 50k'],
    ['股票 100 万', 'stock-without-base', '股票 100 万'],
    ['RSU $200k', 'stock-without-base', 'RSU $200k'],
    // Was read as 30k a month in review 14's test of where a full-width part starts.
    ['ＲＳＵ ３０ｋ', 'stock-without-base', 'RSU 30k'],
  ])('%s is refused by name', (line, code, fragment) => {
    expect(readPayLine(line)).toEqual({
      ok: false,
      error: { code, fragment },
      unread: [],
      afterTax: [],
    })
  })

  it.each(['期权 10 万', 'options: 30k'])('%s is options with no base', (line) => {
    expect(refusal(line)).toEqual({ code: 'options-without-base', unread: [] })
  })

  it.each([
    ['$300k + options', 30_000_000],
    ['不含股票 30k', 3_000_000],
    ['月薪 3 万，期权若干', 3_000_000],
  ])('%s still reads its base', (line, low) => {
    const read = readPayLine(line)
    expect(read.ok && (read.pay.kind === 'annual' ? read.pay.annual : read.pay.monthly).low).toBe(
      low,
    )
  })
})

describe('M4: a yearly percent said of a raise is no vesting share', () => {
  it.each([
    // A grant with no years is named as one (review 22: it was 'stock-without-base', or
    // 'several-amounts' beside a base, for the grant's figure read as a second pay).
    ['股票 100 万，每年 10% 调薪', 'stock-years-missing', '股票 100 万'],
    ['RSU 1M, 10% per year raise', 'stock-years-missing', 'RSU 1M'],
    ['股票 100 万，每年 20% 涨幅', 'stock-years-missing', '股票 100 万'],
    ['月薪 3 万，股票 100 万，每年 10% 调薪', 'stock-years-missing', '股票 100 万'],
  ])('%s is refused (%s), no stock read', (line, code, fragment) => {
    expect(readPayLine(line)).toMatchObject({ ok: false, error: { code, fragment } })
  })

  it('"每年 10% 调薪" beside a grant with its years is set aside, the grant read', () => {
    expect(readPayLine('月薪 3 万，RSU 20 万分 4 年，每年 10% 调薪')).toMatchObject({
      ok: true,
      pay: { stock: { grant: { years: 4 } } },
      unread: ['每年 10% 调薪'],
    })
  })

  it('a share that vests is still read', () => {
    expect(readPayLine('月薪 4 万 x 15，股票 100 万，每年 25%')).toMatchObject({
      ok: true,
      pay: { stock: { grant: { years: 4 } } },
    })
  })
})

describe('M7: months on a bare package, a year’s figure, are refused', () => {
  it.each([
    ['1.2M package, 14 months', '14 months'],
    ['package 60w, 16 months', '16 months'],
    ['total package 600k, 16 months', '16 months'],
  ])('%s', (line, fragment) => {
    expect(parsePay(line)).toEqual({ ok: false, error: { code: 'months-on-annual', fragment } })
  })

  it('a month’s package keeps its months', () => {
    expect(parsePay('50k/month package, 14 months')).toMatchObject({
      ok: true,
      pay: { months: 14 },
    })
  })
})

describe('M3: a range of stock inside a package is refused', () => {
  it.each([
    ['年包 100w（含 20-30w 股票）', '100w / 20-30w 股票'],
    ['年包 80-100w（含 20-30w 股票）', '80-100w / 20-30w 股票'],
  ])('%s', (line, fragment) => {
    expect(parsePay(line)).toEqual({ ok: false, error: { code: 'several-amounts', fragment } })
  })
})
