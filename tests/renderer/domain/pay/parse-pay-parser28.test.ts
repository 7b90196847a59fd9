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
