import i18next, { type BackendModule, type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { LanguageChoice } from '../../data/settings-schema'
import { UI_LANGUAGES, uiLanguageFor, type UiLanguage } from '../../platform'
import type { en, Translation } from './en'

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

/**
 * Each language's strings in a chunk of its own, loaded when the language is first used: a
 * start parses only its own (the two were ~130 kB of the start's code, on its critical path).
 * main.tsx imports the likely one's module as it starts; these are the same modules.
 */
const MESSAGES: Record<UiLanguage, () => Promise<Translation>> = {
  en: () => import('./en').then((module) => module.en),
  'zh-CN': () => import('./zh-CN').then((module) => module.zhCN),
}

/** Loads a language's strings; i18next reads them through this when a language is first used
 *  (at start and at a switch in Settings, before it changes the language). */
export function loadMessages(language: UiLanguage): Promise<Translation> {
  return MESSAGES[language]()
}

const isUiLanguage = (language: string): language is UiLanguage =>
  (UI_LANGUAGES as readonly string[]).includes(language)

const messagesBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isUiLanguage(language)) {
      callback(new Error(`Tidemark has no strings in ${language}`), false)
      return
    }
    loadMessages(language).then(
      (messages) => {
        callback(null, messages)
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), false)
      },
    )
  },
}

/**
 * An i18next instance in `language`, its strings loaded (rejects if they cannot be). Switch
 * with `changeLanguage`, which loads the other language's strings first (the backend).
 *
 * The start's strings are handed to init, already loaded (main.tsx fetches them beside the
 * start's code), with initAsync off: init then finishes at once. Through the backend, init put
 * its load behind a timer and two promise turns, a task the first render waited for while the
 * first screen's other work queued ahead of it.
 */
export async function createI18n(language: UiLanguage): Promise<i18n> {
  const messages = await loadMessages(language)
  const instance = i18next.createInstance()
  await instance
    .use(messagesBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      resources: { [language]: { translation: messages } },
      // The other language still comes through the backend, when Settings switches to it.
      partialBundledLanguages: true,
      initAsync: false,
      // No fallback: every language has every key (the typecheck holds zh-CN to en's keys), and a
      // fallback language would be loaded beside the one shown at every start.
      fallbackLng: false,
      supportedLngs: [...UI_LANGUAGES],
      load: 'currentOnly',
      // React escapes on render; escaping here too would show &amp; to the user.
      interpolation: { escapeValue: false },
      returnNull: false,
    })
  if (!instance.hasResourceBundle(language, 'translation')) {
    throw new Error(`the ${language} strings could not be loaded`)
  }
  return instance
}

/**
 * createI18n in `language`, or in `fallback` (the system's) when its strings cannot load: a
 * chunk that failed must not end the start in the database's failure screen, which would offer
 * a restore to data that is fine.
 */
export async function createI18nOr(language: UiLanguage, fallback: UiLanguage): Promise<i18n> {
  try {
    return await createI18n(language)
  } catch (error) {
    if (fallback === language) throw error
    return createI18n(fallback)
  }
}

/**
 * Loads `language`'s strings into `instance` unless they are there; resolves with whether they
 * are. Settings asks before it saves a choice, so a language that cannot load is not saved.
 */
export async function loadLanguage(instance: i18n, language: UiLanguage): Promise<boolean> {
  if (instance.hasResourceBundle(language, 'translation')) return true
  // reloadResources, not loadLanguages: i18next remembers a failed load and would not try it
  // again, so a second choice of the language would fail without asking for its strings.
  await instance.reloadResources([language])
  return instance.hasResourceBundle(language, 'translation')
}

/**
 * Switches the interface to `language` once its strings are loaded; if they cannot be, the
 * interface stays as it is (i18next would switch anyway, and with no fallback every text would
 * show as its key). Resolves with whether it switched.
 */
export async function switchLanguage(instance: i18n, language: UiLanguage): Promise<boolean> {
  if (instance.language === language) return true
  if (!(await loadLanguage(instance, language))) return false
  await instance.changeLanguage(language)
  return true
}
