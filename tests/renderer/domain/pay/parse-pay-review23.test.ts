import { describe, expect, it } from 'vitest'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * Review 23 of the pay parser. Each line is read as the offer form reads it (`readPayLine`, which
 * sets unread parts aside and reads the rest again), where each of these went wrong.
 */
const reading = (line: string) => {
  const read = readPayLine(line)
  return read.ok
    ? { pay: read.pay, unread: read.unread, afterTax: read.afterTax }
    : { error: read.error, unread: read.unread }
}

describe('M1: "刀" is a US dollar only right after an amount', () => {
  it.each([
    ['年薪 20 万港刀', 'HKD'],
    ['年薪20万新刀', 'SGD'],
    ['月薪 3 万刀', 'USD'],
    ['年薪 20 万美刀', 'USD'],
  ] as const)('%s is read in %s', (line, currency) => {
    // '港刀' was read as US dollars with '港' unread: a 7.8× error on every figure.
    expect(reading(line)).toMatchObject({
      pay: { currency },
      unread: [],
    })
  })

  it.each(['年薪 60 万，砍一刀', '年薪 60 万 一刀切'])(
    '%s stays in yuan: its "刀" is no currency',
    (line) => {
      expect(reading(line)).toMatchObject({ pay: { currency: null } })
    },
  )

  it.each([
    ['年薪 20 万加刀', '加刀'],
    ['年薪 20 万澳刀', '澳刀'],
    ['base 200k CAD', 'CAD'],
  ])('%s is refused, naming %s: the app holds no such currency', (line, fragment) => {
    expect(reading(line)).toMatchObject({
      error: { code: 'unreadable', fragment, why: 'currency' },
      unread: [],
    })
  })
})

describe('M2: a joining word or 左右 after the share a year ends its clause', () => {
  const grant = { perYear: { low: 25_000_000, high: 25_000_000 }, grant: { years: 4 } }
  it.each([
    'base 50k, 16 months, RSU 1M, 25% per year and sign-on 100k',
    'base 50k, 16 months, RSU 1M, 25% per year plus sign-on 100k',
    '月薪 3 万 x 15，股票 100 万 每年 25% 另有签字费 10 万',
    '月薪 3 万 x 15，股票 100 万，每年 25% 和 签字费 10 万',
    '月薪 3 万 x 15，股票 100 万，每年 25% 及签字费 10 万',
    '月薪 3 万 x 15，RSU 100 万，每年 25% 且签字费 10 万',
  ])('%s reads a 4-year grant and the sign-on', (line) => {
    // Refused as stock-years-missing since c4feb35, though 25% a year is 4 years.
    expect(reading(line)).toMatchObject({
      pay: { stock: grant, signOn: { low: 10_000_000, high: 10_000_000 } },
    })
  })

  it.each([
    'base 50k, 16 months, RSU 1M, 25% per year and sign-on 100k',
    '月薪 3 万 x 15，股票 100 万，每年 25% 和 签字费 10 万',
  ])('%s leaves no joining word unread', (line) => {
    expect(reading(line)).toMatchObject({ unread: [] })
  })

  it('月薪 5 万 x 16，RSU 100 万，每年 25% 左右 reads a 4-year grant, nothing unread', () => {
    expect(reading('月薪 5 万 x 16，RSU 100 万，每年 25% 左右')).toMatchObject({
      pay: { stock: grant },
      unread: [],
    })
  })

  it('a raise a year after the grant still leaves the grant with no years', () => {
    expect(reading('月薪 3 万 x 15，股票 100 万，每年 10% 增长')).toMatchObject({
      error: { code: 'stock-years-missing', fragment: '股票 100 万' },
    })
  })
})

describe('M3: a sign-on joined to the stock an include word names is inside the package too', () => {
  it.each([
    ['年包 95w 含股票 20w 和签字费 10w', '含股票 20w 和签字费 10w'],
    ['年包 95w，包含股票 20w 及签字费 10w', '包含股票 20w 及签字费 10w'],
    ['年包 95w（含 20w 股票、签字费 10w）', '含 20w 股票、签字费 10w'],
    ['total comp 950k including RSU 200k and sign-on 100k', 'including RSU 200k and sign-on 100k'],
  ])('%s is refused as a sign-on inside, naming %s', (line, fragment) => {
    // Was read as 750k cash + 200k stock + the sign-on on top: 1.05M in year one for 950k.
    expect(reading(line)).toEqual({
      error: { code: 'several-amounts', fragment, why: 'sign-on-inside' },
      unread: [],
    })
  })

  it('年包 95w 含股票 20w，签字费 10w: a sign-on in a clause of its own stays on top', () => {
    expect(reading('年包 95w 含股票 20w，签字费 10w')).toMatchObject({
      pay: { annual: { low: 75_000_000 }, signOn: { low: 10_000_000 } },
    })
  })
})

describe('M6: a base figure named by its pay word beside an after-tax clause is the pre-tax one', () => {
  it.each([
    [
      '月薪4万×15，到手约3万',
      '到手约3万',
      { kind: 'monthly', monthly: { low: 4_000_000 }, months: 15 },
    ],
    ['base 40k x 15, take-home 30k', 'take-home 30k', { monthly: { low: 4_000_000 }, months: 15 }],
    ['monthly 80k, 14 months, net ~55k', 'net ~55k', { monthly: { low: 8_000_000 }, months: 14 }],
    ['年包 60 万，税后 45 万', '税后 45 万', { kind: 'annual', annual: { low: 60_000_000 } }],
  ] as const)('%s reads the pay and sets %s aside as after tax', (line, afterTax, pay) => {
    // Was refused whole: "this figure is after tax … paste the pay before tax (税前)".
    expect(reading(line)).toMatchObject({ pay, unread: [], afterTax: [afterTax] })
  })

  it.each([
    ['税后月薪 4 万', '税后'],
    ['月薪 4 万 税后 3 万', '税后'],
    ['年终奖税前 5 万，到手月薪 3 万', '到手'],
    ['年终奖 5 万，到手月薪 3 万', '到手'],
  ])('%s stays refused as after tax: no base figure stands apart from it', (line, fragment) => {
    expect(reading(line)).toMatchObject({ error: { code: 'after-tax', fragment } })
  })
})

describe('L2: options said to be apart, "股票期权" whole, are set aside with the options note', () => {
  it.each(['年薪 100w，股票期权另算', '年薪 100w，股票期权另谈', '年薪 100w，期权待定'])(
    '%s reads the pay as cash, nothing unread, and asks for the options',
    (line) => {
      // '股票' was left unread, and the form said '“股票”是股票…' of the options.
      expect(reading(line)).toMatchObject({
        pay: {
          kind: 'annual',
          annual: { low: 100_000_000 },
          cashOnly: true,
          options: { count: null, asks: ['count', 'strike-price', 'share-price', 'vesting'] },
        },
        unread: [],
      })
    },
  )
})

describe('L3: stock said to be inside the package, or left out of it, reads either way it is said', () => {
  it.each([
    ['总包 150 万，包含股票 60 万', 90_000_000, 60_000_000],
    ['总包 150 万，股票 60 万已含', 90_000_000, 60_000_000],
    ['总包 150 万，股票 60 万在内', 90_000_000, 60_000_000],
    ['total comp 950k, RSU 200k included', 75_000_000, 20_000_000],
  ])('%s: inside, %i cash + %i stock a year', (line, cash, stock) => {
    // The word-after forms were refused as several amounts while "包含股票 60 万" read.
    expect(reading(line)).toMatchObject({
      pay: { annual: { low: cash, high: cash }, stock: { perYear: { low: stock } } },
      unread: [],
    })
  })

  it.each([
    ['年包 95w 不含股票 20w', 95_000_000, 20_000_000],
    ['package 950k excluding stock 200k', 95_000_000, 20_000_000],
    ['年包 95w，股票 20w 另算', 95_000_000, 20_000_000],
    ['total comp 950k, RSU 200k not included', 95_000_000, 20_000_000],
  ])('%s: left out, %i cash with %i stock a year on top', (line, cash, stock) => {
    // Refused as several amounts, while '不含签字费' read on top.
    expect(reading(line)).toMatchObject({
      pay: {
        annual: { low: cash, high: cash },
        cashOnly: true,
        stock: { perYear: { low: stock } },
      },
      unread: [],
    })
  })

  it('不含股票 30k still reads 30k as the base, stock left out', () => {
    const read = readPayLine('不含股票 30k')
    expect(read).toMatchObject({ pay: { monthly: { low: 3_000_000 }, cashOnly: true } })
    expect(read.ok && read.pay.stock).toBeUndefined()
  })
})

describe('L4: a share a year read with the years said beside it, or in brackets', () => {
  it.each([
    '月薪3万，股票 100 万（每年 25%）',
    'base 30k x 16, RSU 1M (25% per year)',
    '月薪3万，股票100万，每年25%，4年',
    '月薪 3 万 x 15，RSU 100 万，每年 25%（4 年）',
    '月薪 5 万 x 16，RSU 100 万，4 年，每年 25%',
    '月薪3万，股票100万，每年 25% 共 4 年',
    'base 30k x 16, RSU 1M, 25% per year for 4 years',
  ])('%s reads a 4-year grant, nothing unread', (line) => {
    // Refused as stock-years-missing naming '每年 25%', or as several amounts '3万 / 4'.
    expect(reading(line)).toMatchObject({
      pay: { stock: { perYear: { low: 25_000_000 }, grant: { years: 4 } } },
      unread: [],
    })
  })

  it('years that disagree with the share are refused as no even schedule', () => {
    expect(reading('月薪3万，股票100万，每年25%，3年')).toMatchObject({
      error: { code: 'stock-uneven' },
    })
  })
})
