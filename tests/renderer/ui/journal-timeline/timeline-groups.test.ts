import { describe, expect, it } from 'vitest'
import {
  dayFormat,
  dayRange,
  groupStarts,
  isoWeek,
  mondayOf,
  MONTH_START,
  monthLabel,
  numberFormat,
  WEEK_START,
  weekInMonth,
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
    expect(dayRange('2026-11-23', '2026-11-29', 'zh-CN')).toBe('11月23日–29日')
    expect(dayRange('2026-11-23', '2026-11-29', 'en')).toBe('Nov 23–29')
    expect(dayRange('2026-11-30', '2026-11-30', 'zh-CN')).toBe('11月30日')
    expect(dayRange('2026-11-30', '2026-11-30', 'en')).toBe('Nov 30')
    expect(dayRange('2026-11-30', '2026-12-06', 'zh-CN')).toBe('11月30日–12月6日')
    expect(dayRange('2026-11-30', '2026-12-06', 'en')).toBe('Nov 30 – Dec 6')
    expect(dayRange('2026-12-28', '2027-01-03', 'zh-CN')).toBe('2026年12月28日–2027年1月3日')
    expect(dayRange('2026-12-28', '2027-01-03', 'en')).toBe('Dec 28, 2026 – Jan 3, 2027')
  })

  it('heads a week spanning two months in each by its own days there, saying where the rest is', () => {
    const whole = { first: '2026-11-23', last: '2026-11-29', rest: null }
    expect(weekInMonth('2026-11-23')).toEqual(whole)
    expect(weekInMonth('2026-11-29')).toEqual(whole)
    // Monday 30 November to Sunday 6 December.
    // The rest: the Sunday it ends on, or the Monday it began on (trial 19 #7).
    const after = (day: string) => ({ day, side: 'after' })
    const before = (day: string) => ({ day, side: 'before' })
    expect(weekInMonth('2026-11-30')).toEqual({
      first: '2026-11-30',
      last: '2026-11-30',
      rest: after('2026-12-06'),
    })
    expect(weekInMonth('2026-12-01')).toEqual({
      first: '2026-12-01',
      last: '2026-12-06',
      rest: before('2026-11-30'),
    })
    expect(weekInMonth('2026-12-06')).toEqual(weekInMonth('2026-12-01'))
    // Across a year, and a leap February.
    expect(weekInMonth('2026-12-31')).toEqual({
      first: '2026-12-28',
      last: '2026-12-31',
      rest: after('2027-01-03'),
    })
    expect(weekInMonth('2027-01-02')).toEqual({
      first: '2027-01-01',
      last: '2027-01-03',
      rest: before('2026-12-28'),
    })
    expect(weekInMonth('2028-02-29')).toEqual({
      first: '2028-02-28',
      last: '2028-02-29',
      rest: after('2028-03-05'),
    })
    expect(weekInMonth('2028-03-01')).toEqual({
      first: '2028-03-01',
      last: '2028-03-05',
      rest: before('2028-02-28'),
    })
  })

  it('writes days, months and counts as Intl does, in both languages', () => {
    // Written out, not Intl's (the page's first Intl format loads the locale data): the same text.
    const intl = (language: string, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' })
    for (const language of ['en', 'zh-CN'] as const) {
      for (let year = 1999; year <= 2031; year += 4) {
        for (let month = 1; month <= 12; month++) {
          for (const day of [1, 9, 10, 28]) {
            const iso = `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
            const date = new Date(`${iso}T00:00:00Z`)
            expect(dayFormat(language).format(date), iso).toBe(
              intl(language, { dateStyle: 'medium' }).format(date),
            )
            expect(monthLabel(iso, language), iso).toBe(
              intl(language, { year: 'numeric', month: 'long' }).format(date),
            )
            if (language === 'en') {
              expect(dayRange(iso, iso, 'en').slice(0, 3), iso).toBe(
                intl('en', { month: 'short' }).format(date).slice(0, 3),
              )
            }
          }
        }
      }
      for (const count of [
        0, 1, 7, 999, 1000, 9999, 10_000, 12_345, 1_234_567, 50_000_000, -1234,
      ]) {
        expect(numberFormat(language).format(count), String(count)).toBe(
          new Intl.NumberFormat(language).format(count),
        )
      }
      // Anything but a whole number is Intl's own.
      expect(numberFormat(language).format(1234.5678)).toBe(
        new Intl.NumberFormat(language).format(1234.5678),
      )
    }
  })
})
