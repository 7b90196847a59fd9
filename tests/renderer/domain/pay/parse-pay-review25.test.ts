import { describe, expect, it } from 'vitest'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'
import { parseCountablePay } from '../../../../renderer/domain/pay/stock-inside'

/**
 * Review 24's findings on the pay line, read as the offer form reads it (`readPayLine`, which sets
 * unread parts aside and reads the rest again).
 */
const reading = (line: string) => {
  const read = readPayLine(line)
  return read.ok
    ? { pay: read.pay, unread: read.unread, afterTax: read.afterTax }
    : { error: read.error, unread: read.unread }
}

describe('L3: CAD, AUD, NZD are a currency only next to an amount', () => {
  it.each([
    ['CAD 算法工程师，年薪 50 万', 50_000_000, ['CAD', '算法工程师']],
    ['月薪 3 万，做 CAD/CAE 软件', 3_000_000, ['做', 'CAD', 'CAE', '软件']],
  ])('%s stays in yuan, CAD set aside as a word', (line, low, unread) => {
    // Refused as an unsupported currency ("CAD").
    const read = reading(line)
    expect(read).toMatchObject({ pay: { currency: null }, unread })
    const pay = 'pay' in read ? read.pay : null
    expect(pay?.kind === 'annual' ? pay.annual.low : pay?.monthly.low).toBe(low)
  })

  it.each([
    ['50k CAD', 'CAD'],
    ['CAD 50k', 'CAD'],
    ['AUD 120k', 'AUD'],
    ['年薪 50 万 AUD', 'AUD'],
    ['年薪 50 万，NZD', 'NZD'],
    ['CA$ 50k', 'CA$'],
    ['A$120k', 'A$'],
  ])('%s: still refused as a currency the app does not hold', (line, fragment) => {
    expect(reading(line)).toMatchObject({
      error: { code: 'unreadable', fragment, why: 'currency' },
    })
  })
})

describe('L5: 其中 (of which) before stock wins over 另算 after it, in the engine as in the form', () => {
  it.each(['年薪 60 万，其中股票 20 万另算', '年薪 60 万，其中股票 20 万'])(
    '%s: 40 万 cash and 20 万 stock inside, nothing unread',
    (line) => {
      // The engine refused "其中" as unreadable; the form set it aside and read 60 万 plus stock.
      const expected = {
        annual: { low: 40_000_000, high: 40_000_000 },
        cashOnly: false,
        stock: { perYear: { low: 20_000_000, high: 20_000_000 }, grant: null },
      }
      expect(parseCountablePay(line)).toMatchObject({ ok: true, pay: expected })
      expect(reading(line)).toMatchObject({ pay: expected, unread: [] })
    },
  )

  it('年薪 60 万，股票 20 万另算: with no 其中, the stock is still on top', () => {
    expect(parseCountablePay('年薪 60 万，股票 20 万另算')).toMatchObject({
      ok: true,
      pay: { annual: { low: 60_000_000 }, cashOnly: true, stock: { perYear: { low: 20_000_000 } } },
    })
  })
})

describe('L6: joining and closing words after the stock are read with it', () => {
  it.each([
    ['年包 95w，不含股票 20w 和签字费 10w', 95_000_000],
    ['年包 95w 含股票 20w 和签字费 10w 另算', 75_000_000],
    ['年包 95w 不含股票 20w 加签字费 10w', 95_000_000],
    ['年包 95w，不含股票 20w，外加签字费 10w', 95_000_000],
  ])('%s: the stock, a 10w sign-on on top, the joining word read', (line, annual) => {
    // "和" was listed as a part not read, and the engine refused it.
    expect(reading(line)).toMatchObject({
      pay: { annual: { low: annual }, stock: { perYear: { low: 20_000_000 } } },
      unread: [],
    })
    expect(parseCountablePay(line)).toMatchObject({
      ok: true,
      pay: { annual: { low: annual }, signOn: { low: 10_000_000, high: 10_000_000 } },
    })
  })

  it.each(['年包 60 万，股票 20 万已包含在内', '年包 60 万，股票 20 万 included in package'])(
    '%s: 40 万 cash and 20 万 stock inside, "在内" / "in" read',
    (line) => {
      const expected = { annual: { low: 40_000_000 }, stock: { perYear: { low: 20_000_000 } } }
      expect(reading(line)).toMatchObject({ pay: expected, unread: [] })
      expect(parseCountablePay(line)).toMatchObject({ ok: true, pay: expected })
    },
  )
})

describe('L4: plus, with, 加, 跟, 外加 inside an incl./含 clause join as "and" does', () => {
  it.each([
    ['package 1.2M incl. stock 200k plus sign-on 100k', 'incl. stock 200k plus sign-on 100k'],
    ['package 1.2M incl. stock 200k with sign-on 100k', 'incl. stock 200k with sign-on 100k'],
    ['package 1.2M incl. stock 200k and sign-on 100k', 'incl. stock 200k and sign-on 100k'],
    ['总包 120w 含股票 20w 加签字费 10w', '含股票 20w 加签字费 10w'],
    ['总包 120w 含股票 20w 跟签字费 10w', '含股票 20w 跟签字费 10w'],
    ['总包 120w 含股票 20w 外加签字费 10w', '含股票 20w 外加签字费 10w'],
  ])('%s: refused as a sign-on inside', (line, fragment) => {
    expect(reading(line)).toEqual({
      error: { code: 'several-amounts', fragment, why: 'sign-on-inside' },
      unread: [],
    })
  })

  it.each(['base 50k x 15 plus a 100k sign-on', 'base 50k x 15 plus sign-on 100k'])(
    '%s: no inclusion clause, the sign-on on top',
    (line) => {
      expect(reading(line)).toMatchObject({
        pay: { monthly: { low: 5_000_000 }, months: 15, signOn: { low: 10_000_000 } },
        unread: [],
      })
    },
  )
})
