/**
 * Weeks as the journal counts them everywhere: ISO weeks, Monday to Sunday, the weeks the
 * timeline heads its entries with. The article's mover had "three or more interviews every
 * week" (L14): weeks of the calendar, not 7-day windows from a first application.
 */

const DAY_MS = 86_400_000

function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS
}

function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** The Monday (an ISO date) of the ISO week a calendar day falls in. */
export function isoWeekStart(isoDate: string): string {
  const day = dayNumber(isoDate)
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  const sinceMonday = (((day + 3) % 7) + 7) % 7
  return isoFromDay(day - sinceMonday)
}

/** Every week's Monday from the week of `first` to the week of `last`, both in, oldest first. */
export function isoWeekStarts(first: string, last: string): string[] {
  const starts: string[] = []
  const end = dayNumber(isoWeekStart(last))
  for (let day = dayNumber(isoWeekStart(first)); day <= end; day += 7) {
    starts.push(isoFromDay(day))
  }
  return starts
}

/** How many ISO weeks the days span, from the earliest day's week to the latest's; 0 for none. */
export function isoWeeksSpanned(days: readonly string[]): number {
  if (days.length === 0) return 0
  let first = days[0] as string
  let last = first
  for (const day of days) {
    if (day < first) first = day
    if (day > last) last = day
  }
  return (dayNumber(isoWeekStart(last)) - dayNumber(isoWeekStart(first))) / 7 + 1
}
