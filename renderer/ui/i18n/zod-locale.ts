import type { i18n } from 'i18next'
import { getI18n } from 'react-i18next'
import { z } from 'zod'
import { ZOD_LOCALES } from '../../data/zod-messages'
import { UI_LANGUAGES, type UiLanguage } from '../../platform'

/**
 * zod's own messages ("Too big: expected string to have <=200 characters") in the interface's
 * language, so a form's or an import's field errors read in Chinese for a Chinese user. Only
 * the two locales the app speaks are bundled. Tidemark's own custom messages stay as written.
 *
 * Installed when this module is evaluated, and asked at each message which language the
 * interface speaks now (i18next's, as react-i18next holds it): every module that checks a form
 * imports this one, so no form is checked before it, and a language changed since is followed
 * without anyone telling zod. zod stays out of the start: only those modules load it.
 */
/** The language of zod's messages where no interface is running (a test, a script). */
let withoutInterface: UiLanguage = 'en'

function isUiLanguage(language: string | undefined): language is UiLanguage {
  return (UI_LANGUAGES as readonly (string | undefined)[]).includes(language)
}

function currentLanguage(): UiLanguage {
  // Undefined until an interface's i18next instance is initialised.
  const instance = getI18n() as i18n | undefined
  const language = instance?.resolvedLanguage ?? instance?.language
  return isUiLanguage(language) ? language : withoutInterface
}

z.config({ localeError: (issue) => ZOD_LOCALES[currentLanguage()](issue) })

/**
 * zod's language where no interface's i18next is running; with one, zod follows it whatever this
 * was given. Importing this module is what installs the messages.
 */
export function setZodLocale(language: UiLanguage): void {
  withoutInterface = language
}
