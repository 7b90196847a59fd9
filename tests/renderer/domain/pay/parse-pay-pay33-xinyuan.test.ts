import { describe, expect, it } from 'vitest'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

describe('pay33: 新元 is a currency beside an amount, not the end of a name', () => {
  // Read 30 #8: "张新元 月薪 3 万" was read in Singapore dollars (新元 is also a given name).
  it.each(['张新元 月薪 3 万', '李新元月薪3万', '张新元 3 万/月'])('%s: no currency', (line) => {
    expect(readPayLine(line)).toMatchObject({
      ok: true,
      pay: { monthly: { low: 3_000_000 }, currency: null },
    })
  })

  it.each([
    '新元月薪 1.5 万',
    '月薪新元 1.5 万',
    '月薪：新元 1.5 万',
    '新元 1.5 万/月',
    '月薪 1.5 万新元',
    '月薪 1.5 万，新元',
  ])('%s: Singapore dollars, as before', (line) => {
    expect(readPayLine(line)).toMatchObject({
      ok: true,
      pay: { monthly: { low: 1_500_000 }, currency: 'SGD' },
      unread: [],
    })
  })
})
