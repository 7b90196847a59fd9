import { describe, expect, it } from 'vitest'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * Review 23 of the pay parser. Each line is read as the offer form reads it (`readPayLine`, which
 * sets unread parts aside and reads the rest again), where each of these went wrong.
 */
const reading = (line: string) => {
  const read = readPayLine(line)
  return read.ok
    ? { pay: read.pay, unread: read.unread, afterTax: read.afterTax }
    : { error: read.error, unread: read.unread }
}

describe('M1: "刀" is a US dollar only right after an amount', () => {
  it.each([
    ['年薪 20 万港刀', 'HKD'],
    ['年薪20万新刀', 'SGD'],
    ['月薪 3 万刀', 'USD'],
    ['年薪 20 万美刀', 'USD'],
  ] as const)('%s is read in %s', (line, currency) => {
    // '港刀' was read as US dollars with '港' unread: a 7.8× error on every figure.
    expect(reading(line)).toMatchObject({
      pay: { currency },
      unread: [],
    })
  })

  it.each(['年薪 60 万，砍一刀', '年薪 60 万 一刀切'])(
    '%s stays in yuan: its "刀" is no currency',
    (line) => {
      expect(reading(line)).toMatchObject({ pay: { currency: null } })
    },
  )

  it.each([
    ['年薪 20 万加刀', '加刀'],
    ['年薪 20 万澳刀', '澳刀'],
    ['base 200k CAD', 'CAD'],
  ])('%s is refused, naming %s: the app holds no such currency', (line, fragment) => {
    expect(reading(line)).toMatchObject({
      error: { code: 'unreadable', fragment, why: 'currency' },
      unread: [],
    })
  })
})
