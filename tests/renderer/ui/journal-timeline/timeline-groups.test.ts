import { describe, expect, it } from 'vitest'
import {
  groupStarts,
  isoWeek,
  mondayOf,
  MONTH_START,
  monthLabel,
  WEEK_START,
  weekRange,
} from '../../../../renderer/ui/screens/journal/timeline/timeline-groups'

describe('timeline groups', () => {
  it('finds the ISO week: Monday to Sunday, numbered by its Thursday', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23')
    expect(mondayOf('2026-11-23')).toBe('2026-11-23')
    expect(mondayOf('2026-11-30')).toBe('2026-11-30')
    expect(isoWeek('2026-11-23')).toEqual({ week: 48, year: 2026 })
    expect(isoWeek(mondayOf('2026-01-01'))).toEqual({ week: 1, year: 2026 })
    expect(isoWeek(mondayOf('2027-01-01'))).toEqual({ week: 53, year: 2026 })
    expect(isoWeek(mondayOf('2024-12-30'))).toEqual({ week: 1, year: 2025 })
  })

  it('opens a month and its week where the month changes, a week where only the week does', () => {
    const dates = [
      '2026-12-02',
      '2026-12-01',
      '2026-11-30',
      '2026-11-29',
      '2026-11-29',
      '2026-11-22',
    ]
    expect([...groupStarts(dates)]).toEqual([
      MONTH_START | WEEK_START,
      0,
      // Monday 30 November is the same week as 2 December, but another month.
      MONTH_START | WEEK_START,
      WEEK_START,
      0,
      WEEK_START,
    ])
    expect(groupStarts([])).toHaveLength(0)
  })

  it('names months and weeks in both languages', () => {
    expect(monthLabel('2026-11-29', 'zh-CN')).toBe('2026年11月')
    expect(monthLabel('2026-11-29', 'en')).toBe('November 2026')
    expect(weekRange('2026-11-23', 'zh-CN')).toBe('11月23日–29日')
    expect(weekRange('2026-11-23', 'en')).toBe('23–29 Nov')
    expect(weekRange('2026-11-30', 'zh-CN')).toBe('11月30日–12月6日')
    expect(weekRange('2026-11-30', 'en')).toBe('30 Nov – 6 Dec')
    expect(weekRange('2026-12-28', 'zh-CN')).toBe('2026年12月28日–2027年1月3日')
    expect(weekRange('2026-12-28', 'en')).toBe('28 Dec 2026 – 3 Jan 2027')
  })
})
