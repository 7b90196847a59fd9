import { describe, expect, it } from 'vitest'
import { parsePay, stockSaidInsideIn } from '../../../renderer/domain/pay/parse-pay'

/**
 * New-user trial 20 of the pay parser: the stock's part of a year's package, stock a year with
 * its vesting years, and a grant with the share vested a year, were each refused as two figures
 * or as giving no years.
 */
const reading = (line: string) => {
  const read = parsePay(line)
  if (!read.ok) return { refused: read.error.code, fragment: read.error }
  const { pay } = read
  const yuan = (fen: number) => fen / 100
  return {
    ...(pay.kind === 'monthly'
      ? { monthly: [yuan(pay.monthly.low), yuan(pay.monthly.high)], months: pay.months }
      : { annual: [yuan(pay.annual.low), yuan(pay.annual.high)] }),
    stockPerYear: pay.stock ? yuan(pay.stock.perYear.low) : null,
    grant: pay.stock?.grant ? [yuan(pay.stock.grant.total.low), pay.stock.grant.years] : null,
    stockInside: pay.stockInside ?? null,
  }
}

describe('the stock’s part of a year’s figure, given a year, is taken out of it', () => {
  it.each([
    ['年包 100w（含 20w 股票）', 1_000_000, 200_000, null],
    ['年包 100W（含 20W 股票）', 1_000_000, 200_000, null],
    ['年包100w(含20w股票)', 1_000_000, 200_000, null],
    ['年包 100 万（包括 20 万股票）', 1_000_000, 200_000, null],
    ['年包 100 万，含 20 万 RSU', 1_000_000, 200_000, null],
    ['年包 100 万（含 20 万股票/年）', 1_000_000, 200_000, null],
    ['年薪 100 万（含 20 万的股票）', 1_000_000, 200_000, null],
    ['1.2M package incl. 300k RSU/yr, 4-year vest', 1_200_000, 300_000, [1_200_000, 4]],
    ['total comp 1.2M including 300k RSU per year', 1_200_000, 300_000, null],
    ['1.2M total package, incl. 300k RSU a year', 1_200_000, 300_000, null],
    ['年包 1.2M 含 300k RSU/年', 1_200_000, 300_000, null],
    ['年包 100 萬（含 20 萬股票）', 1_000_000, 200_000, null],
    ['年包 100w，其中 20w 股票', 1_000_000, 200_000, null],
    ['1.2M package, of which 300k RSU a year', 1_200_000, 300_000, null],
  ])('%s', (line, whole, perYear, grant) => {
    expect(reading(line)).toEqual({
      annual: [whole - perYear, whole - perYear],
      stockPerYear: perYear,
      grant,
      stockInside: null,
    })
  })

  it('a range of package keeps its range', () => {
    expect(reading('年包 100-120 万（含 20 万股票）')).toMatchObject({
      annual: [800_000, 1_000_000],
    })
  })

  it.each([
    // A month's figure holds no year's stock; a grant with years is not said a year; stock as
    // large as the figure is none of it.
    ['月薪 5 万（含 2 万股票）', '5 万 / 2 万股票'],
    ['年包 100 万（含 20 万股票，分 4 年归属）', '含 20 万股票,分 4 年归属'],
    ['年包 100 万（含 120 万股票）', '100 万 / 120 万股票'],
  ])('%s is still refused as two figures', (line, fragment) => {
    expect(parsePay(line)).toEqual({ ok: false, error: { code: 'several-amounts', fragment } })
  })
})

describe('stock a year with its vesting years is read, not a second figure', () => {
  it.each([
    ['50-60k*15，股票价值 30万/年（4年归属）'],
    ['50-60K*15，股票价值 30W/年（4 年归属）'],
    ['50-60k*15,股票 30万/年,4年归属'],
    ['50-60k×15，股票每年 30 万（4年归属）'],
  ])('%s', (line) => {
    expect(reading(line)).toEqual({
      monthly: [50_000, 60_000],
      months: 15,
      stockPerYear: 300_000,
      grant: [1_200_000, 4],
      stockInside: null,
    })
  })

  it('years that are not a whole number are refused', () => {
    expect(parsePay('月薪 5 万，股票每年 30 万，分 2.5 年')).toMatchObject({
      ok: false,
      error: { code: 'stock-bad-years' },
    })
  })
})

describe('a grant and the share vested each period give its years', () => {
  it.each([
    ['月薪 3 万，14 薪，股票 100 万，每年 25%'],
    ['月薪 3 万，14 薪，股票 100 万，每年归属 25%'],
    ['月薪 3 万，14 薪，股票 100 万，每年 1/4'],
    ['月薪 3 万，14 薪，RSU 100 万，每季度 1/16'],
    ['月薪 3 万，14 薪，100 万股票，每年 25%'],
    ['月薪 3 万，14 薪，股票 100 万，每年 25%，分 4 年'],
    ['30k × 14, RSU 1M, 25% per year'],
  ])('%s', (line) => {
    expect(reading(line)).toEqual({
      monthly: [30_000, 30_000],
      months: 14,
      stockPerYear: 250_000,
      grant: [1_000_000, 4],
      stockInside: null,
    })
  })

  it('the stock alone asks for the base', () => {
    expect(parsePay('股票 100 万，每年 25%')).toMatchObject({
      ok: false,
      error: { code: 'stock-without-base' },
    })
  })

  it.each([
    ['月薪 3 万，股票 100 万，每年 30%', 'stock-uneven'],
    ['月薪 3 万，股票 100 万，每年 25%，分 3 年', 'stock-uneven'],
  ])('%s: no even years', (line, code) => {
    expect(parsePay(line)).toMatchObject({ ok: false, error: { code } })
  })

  it('a raise a year is no vesting share', () => {
    expect(parsePay('月薪 3 万，股票 100 万，每年调薪 10%')).toMatchObject({ ok: false })
  })
})

describe('“package” against its figure is a total package', () => {
  it('package 1.35M', () => {
    expect(reading('package 1.35M')).toMatchObject({
      annual: [1_350_000, 1_350_000],
      stockInside: 'possible',
    })
  })

  it('stock beside one is not added on top', () => {
    expect(parsePay('1.2M package, RSU 300k/yr')).toEqual({
      ok: false,
      error: { code: 'several-amounts', fragment: '1.2M package / RSU 300k/yr' },
    })
  })

  it.each([
    ['50k/month package', { monthly: [50_000, 50_000], months: 12 }],
    ['月薪 3 万，package', { monthly: [30_000, 30_000], months: 12 }],
  ])('elsewhere it is no period word: %s', (line, pay) => {
    expect(reading(line)).toMatchObject({ ...pay, stockInside: null })
  })
})

describe('the words that say a figure includes stock', () => {
  it.each([
    ['总包 135 万（含股票）', '含股票'],
    ['package 1.35M incl. stock', 'incl. stock'],
    ['总包 135 万，包含股票', '包含股票'],
    ['年包 80 万（含股权激励）', '含股权激励'],
    ['年薪 80 万（不含股票）', null],
  ])('%s: %s', (line, words) => {
    expect(stockSaidInsideIn(line)).toBe(words)
  })
})
