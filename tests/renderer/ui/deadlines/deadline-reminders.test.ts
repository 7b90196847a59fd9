import { describe, expect, it } from 'vitest'
import {
  daysLeft,
  dueReminders,
  offersNeedingAttention,
  reminderKey,
  type DeadlineOffer,
} from '../../../../renderer/ui/deadlines/deadline-reminders'

/** 1 December 2026, late evening in the user's own time zone. */
const NOW = new Date(2026, 11, 1, 23, 30)

function offer(
  id: string,
  deadline: string | undefined,
  status: DeadlineOffer['status'] = 'considering',
): DeadlineOffer {
  return { id, company: `Company ${id}`, role: '', status, ...(deadline ? { deadline } : {}) }
}

const kinds = (offers: DeadlineOffer[], shown: Set<string> = new Set()) =>
  dueReminders(offers, NOW, shown).map((reminder) => [reminder.offer.id, reminder.kind])

describe('daysLeft', () => {
  it('counts calendar days in the local time zone, whatever the hour', () => {
    expect(daysLeft('2026-12-03', NOW)).toBe(2)
    expect(daysLeft('2026-12-02', NOW)).toBe(1)
    expect(daysLeft('2026-12-01', NOW)).toBe(0)
    expect(daysLeft('2026-11-30', NOW)).toBe(-1)
    expect(daysLeft('2026-12-02', new Date(2026, 11, 1, 0, 5))).toBe(1)
    // Across a month and a year end.
    expect(daysLeft('2027-01-01', new Date(2026, 11, 30, 9))).toBe(2)
  })
})

describe('dueReminders', () => {
  it('reminds two days before a deadline', () => {
    expect(kinds([offer('a', '2026-12-03')])).toEqual([['a', 'two-days']])
  })

  it('reminds one day before a deadline', () => {
    expect(kinds([offer('a', '2026-12-02')])).toEqual([['a', 'one-day']])
  })

  it('reminds on the day itself', () => {
    expect(kinds([offer('a', '2026-12-01')])).toEqual([['a', 'today']])
  })

  it('reminds once a deadline has passed, however long ago', () => {
    expect(kinds([offer('a', '2026-11-30'), offer('b', '2026-10-01')])).toEqual([
      ['b', 'overdue'],
      ['a', 'overdue'],
    ])
  })

  it('says nothing three or more days ahead, nor for an offer without a deadline', () => {
    expect(
      kinds([offer('a', '2026-12-04'), offer('b', '2027-03-01'), offer('c', undefined)]),
    ).toEqual([])
  })

  it('skips a reminder already shown, and only that one', () => {
    const shown = new Set([reminderKey('a', '2026-12-02', 'one-day')])
    expect(kinds([offer('a', '2026-12-02'), offer('b', '2026-12-02')], shown)).toEqual([
      ['b', 'one-day'],
    ])
    // The two-day reminder was shown yesterday: today's one-day reminder is still due.
    const yesterday = new Set([reminderKey('a', '2026-12-02', 'two-days')])
    expect(kinds([offer('a', '2026-12-02')], yesterday)).toEqual([['a', 'one-day']])
  })

  it('reminds again when the employer moves the deadline', () => {
    const shown = new Set([reminderKey('a', '2026-11-30', 'overdue')])
    expect(kinds([offer('a', '2026-11-30')], shown)).toEqual([])
    expect(kinds([offer('a', '2026-12-02')], shown)).toEqual([['a', 'one-day']])
  })

  it('ignores offers already answered: accepted, declined or expired', () => {
    expect(
      kinds([
        offer('a', '2026-12-02', 'declined'),
        offer('b', '2026-12-02', 'accepted'),
        offer('c', '2026-11-20', 'expired'),
        offer('d', '2026-12-02', 'negotiating'),
      ]),
    ).toEqual([['d', 'one-day']])
  })
})

describe('offersNeedingAttention', () => {
  it('lists open offers due within two days and overdue ones, soonest first', () => {
    const listed = offersNeedingAttention(
      [
        offer('later', '2026-12-04'),
        offer('soon', '2026-12-03'),
        offer('late', '2026-11-29'),
        offer('today', '2026-12-01'),
        offer('gone', '2026-11-29', 'declined'),
      ],
      NOW,
    )
    expect(listed.map((entry) => [entry.offer.id, entry.daysLeft])).toEqual([
      ['late', -2],
      ['today', 0],
      ['soon', 2],
    ])
  })
})
