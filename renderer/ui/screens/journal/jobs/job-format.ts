import type { UiLanguage } from '../../../i18n/i18n'

const formats = new Map<string, Intl.DateTimeFormat>()

/** A stored calendar day in the interface's language: "Oct 5" / "10月5日", the year added when asked. */
export function formatCalendarDay(isoDate: string, language: UiLanguage, withYear = false): string {
  const key = `${language}|${String(withYear)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      month: 'short',
      day: 'numeric',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    })
    formats.set(key, format)
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`))
}
