import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../../renderer/domain/pay/parse-pay'
import { en } from '../../../../renderer/ui/i18n/en'
import { zhCN } from '../../../../renderer/ui/i18n/zh-CN'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * The paste boxes' placeholders are one line each that the parser reads whole, as the form
 * will: an example the user can copy the shape of. (They were lists of four examples, the
 * offer form's joined by '·', which no pasted line looks like.)
 */
const yuan = (value: number) => value * 100

describe('the paste placeholders', () => {
  it.each([
    ['en', en.offerEditor.pay.pastePlaceholder],
    ['zh-CN', zhCN.offerEditor.pay.pastePlaceholder],
  ])('offer form (%s): "%s" is read whole, stock included', (_language, text) => {
    const reading = readPayLine(text)
    expect(reading).toMatchObject({
      ok: true,
      unread: [],
      pay: {
        kind: 'monthly',
        monthly: { low: yuan(30_000), high: yuan(40_000) },
        months: 14,
        stock: { perYear: { low: yuan(50_000), high: yuan(50_000) } },
      },
    })
  })

  it.each([
    ['en', en.profile.pay.pastePlaceholder],
    ['zh-CN', zhCN.profile.pay.pastePlaceholder],
  ])('profile (%s): "%s" is read whole', (_language, text) => {
    const result = parsePay(text)
    expect(result).toMatchObject({
      ok: true,
      pay: {
        kind: 'monthly',
        monthly: { low: yuan(30_000), high: yuan(40_000) },
        months: 14,
        bonus: { kind: 'months', months: 2 },
        notes: [],
      },
    })
    // The profile keeps no stock from a line: its example names none.
    expect(result.ok && result.pay.stock).toBeUndefined()
  })
})
