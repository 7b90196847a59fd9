import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

const yuan = (amount: number) => amount * 100

describe('parser28: an allowance with its own currency sign', () => {
  // "$150k, meal allowance $20/day" was refused whole: the "$" between the word and its amount
  // kept the allowance unmatched, and its "/day" then refused the line as pay by the day.
  it.each([
    ['$150k, meal allowance $20/day', 'meal allowance $20/day'],
    ['$150k, meal allowance US$20 per day', 'meal allowance US$20 per day'],
    ['$150k, $20/day meal allowance', '$20/day meal allowance'],
    ['$150k, meal allowance 20 USD/day', 'meal allowance 20 USD/day'],
  ])('sets the allowance aside and reads the base: %s', (line, allowance) => {
    expect(parsePay(line)).toMatchObject({
      ok: false,
      error: { code: 'unreadable', fragment: allowance, at: line.indexOf(allowance) },
    })
    expect(readPayLine(line)).toMatchObject({
      ok: true,
      pay: { kind: 'annual', annual: { low: yuan(150_000) }, currency: 'USD' },
      unread: [allowance],
    })
  })

  it('still refuses pay by the day', () => {
    expect(readPayLine('$20/day').ok).toBe(false)
  })
})

describe('parser28: a bare "加" joins a part as "+" does', () => {
  // "年薪 60 万 加 10 万签字费" was refused as two figures, "60 万 / 10 万".
  it.each(['年薪 60 万 加 10 万签字费', '年薪 60 万，加 10 万签字费', '年薪 60 万加10万签字费'])(
    'reads the sign-on: %s',
    (line) => {
      expect(parsePay(line)).toMatchObject({
        ok: true,
        pay: {
          kind: 'annual',
          annual: { low: yuan(600_000) },
          signOn: { low: yuan(100_000), high: yuan(100_000) },
        },
      })
    },
  )

  // "加" was left unread before a bonus or options, where "+" was read.
  it('reads a bonus or options after it', () => {
    expect(parsePay('年薪 60 万 加 年终奖 10 万')).toMatchObject({
      ok: true,
      pay: { annual: { low: yuan(600_000) }, bonus: { kind: 'amount' } },
    })
    expect(parsePay('月薪 3 万加年终 2 个月')).toMatchObject({
      ok: true,
      pay: { monthly: { low: yuan(30_000) }, bonus: { kind: 'months', months: 2 } },
    })
    expect(parsePay('月薪 3 万 加 期权')).toMatchObject({ ok: true, pay: { options: {} } })
  })

  // Beside a package a bonus is inside it unless said to be added: "加" says so, as "+" does.
  it('counts a bonus after "加" on top of a package', () => {
    expect(parsePay('年包 95w 加年终 3 个月')).toMatchObject({
      ok: true,
      pay: { annual: { low: yuan(950_000) }, bonus: { kind: 'months', months: 3 } },
    })
  })

  it('leaves the "加" of a word not read in it, and two bare figures refused', () => {
    expect(parsePay('年薪 60 万 加班费另算')).toMatchObject({
      ok: false,
      error: { code: 'unreadable', fragment: '加班费另算' },
    })
    expect(parsePay('年薪 60 万 加 10 万')).toMatchObject({
      ok: false,
      error: { code: 'several-amounts', fragment: '60 万 / 10 万' },
    })
  })
})

describe('parser28: a stated total after the months in a clause of their own', () => {
  // "月薪 5 万，16 薪，共 80 万" was refused as two figures, "5 万 / 80 万": the total only
  // says 5 万 × 16 again, as "6万×16=96万" does (read since parser26).
  it.each([
    ['月薪 5 万，16 薪，共 80 万', 50_000, 16],
    ['月薪 5 万，16 薪，合计 80 万', 50_000, 16],
    ['月薪 5 万，16 薪，总共 80 万', 50_000, 16],
    ['月薪 5 万，十六薪，一共 80 万', 50_000, 16],
    ['50k/month, 16 months, total 800k', 50_000, 16],
  ])('%s is read once', (line, monthly, months) => {
    expect(parsePay(line)).toMatchObject({
      ok: true,
      pay: { kind: 'monthly', monthly: { low: yuan(monthly), high: yuan(monthly) }, months },
    })
  })

  it.each([
    ['月薪 5 万，16 薪，共 90 万', '5 万,16 薪 / 共 90 万'],
    ['50k/month, 16 months, total 900k', '50k/month, 16 months / total 900k'],
  ])('a total that disagrees is refused, naming both: %s', (line, fragment) => {
    expect(parsePay(line)).toEqual({
      ok: false,
      error: { code: 'several-amounts', fragment, why: 'total-disagrees' },
    })
  })

  // A bonus between: the total may count it or not, so it is not taken as the product.
  it('a total after a bonus is still two figures', () => {
    expect(parsePay('月薪 5 万，16 薪，年终奖 2 个月，共 80 万')).toMatchObject({
      ok: false,
      error: { code: 'several-amounts' },
    })
  })
})

describe('parser28: 亿 is 10^8 yuan in an amount, never in a count of shares', () => {
  // "年包 0.1 亿" was left unread as "0.1"; "年薪 1 亿" as "1".
  it.each([
    ['年包 0.1 亿', 10_000_000, 10_000_000],
    ['年薪 1.2 亿元', 120_000_000, 120_000_000],
    ['年薪一亿', 100_000_000, 100_000_000],
    ['年包 1-2 亿', 100_000_000, 200_000_000],
  ])('%s', (line, low, high) => {
    expect(parsePay(line)).toMatchObject({
      ok: true,
      pay: { kind: 'annual', annual: { low: yuan(low), high: yuan(high) } },
    })
  })

  // A count of shares is no money: named whole, set aside, the options' count still asked for.
  it('names "1 亿股" whole and reads no money from it', () => {
    expect(parsePay('月薪 3 万，期权 1 亿股')).toMatchObject({
      ok: false,
      error: { code: 'unreadable', fragment: '1 亿股' },
    })
    expect(readPayLine('月薪 3 万，期权 1 亿股')).toMatchObject({
      ok: true,
      pay: { monthly: { low: yuan(30_000) }, options: { count: null } },
      unread: ['1 亿股'],
    })
  })

  it('a second figure in 亿 is a second figure', () => {
    expect(parsePay('月薪 3 万，公司估值 10 亿')).toMatchObject({
      ok: false,
      error: { code: 'several-amounts', fragment: '3 万 / 10 亿' },
    })
  })
})

describe('parser28: a last digit after 百 or 千 counts the place below, its word unsaid', () => {
  // "年薪一百五万" was read as 105 万 and "一千五万" as 1,005 万, silently: "一百五" is 150, as
  // "两万五" is 25,000; only "一百零五" is 105.
  it.each([
    ['年薪一百五万', 1_500_000],
    ['年薪两百五万', 2_500_000],
    ['年薪一千五万', 15_000_000],
    ['年薪一千二百五万', 12_500_000],
    ['年薪一百零五万', 1_050_000],
    ['年薪一千零五万', 10_050_000],
    ['年薪两百五十万', 2_500_000],
  ])('%s is %i', (line, annual) => {
    expect(parsePay(line)).toMatchObject({
      ok: true,
      pay: { kind: 'annual', annual: { low: yuan(annual), high: yuan(annual) } },
    })
  })

  // "两百五" is 250, with no unit: too small to be pay in yuan, and the 万 a speaker may mean is
  // not written, so it is named, as "年薪 250" is, never read as 2.5 million.
  it('leaves a bare "两百五" for the user, named', () => {
    expect(parsePay('年薪两百五')).toMatchObject({
      ok: false,
      error: { code: 'unreadable', fragment: '两百五' },
    })
  })
})

describe('parser28: two neighbouring digits are the range they say (概数)', () => {
  // "十四五万" was left unread: written Chinese gives "14 or 15 万" so, with no mark between.
  it.each([
    ['年薪十四五万', 140_000, 150_000],
    ['年薪二十四五万', 240_000, 250_000],
    ['年薪四五十万', 400_000, 500_000],
    ['年薪两三百万', 2_000_000, 3_000_000],
  ])('%s is %i to %i a year', (line, low, high) => {
    expect(parsePay(line)).toMatchObject({
      ok: true,
      pay: { kind: 'annual', annual: { low: yuan(low), high: yuan(high) } },
    })
  })

  it.each([
    ['月薪三四万', 30_000, 40_000],
    ['月薪两三万', 20_000, 30_000],
    ['月薪七八千', 7_000, 8_000],
  ])('%s is %i to %i a month', (line, low, high) => {
    expect(parsePay(line)).toMatchObject({
      ok: true,
      pay: { kind: 'monthly', monthly: { low: yuan(low), high: yuan(high) } },
    })
  })

  it('reads a bonus so too', () => {
    expect(parsePay('月薪 3 万，年终奖三四万')).toMatchObject({
      ok: true,
      pay: { bonus: { kind: 'amount', amount: { low: yuan(30_000), high: yuan(40_000) } } },
    })
  })

  // Not neighbours ("三五" is also "a few"), three digits, no unit, a spoken digit after the
  // unit: no two ends one can be sure of, so the word is named.
  it.each([
    ['年薪三五十万', '三五十万'],
    ['年薪十五六七万', '十五六七万'],
    ['月薪十四五', '十四五'],
    ['月薪三四万五', '三四万五'],
  ])('leaves %s for the user, naming %s', (line, fragment) => {
    expect(parsePay(line)).toMatchObject({ ok: false, error: { code: 'unreadable', fragment } })
  })
})
