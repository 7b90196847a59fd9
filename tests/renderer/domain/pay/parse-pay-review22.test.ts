import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * Review 22 of the pay parser. Each line is read as the offer form reads it (`readPayLine`, which
 * sets unread parts aside and reads the rest again), where each of these went wrong.
 */
const refusal = (line: string) => {
  const read = readPayLine(line)
  return read.ok
    ? { read: read.pay, unread: read.unread }
    : { error: read.error, unread: read.unread }
}

describe('H1: a sign-on said to be inside the figure is not added on top', () => {
  it.each([
    ['总包 120w（含签字费 10w）', '含签字费 10w'],
    ['年包 95w，包含签字费 10w', '包含签字费 10w'],
    ['年薪 80 万，含签字费 10 万', '含签字费 10 万'],
    ['package 1.2M incl. sign-on 100k', 'incl. sign-on 100k'],
    ['total package 1.2M, of which sign-on 100k', 'of which sign-on 100k'],
    ['年薪 80 万，签字费 10 万已含', '签字费 10 万已含'],
    ['年薪 80 万（签字费 10 万在内）', '签字费 10 万在内'],
  ])('%s is refused, naming %s', (line, fragment) => {
    // Was read as the figure a year plus the sign-on in year one ("含" set aside).
    expect(refusal(line)).toEqual({ error: { code: 'several-amounts', fragment }, unread: [] })
    expect(parsePay(line)).toEqual({ ok: false, error: { code: 'several-amounts', fragment } })
  })

  it.each(['年薪 80 万，不含签字费 10 万', '年薪 80 万，不包含签字费 10 万'])(
    '%s leaves the sign-on out of the figure: it is on top',
    (line) => {
      expect(readPayLine(line)).toMatchObject({
        ok: true,
        pay: { annual: { low: 80_000_000 }, signOn: { low: 10_000_000, high: 10_000_000 } },
      })
    },
  )
})
