import { describe, expect, it } from 'vitest'
import { daysBetween, weekOf } from '../../../../renderer/ui/screens/dashboard/calendar'

describe('the dashboard’s calendar', () => {
  it('counts the week from Monday, Sunday included', () => {
    // 2026-11-30 is a Monday, 2026-12-06 the Sunday after.
    expect(weekOf(new Date(2026, 10, 30, 0, 5))).toEqual({
      from: '2026-11-30',
      until: '2026-12-07',
    })
    expect(weekOf(new Date(2026, 11, 3, 12))).toEqual({ from: '2026-11-30', until: '2026-12-07' })
    expect(weekOf(new Date(2026, 11, 6, 23, 59))).toEqual({
      from: '2026-11-30',
      until: '2026-12-07',
    })
    expect(weekOf(new Date(2026, 11, 7, 0, 1))).toEqual({ from: '2026-12-07', until: '2026-12-14' })
    // Across a year's end.
    expect(weekOf(new Date(2027, 0, 1))).toEqual({ from: '2026-12-28', until: '2027-01-04' })
  })

  it('counts whole days between dates, both ways', () => {
    expect(daysBetween('2026-12-03', '2026-12-06')).toBe(3)
    expect(daysBetween('2026-12-03', '2026-12-03')).toBe(0)
    expect(daysBetween('2026-12-03', '2026-11-30')).toBe(-3)
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1)
  })
})
