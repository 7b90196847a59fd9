import { localDate } from '../../data/snapshots'

/**
 * The dates the journal's forms accept. The stored schemas accept any ISO date, so data already
 * saved or imported stays readable; only what is typed now is held to a sensible range.
 *
 * Why these bounds: a slip in the browser's date field gives a real but absurd date (in Chromium,
 * "2026" typed into the month segment left 0006-02-02), and the timeline then filed the entry
 * under 「6年2月」 with a week number of -99132. The journal records a working life in the LLM
 * era: nothing in it happened before 1950 (no user worked then). An entry may plan ahead (an
 * interview booked for next January), but not past the end of next year: a later year is a typo.
 * A goal looks further ahead, so its dates may run ten years on.
 */
export const FIRST_YEAR = 1950

/** How many years past this one a journal entry's date may fall in. */
export const ENTRY_YEARS_AHEAD = 1
/** How many years past this one a goal's dates may fall in. */
export const GOAL_YEARS_AHEAD = 10
/**
 * How many years past this one an offer's answer-by date may fall in: an offer is answered in
 * weeks; a deadline a year or more out is a slip (trial 20 #9: 0006-02-02 and 2031 saved).
 */
export const DEADLINE_YEARS_AHEAD = 1

/** The zod issue message that marks a date outside the range (the form words it). */
export const DATE_OUT_OF_RANGE = 'date-out-of-range'

/** The last year a date may fall in, counted from today's (local) year. */
export function lastYear(yearsAhead: number, today: Date = new Date()): number {
  return today.getFullYear() + yearsAhead
}

/**
 * Whether an ISO date (yyyy-mm-dd, already checked as one) lies from 1 January of FIRST_YEAR to
 * 31 December of the last year allowed.
 */
export function dateInRange(
  isoDate: string,
  yearsAhead: number,
  today: Date = new Date(),
): boolean {
  const year = Number(isoDate.slice(0, 4))
  return year >= FIRST_YEAR && year <= lastYear(yearsAhead, today)
}

/**
 * Whether an ISO date lies from 1 January of FIRST_YEAR to today (local): a skill's "last used"
 * is not in the future (trial 20 #9: 2099 and 0006 saved as last used).
 */
export function dateInPast(isoDate: string, today: Date = new Date()): boolean {
  return Number(isoDate.slice(0, 4)) >= FIRST_YEAR && isoDate <= localDate(today)
}
