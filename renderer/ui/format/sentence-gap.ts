import type { UiLanguage } from '../i18n/i18n'

/** The space between two sentences joined in code: none after a Chinese full stop (。). */
export function sentenceGap(language: UiLanguage): string {
  return language === 'zh-CN' ? '' : ' '
}
