import { describe, expect, it } from 'vitest'
import { readPayLine } from '../../../renderer/ui/screens/offers/editor/pay-line'

const yuan = (value: number) => value * 100

/**
 * The offer form sets aside each part the parser names as unreadable and reads the rest. A
 * figure's last numeral named alone would be set aside and the figure read short: these lines
 * must be read whole, or refused as a whole.
 */
describe('the offer form never reads a figure without its last numeral', () => {
  it.each([
    ['3万五，14薪', 35_000, 14],
    ['8千五', 8_500, 12],
    ['2w五', 25_000, 12],
    ['十四薪 3万五千', 35_000, 14],
  ])('reads %s whole', (text, monthly, months) => {
    expect(readPayLine(text)).toMatchObject({
      ok: true,
      unread: [],
      pay: { kind: 'monthly', monthly: { low: yuan(monthly), high: yuan(monthly) }, months },
    })
  })

  it.each(['3万 五', '三万 五', '一万一元'])('refuses %s rather than read part of it', (text) => {
    expect(readPayLine(text)).toMatchObject({ ok: false, error: { code: 'several-amounts' } })
  })

  it('sets a count of shares aside whole, not as pay', () => {
    expect(readPayLine('30k，2万股')).toMatchObject({
      ok: true,
      unread: ['2万股'],
      pay: { kind: 'monthly', monthly: { low: yuan(30_000) } },
    })
    expect(readPayLine('两万股')).toMatchObject({ ok: false })
  })
})
