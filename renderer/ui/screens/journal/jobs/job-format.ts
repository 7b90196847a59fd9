import type { UiLanguage } from '../../../i18n/i18n'
import { localDate } from '../../../../data/snapshots'
import { addDays, dayOf } from '../../dashboard/calendar'
import { nameBeforeHan } from '../goals/goal-text'

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

/**
 * The last day a week counts: its Sunday, or today while the week is still going. The range
 * under the pipeline ended at the last week's Monday while offers saved later that week were
 * counted in it (new-user trial 21 #5: "Nov 23 to Nov 30" with offers of Dec 2 and 3).
 */
export function weekLastDay(weekStart: string, today: string): string {
  const end = localDate(addDays(dayOf(weekStart), 6))
  // ISO days compare as strings; a week wholly after today (a future-dated entry) keeps its Sunday.
  return today >= weekStart && today < end ? today : end
}

/** A bracketed part with Chinese in it, and a space either side that Latin text would have. */
const BRACKETED_CHINESE = / ?\(([^()]*\p{Script=Han}[^()]*)\) ?/gu

/**
 * A company's name as the job-search view shows it. In Chinese, brackets around Chinese text
 * are full-width, with no space either side: "星河科技（大厂）", whether the user typed them so
 * or not (the view's names are folded, which turns full-width brackets into ASCII ones).
 * Brackets around Latin text, and every name in English, are left as they are.
 */
export function companyShown(name: string, language: UiLanguage): string {
  return language === 'zh-CN' ? name.replace(BRACKETED_CHINESE, '（$1）') : name
}

/**
 * A company's name shown between Chinese words ("在时间线中查看 Moonshot AI 的全部记录"): in
 * Chinese, a Latin letter or a digit at either end is kept apart from the Han beside it.
 */
export function companyAmidHan(name: string, language: UiLanguage): string {
  const shown = nameBeforeHan(companyShown(name, language), language)
  return language === 'zh-CN' && /^[A-Za-z0-9]/.test(shown) ? ` ${shown}` : shown
}
