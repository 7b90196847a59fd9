import { z } from 'zod'
import { DEFAULT_SETTINGS, LANGUAGE_CHOICES, THEME_CHOICES } from './settings-repository'

// The choices and defaults live with the settings' read, which every start runs without zod.
export { DEFAULT_SETTINGS, LANGUAGE_CHOICES, THEME_CHOICES }

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
