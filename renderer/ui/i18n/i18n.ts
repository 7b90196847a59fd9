import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { LanguageChoice } from '../../data/settings-schema'
import { en } from './en'
import { zhCN } from './zh-CN'

export const UI_LANGUAGES = ['zh-CN', 'en'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en }
  }
}

/**
 * The interface language: the user's choice, or else the first system language we have.
 * Any Chinese tag (zh, zh-CN, zh-Hans, zh-TW…) gets Simplified Chinese, the only Chinese UI.
 */
export function resolveUiLanguage(
  choice: LanguageChoice,
  systemLanguages: readonly string[],
): UiLanguage {
  if (choice !== 'system') return choice
  for (const tag of systemLanguages) {
    const lower = tag.toLowerCase()
    if (lower.startsWith('zh')) return 'zh-CN'
    if (lower.startsWith('en')) return 'en'
  }
  return 'en'
}

export async function createI18n(language: UiLanguage): Promise<i18n> {
  const instance = i18next.createInstance()
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    // React escapes on render; escaping here too would show &amp; to the user.
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}
