import type { UiLanguage } from '../../../i18n/i18n'

/**
 * The timeline's headings: a month heading where the month changes, a week heading (ISO
 * weeks, Monday to Sunday) where the week changes. Each entry is listed once, under the month
 * its day is in: the month heading is what the row's own date says, what the month held at the
 * top and the date filters speak in, so a row dated 30 November is never under December. A
 * week that spans two months is therefore split: each part is headed under its own month by
 * its days there, and says the day the rest of the week ends or began on ("Week 49 (Nov 30; ends
 * on Dec 6)", "Week 49 (Dec 1–6; began on Nov 30)"). Headed twice by the week alone, or by
 * the whole week, it read as the week listed under both months (new-user trials 9 and 11).
 */

export const MONTH_START = 1
export const WEEK_START = 2

const DAY_MS = 86_400_000

/** The Monday (ISO day) of the ISO week holding `day` (an ISO day). */
export function mondayOf(day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`)
  const weekday = (new Date(time).getUTCDay() + 6) % 7
  return new Date(time - weekday * DAY_MS).toISOString().slice(0, 10)
}

/** The ISO week number and the year it belongs to (Thursday decides), of a Monday. */
export function isoWeek(monday: string): { week: number; year: number } {
  const thursday = new Date(Date.parse(`${monday}T00:00:00Z`) + 3 * DAY_MS)
  const year = thursday.getUTCFullYear()
  const firstThursday = Date.UTC(
    year,
    0,
    1 + ((4 - new Date(Date.UTC(year, 0, 1)).getUTCDay() + 7) % 7),
  )
  return { week: 1 + Math.round((thursday.getTime() - firstThursday) / (7 * DAY_MS)), year }
}

/**
 * For each entry of a newest-first list of days, which headings open before it: MONTH_START
 * and WEEK_START bits. One pass; a day's Monday is worked out once however many entries share it.
 */
export function groupStarts(dates: readonly string[]): Uint8Array {
  const starts = new Uint8Array(dates.length)
  const mondays = new Map<string, string>()
  let month = ''
  let week = ''
  dates.forEach((day, index) => {
    let monday = mondays.get(day)
    if (monday === undefined) {
      monday = mondayOf(day)
      mondays.set(day, monday)
    }
    const dayMonth = day.slice(0, 7)
    if (dayMonth !== month) {
      starts[index] = MONTH_START | WEEK_START
    } else if (monday !== week) {
      starts[index] = WEEK_START
    }
    month = dayMonth
    week = monday
  })
  return starts
}

/** What the timeline formats a day with: Intl.DateTimeFormat's `format`, or the same text
 *  written out (below). */
export interface DayFormat {
  format(date: Date): string
}

const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * The formats the timeline uses, written out for the interface's two languages: the same text
 * as Intl's in UTC (the tests compare them over every month of several years). The page's first
 * Intl.DateTimeFormat or NumberFormat loads the browser's locale data, 60-70 ms in Chromium on
 * this machine, the biggest single piece of the journal's first page once its code was loaded;
 * the minimal page it is measured against formats nothing. Any other format is Intl's.
 */
const WRITTEN: Record<string, ((date: Date) => string) | undefined> = {
  'en|{"dateStyle":"medium"}': (date) =>
    `${SHORT_MONTHS[date.getUTCMonth()] ?? ''} ${String(date.getUTCDate())}, ${String(date.getUTCFullYear())}`,
  'zh-CN|{"dateStyle":"medium"}': (date) =>
    `${String(date.getUTCFullYear())}年${String(date.getUTCMonth() + 1)}月${String(date.getUTCDate())}日`,
  'en|{"year":"numeric","month":"long"}': (date) =>
    `${LONG_MONTHS[date.getUTCMonth()] ?? ''} ${String(date.getUTCFullYear())}`,
  'zh-CN|{"year":"numeric","month":"long"}': (date) =>
    `${String(date.getUTCFullYear())}年${String(date.getUTCMonth() + 1)}月`,
  'en|{"month":"short"}': (date) => SHORT_MONTHS[date.getUTCMonth()] ?? '',
}

const formats = new Map<string, DayFormat>()
function format(language: UiLanguage, options: Intl.DateTimeFormatOptions): DayFormat {
  const key = `${language}|${JSON.stringify(options)}`
  let found = formats.get(key)
  if (!found) {
    const written = WRITTEN[key]
    found = written
      ? { format: written }
      : new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' })
    formats.set(key, found)
  }
  return found
}

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`)
}

/** "2026年11月" / "November 2026", for the month of an ISO day. */
export function monthLabel(day: string, language: UiLanguage): string {
  return format(language, { year: 'numeric', month: 'long' }).format(utc(day))
}

/** "Nov 29, 2026" / "2026年11月29日": an entry's day in its row (a Date at midnight UTC). */
export function dayFormat(language: UiLanguage): DayFormat {
  return format(language, { dateStyle: 'medium' })
}

/** What the timeline formats its counts with: Intl.NumberFormat's `format`, or the same text. */
export interface CountFormat {
  format(count: number): string
}

/** A whole number with its thousands grouped by commas, as Intl writes it in both languages. */
function grouped(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

const numberFormats = new Map<string, CountFormat>()

/** The counts' number format ("10,000" in both languages): written out for whole numbers in
 *  the interface's languages (see WRITTEN), Intl's for anything else. */
export function numberFormat(language: string): CountFormat {
  let found = numberFormats.get(language)
  if (!found) {
    let intl: Intl.NumberFormat | undefined
    const fallback = (count: number) => (intl ??= new Intl.NumberFormat(language)).format(count)
    found =
      language === 'en' || language === 'zh-CN'
        ? {
            format: (count) =>
              Number.isSafeInteger(count) && !Object.is(count, -0)
                ? grouped(count)
                : fallback(count),
          }
        : { format: fallback }
    numberFormats.set(language, found)
  }
  return found
}

/**
 * Makes the date and number formats the timeline's rows, headings and count use, while the first
 * rows are read rather than when they are drawn: for a language other than the interface's two,
 * the first Intl format of a page loads the browser's locale data (tens of milliseconds).
 */
export function warmDateFormats(language: UiLanguage): void {
  numberFormat(language)
  dayFormat(language)
  format(language, { year: 'numeric', month: 'long' })
  if (language !== 'zh-CN') format('en', { month: 'short' })
}

/**
 * The days of `day`'s ISO week that lie in its month, the part a heading under that month
 * names, and where the rest of the week is: in the month `before` (it began there, on `day`,
 * its Monday) or the month `after` (it continues there to `day`, its Sunday); null for a whole
 * week.
 */
export function weekInMonth(day: string): {
  first: string
  last: string
  rest: { day: string; side: 'before' | 'after' } | null
} {
  const monday = mondayOf(day)
  const sunday = new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * DAY_MS).toISOString().slice(0, 10)
  const month = day.slice(0, 7)
  const lastOfMonth = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0))
  const began = monday.slice(0, 7) !== month
  const continues = sunday.slice(0, 7) !== month
  return {
    first: began ? `${month}-01` : monday,
    last: continues ? lastOfMonth.toISOString().slice(0, 10) : sunday,
    rest: began
      ? { day: monday, side: 'before' }
      : continues
        ? { day: sunday, side: 'after' }
        : null,
  }
}

/** Days from `first` to `last` as written in a heading: "11月23日–29日" / "Nov 23–29", one day
 *  alone "11月30日" / "Nov 30", across months "11月30日–12月6日" / "Nov 30 – Dec 6". */
export function dayRange(first: string, last: string, language: UiLanguage): string {
  const start = utc(first)
  const end = utc(last)
  const sameMonth = first.slice(0, 7) === last.slice(0, 7)
  const sameYear = first.slice(0, 4) === last.slice(0, 4)
  if (language === 'zh-CN') {
    const day = (date: Date, withMonth: boolean, withYear: boolean) =>
      `${withYear ? `${String(date.getUTCFullYear())}年` : ''}${withMonth ? `${String(date.getUTCMonth() + 1)}月` : ''}${String(date.getUTCDate())}日`
    const from = day(start, true, !sameYear)
    return first === last ? from : `${from}–${day(end, !sameMonth, !sameYear)}`
  }
  // Month first, as the rows' days are written ("Nov 29, 2026"): one English style on the page.
  const month = format('en', { month: 'short' })
  const day = (date: Date, withYear: boolean) =>
    `${month.format(date)} ${String(date.getUTCDate())}${withYear ? `, ${String(date.getUTCFullYear())}` : ''}`
  if (first === last) return day(start, false)
  if (sameMonth) return `${day(start, false)}–${String(end.getUTCDate())}`
  return `${day(start, !sameYear)} – ${day(end, !sameYear)}`
}
