import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * Review 20 of the pay parser, the lead's part: an after-tax figure beside the pre-tax one, the
 * words that say a figure is pre-tax, and "up to" bonuses written another way.
 */
describe('an after-tax figure beside the pre-tax one is set aside, not the whole line refused', () => {
  it.each([
    ['月薪 3 万（税前），到手约 2.3 万', '到手约 2.3 万'],
    ['税前月薪 3 万，税后 2.3 万左右', '税后 2.3 万左右'],
    ['30k gross, 22k net', '22k net'],
  ])('%s', (line, clause) => {
    const read = readPayLine(line)
    if (!read.ok) throw new Error(JSON.stringify(read.error))
    expect(read.pay).toMatchObject({ kind: 'monthly', monthly: { low: 3_000_000 } })
    expect(read.unread).toEqual([])
    // Set aside as after tax, not as unread (review 21 M3: the form listed it in red as unread).
    expect(read.afterTax).toEqual([clause])
  })

  it('still refuses a line whose only figure is after tax', () => {
    for (const line of ['税后月薪 4 万', '到手 2 万', '22k net']) {
      const read = parsePay(line)
      expect(read.ok ? null : read.error.code).toBe('after-tax')
    }
  })
})

describe('pre-tax words are filler', () => {
  it.each(['base 30k pre-tax, 14 months', '30k before tax x 14', '30k gross x 14'])(
    '%s',
    (line) => {
      const read = readPayLine(line)
      if (!read.ok) throw new Error(JSON.stringify(read.error))
      expect(read.pay).toMatchObject({ kind: 'monthly', monthly: { low: 3_000_000 }, months: 14 })
      expect(read.unread).toEqual([])
    },
  )
})

describe('"up to" bonuses', () => {
  it.each([
    ['年终奖最高可达 6 个月，月薪 5 万', 6],
    ['40k x 13, bonus: up to 3 months', 3],
  ])('%s is 0 to N months', (line, high) => {
    const read = parsePay(line)
    if (!read.ok) throw new Error(JSON.stringify(read.error))
    expect(read.pay.bonus).toEqual({ kind: 'months', months: 0, monthsHigh: high })
  })
})
