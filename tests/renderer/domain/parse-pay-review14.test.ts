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
