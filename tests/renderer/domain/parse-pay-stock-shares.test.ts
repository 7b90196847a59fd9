import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../renderer/domain'

/**
 * Stock lines the last review left refused (review 17's lows): a yuan sign on the stock beside a
 * base with none, an even schedule beside stock given a year, and a period's share in percent.
 */
const stockOf = (line: string) => {
  const result = parsePay(line)
  if (!result.ok) throw new Error(`${line}: ${result.error.code} ${JSON.stringify(result.error)}`)
  return { currency: result.pay.currency, stock: result.pay.stock }
}
const WAN = 10_000 * 100

describe('stock in yuan beside a base with no currency', () => {
  it.each(['月薪 3 万 × 14，股票 ¥20 万/年', '月薪 3 万 × 14，股票 人民币 20 万/年'])(
    '%s is one currency, yuan',
    (line) => {
      expect(stockOf(line)).toEqual({
        currency: 'CNY',
        stock: { perYear: { low: 20 * WAN, high: 20 * WAN }, grant: null },
      })
    },
  )

  it('stock in another currency beside such a base is still refused', () => {
    expect(parsePay('月薪 5 万 × 16，RSU $100k over 4 years')).toMatchObject({
      ok: false,
      error: { code: 'stock-currency' },
    })
  })
})

describe('an even schedule beside stock given a year agrees with it', () => {
  it.each(['月薪 3 万，股票每年 20 万，25/25/25/25', '月薪 3 万，股票每年 20 万，每年归属 1/4'])(
    '%s',
    (line) => {
      expect(stockOf(line).stock).toEqual({
        perYear: { low: 20 * WAN, high: 20 * WAN },
        grant: null,
      })
    },
  )

  it('an uneven one is still named', () => {
    expect(parsePay('月薪 3 万，股票每年 20 万，10/20/30/40')).toMatchObject({
      ok: false,
      error: { code: 'stock-uneven', fragment: '10/20/30/40' },
    })
  })
})

describe('a period’s share in percent, or with the vesting word first', () => {
  it.each([
    ['30k*15, RSU 400k over 4 years, 25% each year', 400_000],
    ['30k*15, RSU 400k over 4 years, vesting 1/4 per year', 400_000],
    ['月薪 3 万，股票 80 万分 4 年，每年 25%', 800_000],
    ['月薪 3 万，股票 80 万分 4 年 每年归属 25%', 800_000],
    ['30k*15, RSU 400k over 4 years, 6.25% quarterly', 400_000],
  ])('%s', (line, totalYuan) => {
    expect(stockOf(line).stock?.grant).toEqual({
      total: { low: totalYuan * 100, high: totalYuan * 100 },
      years: 4,
    })
  })

  it('a share that does not fit the years is not read as them', () => {
    expect(parsePay('月薪 3 万，股票 80 万分 4 年，每年 20%')).toMatchObject({ ok: false })
  })

  it('a raise in percent is not a vesting share', () => {
    expect(parsePay('月薪 3 万，每年涨薪 10%')).toMatchObject({
      ok: false,
      error: { fragment: '每年涨薪 10%' },
    })
  })
})
