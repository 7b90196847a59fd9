import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { LanguageChoice } from '../../data/settings-schema'
import { UI_LANGUAGES, uiLanguageFor, type UiLanguage } from '../../platform'
import { en } from './en'
import { zhCN } from './zh-CN'

export { UI_LANGUAGES, type UiLanguage }

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en }
  }
}

/** The interface language: the user's choice, or else what the system's languages map to. */
export function resolveUiLanguage(
  choice: LanguageChoice,
  systemLanguages: readonly string[],
): UiLanguage {
  return choice === 'system' ? uiLanguageFor(systemLanguages) : choice
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
