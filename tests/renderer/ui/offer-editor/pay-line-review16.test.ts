import { describe, expect, it } from 'vitest'
import { looksLikeStock, readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * The offer form's reading of the lines review 16 found: it set "含" aside and added the stock a
 * line says is inside the figure, and took the stock's currency for the pay's.
 */
describe('the offer form stops on stock it must not add', () => {
  it.each([
    // "年薪 60 万（含股票 20 万/年）" reads 40 万 cash + 20 万 stock since review 22 (parse-pay-review22).
    ['年包 100 万（含 RSU 40 万分 4 年）', 'several-amounts'],
    ['年包 80 万，股票 20 万/年', 'several-amounts'],
    ['月薪 5 万 × 16，RSU $100k over 4 years', 'stock-currency'],
  ])('%s: %s', (line, code) => {
    const reading = readPayLine(line)
    expect(reading.ok, JSON.stringify(reading)).toBe(false)
    expect(!reading.ok && reading.error.code).toBe(code)
  })
})

describe('a line that says there is no stock names none', () => {
  it.each(['无股票', '没有股票', '無股票', 'no stock', 'No equity', 'without RSUs'])(
    '%s',
    (part) => {
      expect(looksLikeStock(part)).toBe(false)
    },
  )

  it.each(['RSU', '股票', '限制性股票', 'stock 150k', 'equity'])('still %s', (part) => {
    expect(looksLikeStock(part)).toBe(true)
  })

  it('"年薪 60 万，无股票" reads as cash, with no stock to enter', () => {
    const reading = readPayLine('年薪 60 万，无股票')
    expect(reading).toMatchObject({ ok: true, pay: { cashOnly: true }, unread: [] })
  })
})
