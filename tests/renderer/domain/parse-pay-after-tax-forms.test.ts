import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * Review 21 L12: after-tax figures written with the word after them ("2.3万到手"), with "实发"
 * (paid out), or with a pay word between ("税后月入") were not all known: alone, "实发约 2.3 万"
 * was read as 23,000 before tax; beside a pre-tax base, "2.3万到手" and "税后月入2.3万" refused the
 * whole line and "实发约2.3万" was a second figure. Each is after tax, as "税后 2.3 万" is.
 */
describe('an after-tax figure, however it is written', () => {
  it.each([
    ['税后 2.3 万', '税后'],
    ['2.3万到手', '到手'],
    ['实发约 2.3 万', '实发'],
    ['到手2.3w', '到手'],
    ['税后月入2.3万', '税后'],
    ['每月實得 2.3 万', '實得'],
  ])('alone, "%s" is refused as after tax ("%s")', (line, word) => {
    expect(parsePay(line)).toEqual({ ok: false, error: { code: 'after-tax', fragment: word } })
    const read = readPayLine(line)
    expect(read.ok ? null : read.error).toEqual({ code: 'after-tax', fragment: word })
  })

  it.each([
    '2.3万到手',
    '实发约2.3万',
    '到手2.3w',
    '税后月入2.3万',
    '税后到手2.3万',
    '每月到手2.3万',
    '到手大概2.3万',
    '到手2.3万/月',
  ])('beside a pre-tax base, "%s" is set aside and the base read', (clause) => {
    const read = readPayLine(`月薪税前4万×15，${clause}`)
    expect(read.ok && read.pay).toMatchObject({
      kind: 'monthly',
      monthly: { low: 4_000_000, high: 4_000_000 },
      months: 15,
    })
    expect(read.unread).toEqual([])
    expect(read.afterTax).toEqual([clause])
  })
})
