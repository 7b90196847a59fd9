import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * Review 21 L12: a decimal comma ("12,5k", "12,5万") was read as two figures, "12 / 5k", and in
 * an amount input as 125. It is refused by name, so the form can ask for a point; a comma before
 * three digits still groups thousands, and a Chinese keyboard's "，" still breaks a clause.
 */
describe('a figure written with a decimal comma', () => {
  it.each([
    ['12,5k', '12,5k'],
    ['12,5万', '12,5万'],
    ['月薪 12,5k × 15', '12,5k'],
    ['1,5M package', '1,5M'],
    ['€ 62,25k a year', '62,25k'],
  ])('%s is refused, naming "%s"', (line, fragment) => {
    const parsed = parsePay(line)
    expect(parsed.ok ? null : parsed.error).toMatchObject({
      code: 'unreadable',
      fragment,
      why: 'decimal-comma',
    })
    // The offer form stops there: set aside, the rest would be read without the figure.
    const read = readPayLine(line)
    expect(read.ok ? null : read.error).toMatchObject({ fragment, why: 'decimal-comma' })
    expect(read.unread).toEqual([])
  })

  it.each([
    ['月薪 12,500', 1_250_000],
    ['月薪 12,500 × 14', 1_250_000],
    ['月薪30000,13薪', 3_000_000],
    ['30k,14薪', 3_000_000],
    ['月薪4万×16，12万签字费', 4_000_000],
  ])('%s is read as before', (line, monthly) => {
    const read = readPayLine(line)
    expect(read.ok && read.pay.kind === 'monthly' ? read.pay.monthly.low : null).toBe(monthly)
  })
})
