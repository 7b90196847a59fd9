import { z } from 'zod'
import en from 'zod/v4/locales/en.js'
import zhCN from 'zod/v4/locales/zh-CN.js'

/** The languages zod's own messages are bundled in: the two the interface speaks. */
export type MessageLanguage = 'en' | 'zh-CN'

/**
 * zod's own messages ("Too big: expected string to have <=200 characters") by language. Only
 * these two locales are bundled. The interface installs one that follows its language
 * (ui/i18n/zod-locale.ts); a worker, which has no interface, is told the language with its
 * work (setZodMessages).
 */
export const ZOD_LOCALES: Record<MessageLanguage, z.core.$ZodErrorMap> = {
  en: en().localeError,
  'zh-CN': zhCN().localeError,
}

/** zod's messages in `language` from now on, in this thread (a worker's). */
export function setZodMessages(language: MessageLanguage): void {
  z.config({ localeError: ZOD_LOCALES[language] })
}
