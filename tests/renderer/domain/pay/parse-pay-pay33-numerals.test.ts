import { describe, expect, it } from 'vitest'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

describe('pay33: hundreds after a zero in a Chinese figure', () => {
  // Trial 23 #9: "月薪三万〇五百" was read as 30,000 with "〇五百" set aside (500 under), and
  // "三万零五百" refused as two figures.
  it.each([
    ['月薪三万〇五百', 3_050_000],
    ['月薪三万零五百', 3_050_000],
    ['月薪三万〇五百元', 3_050_000],
    ['月薪一万二千五百', 1_250_000],
    // Read as before.
    ['月薪一万二', 1_200_000],
    ['月薪两万五', 2_500_000],
    ['月薪2万5千', 2_500_000],
    ['月薪 2w5', 2_500_000],
    ['八千五百/月', 850_000],
  ])('%s: %i fen a month', (line, monthly) => {
    expect(readPayLine(line)).toMatchObject({
      ok: true,
      pay: { monthly: { low: monthly, high: monthly } },
      unread: [],
    })
  })

  it('reads a range to such a figure', () => {
    expect(readPayLine('月薪 3万-3万〇五百')).toMatchObject({
      ok: true,
      pay: { monthly: { low: 3_000_000, high: 3_050_000 } },
      unread: [],
    })
  })

  it('still refuses a figure that says no one amount', () => {
    expect(readPayLine('月薪三万零五百五')).toMatchObject({
      ok: false,
      error: { code: 'several-amounts' },
    })
  })
})
