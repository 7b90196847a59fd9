import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../renderer/ui/screens/offers/editor/pay-line'

const yuan = (amount: number) => amount * 100

describe('review 26’s pay lines', () => {
  // M2: an allowance pasted alone filled the offer form's base pay with the allowance's figure
  // ("房补 3000/月" read as a base of 3,000 a month, its word left unread). An allowance is no
  // base: the whole line is named for the user, as before 60ad820.
  it.each(['房补 3000/月', 'housing allowance 5k/month', '每月餐补 1000', 'allowance 3000'])(
    'an allowance alone fills no base pay: %s',
    (line) => {
      expect(parsePay(line)).toMatchObject({ ok: false, error: { fragment: line, at: 0 } })
      expect(readPayLine(line)).toMatchObject({ ok: false, unread: [line] })
    },
  )

  // Only a stipend (津贴, stipend) stands alone as the whole pay (review 25 L1).
  it.each([
    ['博士后津贴 30 万/年', 300_000],
    ['PhD stipend 40k/year', 40_000],
  ])('a stipend alone is still the pay: %s', (line, annual) => {
    expect(readPayLine(line)).toMatchObject({ ok: true, pay: { annual: { low: yuan(annual) } } })
  })

  // Review 27: "alone" counted digits only, so a stipend beside a base in Chinese numerals was
  // taken for the whole pay and the line refused as two figures ("三万 / 2000"), while the same
  // line with 房补 set the allowance aside. Now both set it aside and read the base.
  it.each(['月薪三万，住房津贴 2000/月', '月薪三万，房补 2000/月'])(
    'beside a base in Chinese numerals, an allowance is set aside: %s',
    (line) => {
      expect(readPayLine(line)).toMatchObject({
        ok: true,
        pay: { kind: 'monthly', monthly: { low: yuan(30_000) } },
        unread: [line.slice(line.indexOf('，') + 1)],
      })
    },
  )
  it('a stipend in Chinese numerals alone is still the pay', () => {
    expect(readPayLine('博士后津贴三十万/年')).toMatchObject({
      ok: true,
      pay: { annual: { low: yuan(300_000) } },
    })
  })
})
