import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../renderer/domain'

/**
 * Lines a read-only review (review 14) found read to a wrong figure, each with the reading or the
 * refusal it must get. Figures in yuan.
 */
const yuan = (value: number) => value * 100
const point = (value: number) => ({ low: yuan(value), high: yuan(value) })

describe('"年终 N 薪": N from 12 up is the month count, not a bonus on top', () => {
  it.each([
    ['月薪 3 万，年终 14 薪', 14],
    ['月薪3万 年终奖13薪', 13],
    ['年终奖：13薪，月薪 3 万', 13],
    ['月薪 3 万，年终为 12.5 薪', 12.5],
    // In Chinese numerals too (the numerals came in the same session, 436d2b9).
    ['月薪 3 万，年终十四薪', 14],
    ['月薪三万，年终奖十三薪', 13],
  ])('%s is 30k × %s, with no bonus', (text, months) => {
    expect(parsePay(text)).toMatchObject({
      ok: true,
      pay: { kind: 'monthly', monthly: point(30_000), months, bonus: null, notes: [] },
    })
  })

  it('refuses a line that gives both a month count and months before the bonus word', () => {
    expect(parsePay('2 个月年终 14 薪 月薪 3 万')).toEqual({
      ok: false,
      error: { code: 'several-amounts', fragment: '2 个月 / 14 薪' },
    })
  })

  it('still reads a few months in 薪 as the bonus ("年终 2 薪")', () => {
    expect(parsePay('月薪 3 万，年终 2 薪')).toMatchObject({
      ok: true,
      pay: { kind: 'monthly', months: 12, bonus: { kind: 'months', months: 2 } },
    })
  })
})

describe('a bonus the line says is inside the total is refused, not added on top', () => {
  it.each([
    ['年薪 60 万，其中年终奖 10 万', '其中年终奖 10 万'],
    ['年薪 60 万（年终 10 万已含）', '年终 10 万已含'],
    ['年薪 60 万（年终奖 10 万包含在内）', '年终奖 10 万包含在内'],
    ['月薪 3 万，14 薪，其中年终 2 个月', '其中年终 2 个月'],
    ['600k a year, of which bonus 100k', 'of which bonus 100k'],
    ['600k annual package, bonus 100k included', 'bonus 100k included'],
    ['600k total comp, bonus 100k incl.', 'bonus 100k incl.'],
    ['600k total comp incl. bonus 100k', 'incl. bonus 100k'],
  ])('%s', (text, fragment) => {
    expect(parsePay(text)).toEqual({ ok: false, error: { code: 'several-amounts', fragment } })
  })
})

describe('"月薪" after a bonus is the base\'s word unless it is the unit of the bonus\'s months', () => {
  it.each([
    ['年终奖 50 万 月薪 20 万', 200_000, { kind: 'amount', amount: point(500_000) }],
    ['年终奖 10 万 月薪 3 万', 30_000, { kind: 'amount', amount: point(100_000) }],
    ['年终奖 2 个月 月薪 25 万', 250_000, { kind: 'months', months: 2 }],
    ['bonus 2 months monthly salary 30k', 30_000, { kind: 'months', months: 2 }],
  ])('%s is %s a month, with no inferred period', (text, monthly, bonus) => {
    expect(parsePay(text)).toMatchObject({
      ok: true,
      pay: { kind: 'monthly', monthly: point(monthly), months: 12, bonus },
    })
    const result = parsePay(text)
    expect(result.ok && result.pay.notes).toEqual(['months-assumed-12'])
  })

  it('keeps "个月月薪" as the unit of the bonus\'s months when the base has a word of its own', () => {
    for (const text of ['年终奖为 1 个月月薪 25万/年', '年终奖 2 个月 月薪 25万/年']) {
      expect(parsePay(text), text).toMatchObject({
        ok: true,
        pay: { kind: 'annual', annual: point(250_000), bonus: { kind: 'months' } },
      })
    }
  })
})

/** A monthly figure from 160k to 400k (the shared property test stops at 160k), in yuan. */
const largeMonthly = fc
  .record({ k: fc.integer({ min: 160, max: 400 }), form: fc.integer({ min: 0, max: 3 }) })
  .map(({ k, form }) => ({
    yuan: k * 1000,
    text: [`${k}k`, `${k / 10}万`, `${k / 10}w`, `${k * 1000}`][form] ?? '',
  }))
const MONTHLY_WORDS: [string, string][] = [
  ['月薪 ', ''],
  ['月薪', ''],
  ['月薪：', ''],
  ['monthly salary ', ''],
  ['', '/月'],
  ['', ' per month'],
]
const BONUSES: [string, Record<string, unknown>][] = [
  ['年终 2 个月', { kind: 'months', months: 2 }],
  ['年终奖为 3 个月月薪', { kind: 'months', months: 3 }],
  ['2 个月年终奖', { kind: 'months', months: 2 }],
  ['bonus 2 months', { kind: 'months', months: 2 }],
  ['年终奖 50 万', { kind: 'amount', amount: point(500_000) }],
  ['年终奖 10w', { kind: 'amount', amount: point(100_000) }],
  ['year-end bonus 100k', { kind: 'amount', amount: point(100_000) }],
]

describe('a large monthly base beside a bonus (property)', () => {
  it("is read as the month's figure with its bonus, or refused", () => {
    fc.assert(
      fc.property(
        largeMonthly,
        fc.constantFrom(...MONTHLY_WORDS),
        fc.constantFrom(...BONUSES),
        fc.constantFrom(' ', '，', '；', '\n', ', '),
        fc.boolean(),
        (figure, [before, after], [bonusText, bonus], separator, bonusFirst) => {
          const base = `${before}${figure.text}${after}`
          const text = bonusFirst
            ? `${bonusText}${separator}${base}`
            : `${base}${separator}${bonusText}`
          const result = parsePay(text)
          if (!result.ok) return
          expect(result.pay, text).toMatchObject({
            kind: 'monthly',
            monthly: point(figure.yuan),
            months: 12,
            bonus,
          })
        },
      ),
      { numRuns: 2000, seed: 20261201 },
    )
  })
})

describe('a range of month counts has a code of its own', () => {
  it.each([
    ['30k*14-16', '*14-16'],
    ['月薪 25k，13-14 薪', '13-14 薪'],
    ['月薪 3 万，年终 12-14 薪', '12-14 薪'],
  ])('%s is refused as months-range, naming %s', (text, fragment) => {
    expect(parsePay(text)).toEqual({ ok: false, error: { code: 'months-range', fragment } })
  })
})

describe('an unreadable part says where it starts', () => {
  it.each([
    ['年薪 18 万（年）', '年', 8],
    ['annual salary 150k plus a bonus', 'a', 24],
    ['  hello 30k', 'hello', 2],
    ['ＲＳＵ，３０ｋ', 'RSU', 0],
    ['月薪 30', '30', 3],
    ['日薪 1000', '日薪 1000', 0],
  ])('%s: %s at %s', (text, fragment, at) => {
    expect(parsePay(text)).toEqual({ ok: false, error: { code: 'unreadable', fragment, at } })
  })
})

describe('English bonus phrasings read as the bonus', () => {
  it('"bonus of 2-4 months" is a bonus of 2 to 4 months', () => {
    expect(parsePay('45k/month, bonus of 2-4 months')).toMatchObject({
      ok: true,
      pay: { kind: 'monthly', monthly: point(45_000), bonus: { months: 2, monthsHigh: 4 } },
    })
  })

  it('"bonus 100k monthly salary 200k": the "month" of "monthly" is not the bonus\'s unit', () => {
    expect(parsePay('bonus 100k monthly salary 200k')).toMatchObject({
      ok: true,
      pay: {
        kind: 'monthly',
        monthly: point(200_000),
        bonus: { kind: 'amount', amount: point(100_000) },
      },
    })
  })
})
