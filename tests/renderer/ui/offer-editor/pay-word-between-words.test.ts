import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../../renderer/domain'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * Review 17: a pay word with other words right against both its sides ("期望年薪为 18 万") was
 * taken into one unread word with them (1cf509d, meant for dates such as "二月底薪资调整"), so the
 * offer form set "期望年薪为" aside whole and guessed the period from the figure: 18 万 a month,
 * 25 万 a year. Only a word that ends a date is taken whole now.
 */
describe('a pay word between other words stays the base’s', () => {
  it.each([
    ['期望年薪为 18 万', 'annual', 180_000],
    ['给的年薪是 16 万', 'annual', 160_000],
    ['全年薪资 15 万', 'annual', 150_000],
    ['目前年包约 80 万', 'annual', 800_000],
    ['期望月薪为 25 万', 'monthly', 250_000],
    ['现在月薪是 3 万', 'monthly', 30_000],
  ])('%s is %s, %i', (line, kind, yuan) => {
    const reading = readPayLine(line)
    if (!reading.ok) throw new Error(`refused: ${reading.error.code}`)
    expect(reading.pay.kind).toBe(kind)
    const range = reading.pay.kind === 'annual' ? reading.pay.annual : reading.pay.monthly
    expect(range).toEqual({ low: yuan * 100, high: yuan * 100 })
    expect(reading.unread.join('')).not.toMatch(/年薪|月薪|年包/)
  })

  it('still names a date’s word whole ("二月底薪资调整")', () => {
    expect(parsePay('60万/年，二月底薪资调整')).toEqual({
      ok: false,
      error: { code: 'unreadable', fragment: '二月底薪资调整', at: 6 },
    })
  })
})
