import type { TFunction } from 'i18next'
import type { UiLanguage } from '../i18n/i18n'
import { dayOf } from '../screens/dashboard/calendar'

const formats = new Map<string, Intl.DateTimeFormat>()

/** One formatter per language and shape, made once (the list redraws on every status change). */
function dateFormat(
  language: UiLanguage,
  withYear: boolean,
  withWeekday: boolean,
): Intl.DateTimeFormat {
  const key = `${language}|${String(withYear)}|${String(withWeekday)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      month: 'short',
      day: 'numeric',
      ...(withWeekday ? { weekday: 'short' } : {}),
      ...(withYear ? { year: 'numeric' } : {}),
    })
    formats.set(key, format)
  }
  return format
}

/**
 * A stored day (2026-12-03) as a deadline reads: "Thu, Dec 3" / "12月3日周四", with the year
 * only when it is not `now`'s. The weekday helps: answers are due on working days.
 */
export function formatDeadlineDate(isoDate: string, language: UiLanguage, now: Date): string {
  return formatDay(isoDate, language, now, true)
}

/** A past day, such as when a status changed: "Nov 30" / "11月30日", the year only when not `now`'s. */
export function formatDay(
  isoDate: string,
  language: UiLanguage,
  now: Date,
  withWeekday = false,
): string {
  const date = dayOf(isoDate)
  return dateFormat(language, date.getFullYear() !== now.getFullYear(), withWeekday).format(date)
}

/** "2 days left", "Due today", "3 days overdue" / "还剩 2 天", "今天到期", "已逾期 3 天". */
export function daysLeftText(t: TFunction, days: number): string {
  if (days === 0) return t('offerStatus.daysLeft.today')
  if (days < 0) return t('offerStatus.daysLeft.overdue', { count: -days })
  return t('offerStatus.daysLeft.left', { count: days })
}
