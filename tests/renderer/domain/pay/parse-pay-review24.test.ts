import { describe, expect, it } from 'vitest'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * Session 24's pay-line hunt: the doubts review 23 left open, and recruiter lines read wrong.
 * Each line is read as the offer form reads it (`readPayLine`, which sets unread parts aside and
 * reads the rest again).
 */
const reading = (line: string) => {
  const read = readPayLine(line)
  return read.ok
    ? { pay: read.pay, unread: read.unread, afterTax: read.afterTax }
    : { error: read.error, unread: read.unread }
}

const SIGN_ON_100K = { low: 10_000_000, high: 10_000_000 }

describe('a sign-on with its amount first, joined to the base by a word, is read as one', () => {
  it.each([
    ['base 50k x 15, a 100k sign-on', 5_000_000],
    ['base 50k x 15, a 100k signing bonus', 5_000_000],
    ['base 50k x 15 with a 100k sign-on bonus', 5_000_000],
    ['base 50k x 15 plus a one-time 100k signing', 5_000_000],
    ['800k base, and a 100k sign-on bonus', 80_000_000],
    ['base 50k x 15, a one-off signing bonus of 100k', 5_000_000],
    ['月薪 5 万 x 15，还有 10 万签字费', 5_000_000],
    ['月薪 5 万 x 15，给 10 万签字费', 5_000_000],
    ['月薪 5 万 x 15 和 10 万签字费', 5_000_000],
    ['月薪5万x15，一次性签字费10万', 5_000_000],
    ['月薪5万x15，10万一次性签字费', 5_000_000],
  ])('%s: the base and a 100k sign-on, nothing unread', (line, base) => {
    // Refused as two figures ("50k / 100k"), or "一次性" listed as unread.
    const read = reading(line)
    expect(read).toMatchObject({ pay: { signOn: SIGN_ON_100K }, unread: [] })
    const pay = 'pay' in read ? read.pay : null
    expect(pay?.kind === 'annual' ? pay.annual.low : pay?.monthly.low).toBe(base)
  })

  it.each([
    ['年包 95w（含 20w 股票和 10w 签字费）', '含 20w 股票和 10w 签字费'],
    ['total comp 950k including a 100k sign-on', 'including a 100k sign-on'],
  ])('%s: said inside the package, still refused as a sign-on inside', (line, fragment) => {
    expect(reading(line)).toEqual({
      error: { code: 'several-amounts', fragment, why: 'sign-on-inside' },
      unread: [],
    })
  })

  it('800k, not including a 100k sign-on: on top', () => {
    expect(reading('800k, not including a 100k sign-on')).toMatchObject({
      pay: { annual: { low: 80_000_000 }, signOn: SIGN_ON_100K },
      unread: [],
    })
  })

  it('base 50k x 15 plus a 100k bonus: a bonus joined so is no sign-on', () => {
    expect(reading('base 50k x 15 plus a 100k bonus')).not.toMatchObject({
      pay: { signOn: expect.anything() as unknown },
    })
  })
})

describe('港刀 and 新刀 are dollars only after an amount or as a clause of their own', () => {
  it.each([
    ['年薪 60 万，新刀法', '新刀法'],
    ['新刀法：年薪 60 万', '新刀法'],
    ['港刀哥推荐，年薪 60 万', '港刀哥推荐'],
    ['年薪 60 万，港刀哥推荐', '港刀哥推荐'],
  ])('%s stays in yuan, %s set aside as a word', (line, word) => {
    // Read in Singapore or Hong Kong dollars, "法" or "哥推荐" unread.
    expect(reading(line)).toMatchObject({
      pay: { annual: { low: 60_000_000 }, currency: null },
      unread: [word],
    })
  })

  it.each([
    ['年薪 60 万新刀', 'SGD'],
    ['60 万港刀', 'HKD'],
    ['年薪 20 万 港刀', 'HKD'],
    ['年薪60万，港刀', 'HKD'],
    ['年薪 60 万（新刀）', 'SGD'],
    ['港刀，年薪 60 万', 'HKD'],
  ] as const)('%s is read in %s', (line, currency) => {
    expect(reading(line)).toMatchObject({ pay: { currency }, unread: [] })
  })
})

describe('a job level is no figure of the pay', () => {
  it.each([
    ['阿里 P7：base 40k×16', 'P7', { monthly: { low: 4_000_000 }, months: 16 }],
    ['阿里P7，月薪4万，16薪', 'P7', { monthly: { low: 4_000_000 }, months: 16 }],
    ['腾讯 T3-1，月薪 5w，18 薪', 'T3-1', { monthly: { low: 5_000_000 }, months: 18 }],
    ['P6-P7，月薪 3-4 万，16 薪', 'P6-P7', { monthly: { high: 4_000_000 }, months: 16 }],
    ['Google L5, base $200k', 'L5', { annual: { low: 20_000_000 }, currency: 'USD' }],
    ['华为 17 级，月薪 4 万 × 15', '17 级', { monthly: { low: 4_000_000 }, months: 15 }],
    ['职级 P7，月薪 4 万 × 15', '职级 P7', { monthly: { low: 4_000_000 }, months: 15 }],
  ])('%s reads the pay, %s set aside', (line, level, pay) => {
    // Refused as two figures, the level's digits read as an amount ("7 / 40k", "3-1 / 5w").
    const read = reading(line)
    expect(read).toMatchObject({ pay })
    expect('unread' in read && read.unread).toContain(level)
  })

  it.each(['月薪 4 万 x15', '60k x15', '4w5*15'])(
    '%s: a count after "x" is still the months',
    (line) => {
      expect(reading(line)).toMatchObject({ pay: { months: 15 }, unread: [] })
    },
  )
})

describe('an allowance with its amount is set aside, and the base read', () => {
  it.each([
    [
      '月薪 3.5 万 × 13 薪，房补 3000/月',
      '房补 3000/月',
      { monthly: { low: 3_500_000 }, months: 13 },
    ],
    ['月薪 4w，13薪，餐补 1000', '餐补 1000', { monthly: { low: 4_000_000 }, months: 13 }],
    [
      '月薪 3 万 × 15 + 每月房补 5000',
      '每月房补 5000',
      { monthly: { low: 3_000_000 }, months: 15 },
    ],
    ['月薪3万x15，交通补贴500', '交通补贴500', { monthly: { low: 3_000_000 }, months: 15 }],
    ['月薪 3 万 x 15，另有 3000 房补', '3000 房补', { monthly: { low: 3_000_000 }, months: 15 }],
    ['月薪 3 万 x 15（含房补 3000）', '含房补 3000', { monthly: { low: 3_000_000 }, months: 15 }],
    [
      'base 40k x 15, housing allowance 5k/month',
      'housing allowance 5k/month',
      { monthly: { low: 4_000_000 }, months: 15 },
    ],
    [
      '年薪 60 万，另有住房补贴 每月 3000 元',
      '另有住房补贴 每月 3000 元',
      { annual: { low: 60_000_000 } },
    ],
  ])('%s: %s not read, the base is', (line, allowance, pay) => {
    // Refused whole as two figures ("3.5 万 / 3000"): the base was lost for an allowance.
    expect(reading(line)).toMatchObject({ pay, unread: [allowance] })
  })
})

describe('"12+3 薪": twelve months and the extra ones, read as their total', () => {
  it.each([
    ['月薪 4 万，12+3 薪', 15],
    ['月薪 4 万，(12+4) 个月', 16],
    ['月薪4w*(12+3)薪', 15],
    ['月薪 4 万，12+3 薪，签字费 10 万', 15],
  ])('%s: %i months, nothing unread', (line, months) => {
    // Refused as two figures ("4 万 / 12").
    expect(reading(line)).toMatchObject({
      pay: { monthly: { low: 4_000_000 }, months },
      unread: [],
    })
  })

  it('40k x 12 + 4 months bonus stays twelve months and a bonus', () => {
    expect(reading('40k x 12 + 4 months bonus')).toMatchObject({
      pay: { months: 12, bonus: { kind: 'months', months: 4 } },
    })
  })
})

describe('"TC" is total comp, a year\'s package', () => {
  it.each([
    ['TC 1.2M RMB', 120_000_000],
    ['TC ~1.2M RMB', 120_000_000],
    ['TC $450k', 45_000_000],
  ])('%s: a year, possibly with stock inside, "TC" read', (line, annual) => {
    // "TC" was left unread, in red, and nothing said a package may hold stock.
    expect(reading(line)).toMatchObject({
      pay: { kind: 'annual', annual: { low: annual }, stockInside: 'possible' },
      unread: [],
    })
  })

  it('TC 1.2M incl. RSU 300k/yr: 900k cash and the stock', () => {
    expect(reading('TC 1.2M incl. RSU 300k/yr')).toMatchObject({
      pay: { annual: { low: 90_000_000 }, stock: { perYear: { low: 30_000_000 } } },
      unread: [],
    })
  })
})
