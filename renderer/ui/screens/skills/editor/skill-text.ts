import type { UiLanguage } from '../../../i18n/i18n'

/** Level 0-4 as the message keys name them. */
export const LEVEL_KEYS = ['none', 'aware', 'working', 'proficient', 'expert'] as const
export type LevelKey = (typeof LEVEL_KEYS)[number]

export function levelKey(level: number): LevelKey {
  return LEVEL_KEYS[level] ?? 'none'
}

// Made on first use and kept: creating an Intl formatter costs far more than using one, and
// the skill list says every row's evidence and date.
let englishList: Intl.ListFormat | undefined
const dayFormats = new Map<UiLanguage, Intl.DateTimeFormat>()

/** A short list as each language writes one: "production, paper" / "生产上线、论文". */
export function listText(items: readonly string[], language: UiLanguage): string {
  if (language === 'zh-CN') return items.join('、')
  englishList ??= new Intl.ListFormat('en', { type: 'unit', style: 'short' })
  return englishList.format(items)
}

/** A stored yyyy-mm-dd as a date in the interface's language (read as a calendar day, not UTC midnight moved). */
export function formatDay(isoDate: string, language: UiLanguage): string {
  let format = dayFormats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })
    dayFormats.set(language, format)
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`))
}
