import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * A year-end bonus written as a share of the base ("年终奖 20%", "bonus 15% of base"): refused as
 * two figures, the model having no place for it (user trial, item 4 of its first list). Read as
 * the months of base it comes to, a share of the year's base (the norm for 年终奖 N%), with the
 * share kept and a note, so the reading can say "20% of the base, 2.4 months".
 */
describe('a bonus as a share of the base is read as months of it', () => {
  it.each([
    ['月薪 4 万 × 12，年终奖 20%', 2.4, undefined, 20, 20],
    ['月薪4万×12，年终奖20%', 2.4, undefined, 20, 20],
    ['月薪 4 万，年终奖为 20%', 2.4, undefined, 20, 20],
    ['月薪 4 万 × 12，年终奖 10%-30%', 1.2, 3.6, 10, 30],
    ['月薪 4 万 × 12，年终奖 百分之二十', 2.4, undefined, 20, 20],
    ['月薪 4 万，年终 0-20%', 0, 2.4, 0, 20],
    ['base 40k/month, bonus 15% of base', 1.8, undefined, 15, 15],
  ])('%s: %f months', (line, months, monthsHigh, low, high) => {
    const read = parsePay(line)
    expect(read).toMatchObject({ ok: true, pay: { kind: 'monthly', monthly: { low: 4_000_000 } } })
    if (!read.ok) return
    expect(read.pay.bonus).toEqual({
      kind: 'months',
      months,
      ...(monthsHigh === undefined ? {} : { monthsHigh }),
      percent: { low, high },
    })
  })

  it.each([
    ['base 600k, bonus 15% of base', 60_000_000, 1.8],
    ['base 600k, bonus 15% of base salary', 60_000_000, 1.8],
    ['base 600k + 15% bonus', 60_000_000, 1.8],
    ['base 600k, 15% annual bonus', 60_000_000, 1.8],
    ['base 600k, target bonus 15%', 60_000_000, 1.8],
    ['年薪 60 万，年终奖 20%', 60_000_000, 2.4],
    ['年薪 60 万，年终奖为年薪的 20%', 60_000_000, 2.4],
    ['年薪 60 万，年终奖 20% 年薪', 60_000_000, 2.4],
  ])('%s: a share of a yearly figure, a month being a twelfth', (line, annual, months) => {
    const read = parsePay(line)
    expect(read).toMatchObject({
      ok: true,
      pay: { kind: 'annual', annual: { low: annual }, bonus: { kind: 'months', months } },
    })
    if (!read.ok) return
    expect(read.pay.notes).toContain('bonus-month-of-annual')
    expect(read.pay.bonus).toMatchObject({ percent: { low: Math.round((months * 100) / 12) } })
  })

  it('the rest of the line is read beside it', () => {
    expect(parsePay('月薪 4 万 × 12，年终奖 20%，签字费 10 万')).toMatchObject({
      ok: true,
      pay: { bonus: { months: 2.4 }, signOn: { low: 10_000_000 } },
    })
    expect(readPayLine('月薪 4 万 × 12，年终奖 20% 另算')).toMatchObject({
      ok: true,
      pay: { bonus: { months: 2.4 } },
      unread: [],
    })
  })
})

describe('a share that cannot be placed is refused by name, never read as some figure', () => {
  it.each([
    // Of 12 months or of 16? The line does not say.
    ['月薪 3 万 × 16，年终奖 20%', '年终奖 20%'],
    ['月薪 3 万 × 14，年终奖 20%', '年终奖 20%'],
    // Of the package, not the base.
    ['base 600k, bonus 15% of total comp', 'bonus 15% of total comp'],
    ['base 600k, bonus 15% of package', 'bonus 15% of package'],
    // More than the 24 months a bonus may be.
    ['月薪 4 万 × 12，年终奖 300%', '年终奖 300%'],
  ])('%s', (line, fragment) => {
    expect(parsePay(line)).toEqual({
      ok: false,
      error: { code: 'several-amounts', fragment, why: 'bonus-percent' },
    })
  })

  it.each([
    // A package holds its bonus: as "年包 80 万，年终 3 个月" is refused.
    ['年包 80 万，年终奖 20%', 'several-amounts'],
    // A share inside the pay, or a raise, is set aside as before.
    ['年薪 72 万，其中 20% 绩效', 'unreadable'],
    ['30k × 15，每年调薪 10%', 'unreadable'],
    ['月薪 4 万，绩效 20%', 'several-amounts'],
    // A bonus alone asks for the base.
    ['年终奖 20%', 'bonus-without-base'],
  ])('%s stays refused (%s)', (line, code) => {
    expect(parsePay(line)).toMatchObject({ ok: false, error: { code } })
  })
})
