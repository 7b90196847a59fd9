import { z } from 'zod'
import en from 'zod/v4/locales/en.js'
import zhCN from 'zod/v4/locales/zh-CN.js'
import type { UiLanguage } from '../../platform'

/**
 * zod's own messages ("Too big: expected string to have <=200 characters") in the interface's
 * language, so a form's or an import's field errors read in Chinese for a Chinese user. Only
 * the two locales the app speaks are bundled. Tidemark's own custom messages stay as written.
 */
export function setZodLocale(language: UiLanguage): void {
  z.config(language === 'zh-CN' ? zhCN() : en())
}
