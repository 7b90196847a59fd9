import type { UiLanguage } from '../../i18n/i18n'
import { dayOf } from './calendar'

/** A day as the dashboard shows it: "Dec 3" / "12月3日", with the year only when not this one. */
export function formatDay(isoDate: string, language: UiLanguage, today: string): string {
  const sameYear = isoDate.slice(0, 4) === today.slice(0, 4)
  return new Intl.DateTimeFormat(language, {
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(dayOf(isoDate))
}

/** "today", "tomorrow", "in 5 days", "3 days ago" / "今天", "明天", "5天后", "3天前". */
export function formatRelativeDays(days: number, language: UiLanguage): string {
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(days, 'day')
}
