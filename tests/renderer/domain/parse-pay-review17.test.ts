import { describe, expect, it } from 'vitest'
import { parsePay, type PayParseResult } from '../../../renderer/domain/pay/parse-pay'

/**
 * Review 17 of the pay line: words beside the figure that are no part of it (a raise, a start
 * date, "不含股票"), and the total package.
 */
const refused = (code: string, fragment: string) => ({
  ok: false,
  error: expect.objectContaining({ code, fragment }) as unknown,
})

/**
 * As the offer form reads a pasted line (pay-line.ts): an unreadable part is set aside where the
 * parser says it starts, and the rest read again. Returns the last reading and the parts set aside.
 */
function readSettingAside(line: string): { result: PayParseResult; aside: string[] } {
  const aside: string[] = []
  let rest = line.normalize('NFKC')
  for (;;) {
    const result = parsePay(rest)
    if (result.ok || result.error.code !== 'unreadable' || aside.length >= 4) {
      return { result, aside }
    }
    const { fragment, at } = result.error
    aside.push(fragment)
    rest = `${rest.slice(0, at)} ${rest.slice(at + fragment.length)}`
  }
}

describe('a period word said of a raise is not the base’s', () => {
  it.each([
    ['30k，每年涨薪', '每年涨薪'],
    ['30k 每年 调薪', '每年 调薪'],
    ['30k, annual raise', 'annual raise'],
    ['30k, raise per year', 'raise per year'],
    ['月薪 3 万，14 薪，每年调薪', '每年调薪'],
  ])('%s names "%s" whole', (line, fragment) => {
    expect(parsePay(line)).toEqual(expect.objectContaining(refused('unreadable', fragment)))
  })

  it.each(['30k，每年涨薪', '30k, annual raise'])(
    'set aside, %s leaves a bare 30k, read as a month’s as "30k" is',
    (line) => {
      const { result, aside } = readSettingAside(line)
      expect(aside).toHaveLength(1)
      expect(result).toEqual(parsePay('30k'))
      expect(result).toMatchObject({ ok: true, pay: { kind: 'monthly', months: 12 } })
    },
  )

  it('still reads the months a bare period word is said of', () => {
    expect(parsePay('30k，每年 14 薪')).toMatchObject({
      ok: true,
      pay: { kind: 'monthly', months: 14 },
    })
  })
})

describe('a date is not an amount', () => {
  it.each([
    ['2027年3月入职，月薪 5 万 × 14', '2027年3月入职'],
    ['3月1日入职，月薪 5 万', '3月1日入职'],
    ['月薪 5 万，3月1日入职', '3月1日入职'],
    ['2027年入职，月薪 3 万', '2027年入职'],
    ['月薪 3 万，明年3月到岗', '明年3月到岗'],
    ['月薪 3 万 × 14，2025/3/1 入职', '2025/3/1 入职'],
    ['月薪 3 万 × 14，2025-03-01 入职', '2025-03-01 入职'],
    ['月薪 3 万 × 14，3/1 入职', '3/1 入职'],
  ])('%s names the date "%s", not several amounts', (line, fragment) => {
    expect(parsePay(line)).toEqual(refused('unreadable', fragment))
  })

  it.each([
    ['2027年3月入职，月薪 5 万 × 14', 50_000, 14],
    ['3月1日入职，月薪 5 万', 50_000, 12],
    ['月薪 3 万 × 14，2025/3/1 入职', 30_000, 14],
    ['月薪 3 万 × 14，3/1 入职', 30_000, 14],
  ])('set aside, %s reads the pay', (line, monthly, months) => {
    const { result, aside } = readSettingAside(line)
    expect(aside).toHaveLength(1)
    expect(result).toMatchObject({
      ok: true,
      pay: { kind: 'monthly', monthly: { low: monthly * 100, high: monthly * 100 }, months },
    })
  })

  it.each(['2025-12k', '月薪 2000-3000', '30k × 12 月薪'])(
    'still reads a figure shaped like a date: %s',
    (line) => {
      expect(parsePay(line)).toMatchObject({ ok: true })
    },
  )
})

describe('a figure said to leave stock out is cash', () => {
  it.each([
    ['年包 80w 不含股票', 800_000],
    ['总包 120 万，不含股票', 1_200_000],
    ['年薪 80 万，不含股票', 800_000],
    ['年薪 80 万（不含股票）', 800_000],
    ['年薪 80 万 excluding stock', 800_000],
    ['年薪 80w, excl. RSU', 800_000],
    ['$300k without stock', 300_000],
    ['年薪 80 万，股票另算', 800_000],
    ['年薪 80w, stock not included', 800_000],
    ['年薪 80 万，不含股票和期权', 800_000],
  ])('%s', (line, annual) => {
    const result = parsePay(line)
    expect(result).toMatchObject({
      ok: true,
      pay: { kind: 'annual', annual: { low: annual * 100 }, cashOnly: true },
    })
    expect(result.ok && result.pay.stockInside).toBeUndefined()
  })

  it.each(['年薪 80 万 不含期权', '月薪 5 万 × 16，期权另算'])(
    '%s: the options left out are still to enter',
    (line) => {
      expect(parsePay(line)).toMatchObject({
        ok: true,
        pay: { cashOnly: true, options: { count: null } },
      })
    },
  )

  it('stock beside a total said to be cash is on top of it', () => {
    expect(parsePay('总包 100 万（现金），股票每年 20 万')).toMatchObject({
      ok: true,
      pay: {
        annual: { low: 100_000_000 },
        cashOnly: true,
        stock: { perYear: { low: 20_000_000 } },
      },
    })
  })

  it('"无股票" (there is none) is cash, as "不含股票" is (review 18)', () => {
    expect(parsePay('年薪 60 万，无股票')).toMatchObject({ ok: true, pay: { cashOnly: true } })
  })
})

describe('a total package may hold stock, and says so', () => {
  it.each([
    ['年包 80 万', 800_000],
    ['总包 120 万', 1_200_000],
    ['total comp 800k', 800_000],
  ])('%s', (line, annual) => {
    expect(parsePay(line)).toMatchObject({
      ok: true,
      pay: {
        kind: 'annual',
        annual: { low: annual * 100 },
        cashOnly: false,
        stockInside: 'possible',
      },
    })
  })

  it.each(['年包 80 万（含股票）', '年包 80 万，含股票', '年薪 80w, stock included'])(
    '%s says the stock is inside, and reads the figure',
    (line) => {
      expect(parsePay(line)).toMatchObject({
        ok: true,
        pay: { annual: { low: 80_000_000 }, stockInside: 'stated' },
      })
    },
  )

  it('a salary word says nothing of stock', () => {
    const result = parsePay('年薪 80 万')
    expect(result.ok && result.pay.stockInside).toBeUndefined()
  })

  it.each([
    ['年包 80 万（含股票），RSU 20 万分 4 年', '含股票 / RSU 20 万分 4 年'],
    ['总包 100 万，股票每年 20 万', '总包 100 万 / 股票每年 20 万'],
  ])('stock given beside a figure that holds it is refused: %s', (line, fragment) => {
    expect(parsePay(line)).toEqual(refused('several-amounts', fragment))
  })

  it('stock a year said inside the figure is its part (review 22: was refused)', () => {
    expect(parsePay('年薪 100 万，含股票每年 20 万')).toMatchObject({
      ok: true,
      pay: { annual: { low: 80_000_000 }, stock: { perYear: { low: 20_000_000 } } },
    })
  })
})

describe('a percent is a share, not an amount', () => {
  it.each([
    ['年薪 72 万，其中 20% 绩效', '其中 20% 绩效'],
    ['年薪 72w，其中 20% 为绩效奖金', '其中 20% 为绩效奖金'],
    ['30k，每年调薪 10%', '每年调薪 10%'],
    ['30k, annual raise 10%', 'annual raise 10%'],
  ])('%s names "%s" whole, not several amounts', (line, fragment) => {
    expect(parsePay(line)).toEqual(refused('unreadable', fragment))
  })

  it.each([['月薪 4 万，绩效 20%', '4 万 / 绩效 20%']])(
    'a bonus in percent, on top, still stops the line: %s',
    (line, fragment) => {
      expect(parsePay(line)).toEqual(refused('several-amounts', fragment))
    },
  )

  it.each([
    ['年薪 72 万，其中 20% 绩效', { kind: 'annual', annual: { low: 72_000_000 } }],
    ['30k，每年调薪 10%', { kind: 'monthly', monthly: { low: 3_000_000 }, months: 12 }],
  ])('set aside, %s reads the pay', (line, pay) => {
    const { result, aside } = readSettingAside(line)
    expect(aside).toHaveLength(1)
    expect(result).toMatchObject({ ok: true, pay })
  })

  it('still reads a schedule in percents', () => {
    expect(parsePay('月薪 3 万，RSU 20 万分 4 年，25%/25%/25%/25%')).toMatchObject({
      ok: true,
      pay: { stock: { perYear: { low: 5_000_000 } } },
    })
  })
})

describe('"不含年终" is named whole', () => {
  it.each([
    ['年薪 60 万，不含年终', '不含年终'],
    ['年薪 60 万，不含年终奖', '不含年终奖'],
  ])('%s names "%s", not a lone "不"', (line, fragment) => {
    expect(parsePay(line)).toEqual(refused('unreadable', fragment))
  })

  it('"含年终" beside the figure still says nothing more', () => {
    expect(parsePay('年薪 60 万（含年终）')).toMatchObject({ ok: true })
  })
})
