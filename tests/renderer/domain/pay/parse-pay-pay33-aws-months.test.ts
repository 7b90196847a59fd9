import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

describe('pay33: a count of 12 or more before or after AWS is the months a year', () => {
  // Read 30 #8: "14-month AWS" was a bonus of 14 months on top of twelve (S$168k on S$144k).
  it.each([
    ['S$12,000/month, 14-month AWS', 14],
    ['S$12,000/month + 14 months AWS', 14],
    ['S$12,000/month + 12-month AWS', 12],
    ['S$12,000/month, AWS 14 months', 14],
    ['S$12,000/month, AWS: 14 months', 14],
    ['月薪 3 万，14 个月 AWS', 14],
    ['月薪 3 万，十三个月 AWS', 13],
  ])('%s: %i months, no bonus', (line, months) => {
    expect(readPayLine(line)).toMatchObject({ ok: true, pay: { months, bonus: null }, unread: [] })
  })

  it.each([
    // The 13th month is one month on top of twelve, as before (the same pay as 13 months).
    ['S$12,000/month, 13-month AWS', { months: 12, bonus: { kind: 'months', months: 1 } }],
    ['S$12,000/month, 13 months AWS', { months: 12, bonus: { kind: 'months', months: 1 } }],
    // Fewer than 12 months of AWS are a bonus, as before.
    ['S$12,000/month, 2 months AWS', { months: 12, bonus: { kind: 'months', months: 2 } }],
    ['S$12,000/month, AWS 2 months', { months: 12, bonus: { kind: 'months', months: 2 } }],
  ])('%s: read as before', (line, pay) => {
    expect(readPayLine(line)).toMatchObject({ ok: true, pay, unread: [] })
  })
})

describe('pay33: a bonus of 13 months or more is read, and questioned', () => {
  it.each([
    '月薪 3 万，年终奖 13 个月',
    'S$12,000/month + 13 months bonus',
    '月薪 3 万，年终奖 2-13 个月',
    '年薪 60 万，年终 14 个月',
  ])('%s: a note asks to check it', (line) => {
    const read = parsePay(line)
    expect(read.ok && read.pay.notes).toContain('bonus-months-many')
  })

  it.each(['月薪 3 万，年终奖 12 个月', '月薪 3 万，年终 2 个月', 'S$12,000/month, 13-month AWS'])(
    '%s: no note',
    (line) => {
      const read = parsePay(line)
      expect(read.ok && read.pay.notes).not.toContain('bonus-months-many')
    },
  )
})
