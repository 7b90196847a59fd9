import { localDate } from '../../../data/snapshots'

const DAY_MS = 86_400_000

/**
 * A stored ISO date (2026-12-03) as local midnight of that day. The year is set on its own:
 * `new Date(6, 1, 2)` is 1906 (years 0-99 are read as 1900-1999), which showed a deadline stored
 * as 0006-02-02 as "Feb 2, 1906 · 44133 days overdue" (trial 20 #9).
 */
export function dayOf(isoDate: string): Date {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number)
  const date = new Date(2000, month - 1, day)
  date.setFullYear(year, month - 1, day)
  return date
}

/** `date` moved by `days` on the local calendar (negative: earlier). */
export function addDays(date: Date, days: number): Date {
  const moved = new Date(date)
  moved.setDate(date.getDate() + days)
  return moved
}

/** Whole calendar days from `from` to `to` (both ISO dates): 1 for tomorrow, -1 for yesterday. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayOf(to).getTime() - dayOf(from).getTime()) / DAY_MS)
}

/**
 * The week `today` belongs to, Monday to Sunday (ISO 8601, as calendars in China count it),
 * as ISO dates: `from` is the Monday, `until` the next Monday (excluded).
 */
export function weekOf(today: Date): { from: string; until: string } {
  const sinceMonday = (today.getDay() + 6) % 7
  const monday = addDays(
    new Date(today.getFullYear(), today.getMonth(), today.getDate()),
    -sinceMonday,
  )
  return { from: localDate(monday), until: localDate(addDays(monday, 7)) }
}
