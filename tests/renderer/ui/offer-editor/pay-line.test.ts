import { describe, expect, it } from 'vitest'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

describe('readPayLine', () => {
  it('reads "× 16 薪" whole, with nothing set aside (the unit after the count is part of it)', () => {
    expect(readPayLine('月薪 62k × 16 薪')).toMatchObject({
      ok: true,
      pay: { kind: 'monthly', months: 16, monthly: { low: 6_200_000, high: 6_200_000 } },
      unread: [],
    })
  })

  it('still sets aside a part it cannot read and reads the rest', () => {
    expect(readPayLine('$300k + RSU')).toMatchObject({ ok: true, unread: ['RSU'] })
  })
})
