import type { UiLanguage } from '../../i18n/i18n'
import { dayOf } from './calendar'

/** Each formatter made once per language and options: creating one costs far more than using
 *  it (the first of a language most of all), and the offers card formats a day per row. */
const dayFormats = new Map<string, Intl.DateTimeFormat>()
const relativeFormats = new Map<UiLanguage, Intl.RelativeTimeFormat>()

function dayFormat(language: UiLanguage, withYear: boolean): Intl.DateTimeFormat {
  const key = `${language}|${String(withYear)}`
  let format = dayFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      month: 'short',
      day: 'numeric',
      ...(withYear ? { year: 'numeric' } : {}),
    })
    dayFormats.set(key, format)
  }
  return format
}

/** A day as the dashboard shows it: "Dec 3" / "12月3日", with the year only when not this one. */
export function formatDay(isoDate: string, language: UiLanguage, today: string): string {
  const sameYear = isoDate.slice(0, 4) === today.slice(0, 4)
  return dayFormat(language, !sameYear).format(dayOf(isoDate))
}

/** "today", "tomorrow", "in 5 days", "3 days ago" / "今天", "明天", "5天后", "3天前". */
export function formatRelativeDays(days: number, language: UiLanguage): string {
  let format = relativeFormats.get(language)
  if (!format) {
    format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })
    relativeFormats.set(language, format)
  }
  return format.format(days, 'day')
}
