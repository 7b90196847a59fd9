import { z } from 'zod'

export const LANGUAGE_CHOICES = ['system', 'zh-CN', 'en'] as const
export const THEME_CHOICES = ['system', 'light', 'dark'] as const

/** The one settings row. Fields added later get defaults here, so older rows still parse. */
export const appSettingsSchema = z.object({
  id: z.literal('app'),
  language: z.enum(LANGUAGE_CHOICES).default('system'),
  theme: z.enum(THEME_CHOICES).default('system'),
  updatedAt: z.iso.datetime().optional(),
})

export type AppSettings = z.infer<typeof appSettingsSchema>
export type LanguageChoice = AppSettings['language']
export type ThemeChoice = AppSettings['theme']

export const DEFAULT_SETTINGS: AppSettings = { id: 'app', language: 'system', theme: 'system' }
