import { describe, expect, it } from 'vitest'
import { formatDeadlineDate } from '../../../../renderer/ui/deadlines/deadline-text'
import { dayOf, daysBetween } from '../../../../renderer/ui/screens/dashboard/calendar'

/**
 * Trial 20 #9: a deadline stored as 0006-02-02 (a slip in the browser's date field) read
 * "Feb 2, 1906 · 44133 days overdue": `new Date(6, 1, 2)` is 1906. A stored date is shown as
 * stored, whatever its year.
 */
describe('a stored date whose year is under 100', () => {
  it('keeps its year', () => {
    expect(dayOf('0006-02-02').getFullYear()).toBe(6)
    expect(dayOf('0099-12-31').getFullYear()).toBe(99)
    expect(dayOf('2026-02-28').getFullYear()).toBe(2026)
    expect(dayOf('2024-02-29').getDate()).toBe(29)
  })

  it('is written with its own year and counted from it', () => {
    const now = new Date(2026, 11, 2)
    expect(formatDeadlineDate('0006-02-02', 'en', now)).not.toMatch(/1906/)
    expect(formatDeadlineDate('0006-02-02', 'en', now)).toMatch(/\b6\b/)
    expect(formatDeadlineDate('2026-12-05', 'en', now)).toBe('Sat, Dec 5')
    expect(daysBetween('0006-02-02', '2026-12-02')).toBeGreaterThan(2020 * 365)
  })
})
