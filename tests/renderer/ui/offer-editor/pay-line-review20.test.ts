import { describe, expect, it } from 'vitest'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * New-user trial 20: "package 1.35M incl. stock" and "总包 135 万（含股票）" filled the base with
 * the whole figure, counted and shown as cash. A figure said to include stock, with no part of
 * it given, is refused: the form holds cash and stock apart.
 */
describe('a figure that includes stock of no stated value is refused', () => {
  it.each([
    ['package 1.35M incl. stock', 'incl. stock'],
    ['总包 135 万（含股票）', '含股票'],
    ['总包 135 万(包括股票)', '包括股票'],
    ['年包 80 万，含股票', '含股票'],
    ['年包 80 万（含股权激励）', '含股权激励'],
    ['total comp 1M including RSU', 'including RSU'],
    ['年薪 80w, stock included', 'stock included'],
  ])('%s', (line, fragment) => {
    expect(readPayLine(line)).toEqual({
      ok: false,
      error: { code: 'stock-inside-unknown', fragment },
      unread: [],
      afterTax: [],
    })
  })
})

describe('the stock’s part given, the rest is the cash', () => {
  it.each([
    ['年包 100w（含 20w 股票）', 800_000, 200_000],
    ['1.2M package incl. 300k RSU/yr, 4-year vest', 900_000, 300_000],
  ])('%s', (line, cash, stock) => {
    const reading = readPayLine(line)
    expect(reading).toMatchObject({
      ok: true,
      pay: {
        kind: 'annual',
        annual: { low: cash * 100 },
        stock: { perYear: { low: stock * 100 } },
      },
      unread: [],
    })
  })
})

describe('what read before still reads', () => {
  it.each(['总包 120 万', '年薪 80 万（不含股票）', '年包 80 万（现金）'])('%s', (line) => {
    expect(readPayLine(line).ok).toBe(true)
  })
})
