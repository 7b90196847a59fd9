import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * Review 22 of the pay parser. Each line is read as the offer form reads it (`readPayLine`, which
 * sets unread parts aside and reads the rest again), where each of these went wrong.
 */
const refusal = (line: string) => {
  const read = readPayLine(line)
  return read.ok
    ? { read: read.pay, unread: read.unread }
    : { error: read.error, unread: read.unread }
}

describe('H1: a sign-on said to be inside the figure is not added on top', () => {
  it.each([
    ['总包 120w（含签字费 10w）', '含签字费 10w'],
    ['年包 95w，包含签字费 10w', '包含签字费 10w'],
    ['年薪 80 万，含签字费 10 万', '含签字费 10 万'],
    ['package 1.2M incl. sign-on 100k', 'incl. sign-on 100k'],
    ['total package 1.2M, of which sign-on 100k', 'of which sign-on 100k'],
    ['年薪 80 万，签字费 10 万已含', '签字费 10 万已含'],
    ['年薪 80 万（签字费 10 万在内）', '签字费 10 万在内'],
  ])('%s is refused, naming %s', (line, fragment) => {
    // Was read as the figure a year plus the sign-on in year one ("含" set aside).
    expect(refusal(line)).toEqual({
      error: { code: 'several-amounts', fragment, why: 'sign-on-inside' },
      unread: [],
    })
    expect(parsePay(line)).toEqual({
      ok: false,
      error: { code: 'several-amounts', fragment, why: 'sign-on-inside' },
    })
  })

  it.each(['年薪 80 万，不含签字费 10 万', '年薪 80 万，不包含签字费 10 万'])(
    '%s leaves the sign-on out of the figure: it is on top',
    (line) => {
      expect(readPayLine(line)).toMatchObject({
        ok: true,
        pay: { annual: { low: 80_000_000 }, signOn: { low: 10_000_000, high: 10_000_000 } },
      })
    },
  )
})

describe('M2: a yearly percent is the vesting share only where it ends its clause', () => {
  it.each([
    '月薪 3 万，股票 100 万，每年 10% 增长',
    '月薪 3 万，股票 100 万，每年 10% 上调',
    '月薪 3 万，股票 100 万，每年 10% 普调',
    '月薪 3 万，股票 100 万，每年 10% 涨',
    '月薪 3 万，股票 100 万，每年 10% 的调薪',
    '月薪 3 万，股票 100 万，每年 10% 左右调薪',
    '月薪 3 万，股票 100 万，每年 10%-15% 调薪',
    '月薪 3 万，股票 100 万，每年 10% 调薪',
  ])('%s: the grant has no years (was read as vesting over 10)', (line) => {
    expect(refusal(line)).toEqual({
      error: { code: 'stock-years-missing', fragment: '股票 100 万' },
      unread: [],
    })
  })

  it.each(['30k, RSU 1M, 10% per year salary growth', '30k, RSU 1M, 10% per year refresh'])(
    '%s: the grant has no years',
    (line) => {
      expect(refusal(line)).toEqual({
        error: { code: 'stock-years-missing', fragment: 'RSU 1M' },
        unread: [],
      })
    },
  )

  it.each([
    '月薪 3 万，股票 100 万，每年 25%',
    '月薪 3 万，股票 100 万，每年 25%；年终 2 个月',
    '月薪 3 万，股票 100 万，每年 25% 归属',
    '月薪 3 万，股票 100 万，每年 25%，分 4 年',
    '月薪 3 万，股票 100 万，每年 25%（4 年归属）',
    '30k, RSU 1M, 25% per year',
    '30k, RSU 1M, 25% per year vesting',
  ])('%s still vests over 4 years, nothing left unread', (line) => {
    expect(readPayLine(line)).toMatchObject({
      ok: true,
      pay: { stock: { grant: { years: 4 }, perYear: { low: 25_000_000 } } },
      unread: [],
    })
  })

  it('a raise beside a grant with its years is set aside, the grant read', () => {
    expect(readPayLine('月薪 3 万，RSU 20 万分 4 年，每年 10% 增长')).toMatchObject({
      ok: true,
      pay: { stock: { grant: { years: 4 } } },
    })
  })
})

describe('L3: a line whose one figure is the year-end bonus asks for the base', () => {
  it.each([
    ['年终奖 5 万', '年终奖 5 万'],
    ['年终 5 万', '年终 5 万'],
    ['bonus 50k', 'bonus 50k'],
    ['year-end bonus 50k', 'year-end bonus 50k'],
    ['年终奖 10 万（税前）', '年终奖 10 万'],
    ['年终 2 个月', '年终 2 个月'],
  ])('%s is bonus-without-base (was "No amount found")', (line, fragment) => {
    expect(refusal(line)).toEqual({ error: { code: 'bonus-without-base', fragment }, unread: [] })
  })
})

describe('L4: a sign-on’s word may take a pre-tax word, "约" or "最多" before its amount', () => {
  it.each([
    '月薪3万*15，签字费税前10万',
    '月薪3万*15，签字费（税前）10万',
    '月薪3万*15，签字费约10万',
    '月薪3万*15，签约费約10萬',
    '30k x 15, sign-on pre-tax 100k',
    '30k x 15, sign-on about 100k',
  ])('%s reads a sign-on of 100k (was refused as several amounts)', (line) => {
    expect(readPayLine(line)).toEqual({
      ok: true,
      pay: expect.objectContaining({
        months: 15,
        monthly: { low: 3_000_000, high: 3_000_000 },
        signOn: { low: 10_000_000, high: 10_000_000 },
      }) as unknown,
      unread: [],
      afterTax: [],
    })
  })

  it.each(['月薪3万*15，签字费最多10万', '30k x 15, sign-on up to 100k'])(
    '%s: a sign-on of at most 100k may pay less, 0 to 100k',
    (line) => {
      expect(readPayLine(line)).toMatchObject({
        ok: true,
        pay: { signOn: { low: 0, high: 10_000_000 } },
        unread: [],
      })
    },
  )

  it('"5万的签字费" is a sign-on of 50k', () => {
    expect(readPayLine('月薪3万*15，5万的签字费')).toMatchObject({
      ok: true,
      pay: { monthly: { low: 3_000_000 }, signOn: { low: 5_000_000, high: 5_000_000 } },
      unread: [],
    })
  })
})

describe('L5: "股票期权" is one word for options, no stock left unread', () => {
  it.each(['月薪5万，股票期权 2万股', '月薪5万，股票期權 2萬股', '月薪5万，2万股股票期权'])(
    '%s reads 20,000 options (was "股票" unread, then taken for stock with no value)',
    (line) => {
      expect(readPayLine(line)).toMatchObject({
        ok: true,
        pay: { monthly: { low: 5_000_000 }, options: { count: 20_000 } },
        unread: [],
      })
    },
  )

  it('"月薪5万 + 股票期权" names options with no count, nothing unread', () => {
    expect(readPayLine('月薪5万 + 股票期权')).toMatchObject({
      ok: true,
      pay: { options: { count: null } },
      unread: [],
    })
  })
})

describe('L6: "刀" and "美刀" are US dollars', () => {
  it.each(['月薪5万，期权 2 万股，行权价 1 刀', '月薪5万，期权 2 万股，行权价 1 美刀'])(
    '%s: the strike is one US dollar, the base still yuan (the strike was taken as yuan)',
    (line) => {
      expect(readPayLine(line)).toMatchObject({
        ok: true,
        pay: {
          currency: null,
          monthly: { low: 5_000_000 },
          options: { count: 20_000, strikePrice: 1, strikeCurrency: 'USD' },
        },
        unread: [],
      })
    },
  )

  it('"期权 2 万股，行权价 1 刀" alone asks for the base, the strike in dollars', () => {
    expect(readPayLine('期权 2 万股，行权价 1 刀')).toMatchObject({
      ok: false,
      error: { code: 'options-without-base', options: { strikeCurrency: 'USD' } },
    })
  })

  it('"年薪 20 万刀" is US$200k a year', () => {
    expect(readPayLine('年薪 20 万刀')).toMatchObject({
      ok: true,
      pay: { currency: 'USD', annual: { low: 20_000_000 } },
      unread: [],
    })
  })
})

describe('L7: stock inside a year’s figure may give its word before its figure', () => {
  it.each([
    '年包 95w（含 20w 股票）',
    '年包 95w 含股票 20w',
    '年包 95w，其中股票 20w',
    '年包 95w（含股票 20w）',
    'package 950k including stock 200k',
  ])('%s is 750k cash and 200k of stock a year (was refused as several amounts)', (line) => {
    expect(readPayLine(line)).toMatchObject({
      ok: true,
      pay: {
        kind: 'annual',
        annual: { low: 75_000_000, high: 75_000_000 },
        stock: { perYear: { low: 20_000_000, high: 20_000_000 }, grant: null },
      },
      unread: [],
    })
  })

  it.each([
    // As much stock as the figure, or a range of it: which cash goes with it is not said.
    ['年包 95w 含股票 100w', 'several-amounts'],
    ['年包 95w 含股票 20-30w', 'several-amounts'],
    // In a month's figure a year's stock is no part of it.
    ['月薪 5 万，含股票 20w', 'several-amounts'],
    // Vesting with no years: named, not read as a value a year nor set aside piece by piece.
    ['年包 95w 含股票 20w，分期归属', 'stock-years-missing'],
    ['package 950k including stock 200k, vesting', 'stock-years-missing'],
  ])('%s is refused (%s)', (line, code) => {
    expect(readPayLine(line)).toMatchObject({ ok: false, error: { code }, unread: [] })
  })
})
