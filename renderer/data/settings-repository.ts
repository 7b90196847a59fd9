import { ISO_DATETIME_PATTERN } from '../domain/model/iso-patterns'
import type { TidemarkDatabase } from './db'
import type { AppSettings, LanguageChoice, ThemeChoice } from './settings-schema'

export type SettingsPatch = Partial<Pick<AppSettings, 'language' | 'theme'>>

export const LANGUAGE_CHOICES = ['system', 'zh-CN', 'en'] as const
export const THEME_CHOICES = ['system', 'light', 'dark'] as const

export const DEFAULT_SETTINGS: AppSettings = { id: 'app', language: 'system', theme: 'system' }

const isOneOf = <T extends string>(choices: readonly T[], value: unknown): value is T =>
  (choices as readonly unknown[]).includes(value)

/**
 * The stored settings row as `appSettingsSchema.safeParse` reads it (defaults filled in, other
 * fields left out), or null where it would fail. Written out: the settings are read at every
 * start, and zod's code (~20-40 ms of module evaluation in the journal's first-page profiles)
 * was at every start for this one row. A test compares it with the schema on generated rows.
 */
export function storedSettings(row: unknown): AppSettings | null {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return null
  const { id, language = 'system', theme = 'system', updatedAt } = row as Record<string, unknown>
  if (id !== 'app') return null
  if (!isOneOf<LanguageChoice>(LANGUAGE_CHOICES, language)) return null
  if (!isOneOf<ThemeChoice>(THEME_CHOICES, theme)) return null
  if (updatedAt === undefined) {
    return 'updatedAt' in row ? { id, language, theme, updatedAt } : { id, language, theme }
  }
  if (typeof updatedAt !== 'string' || !ISO_DATETIME_PATTERN.test(updatedAt)) return null
  return { id, language, theme, updatedAt }
}

/** The stored settings, or the defaults when none are stored or the row no longer parses. */
export async function readSettings(db: TidemarkDatabase): Promise<AppSettings> {
  const row = await db.settings.get('app')
  if (!row) return DEFAULT_SETTINGS
  return storedSettings(row) ?? DEFAULT_SETTINGS
}

/**
 * Changes some settings. Read and write happen in one transaction so two quick changes
 * (language, then theme) cannot overwrite each other. The patch is validated first, by the
 * settings' zod schema (loaded here, before the transaction: a wait for code inside it would
 * end it): a bad value throws and the stored row stays as it was.
 */
export async function updateSettings(
  db: TidemarkDatabase,
  patch: SettingsPatch,
  now: Date = new Date(),
): Promise<AppSettings> {
  const { appSettingsSchema } = await import('./settings-schema')
  return db.transaction('rw', db.settings, async () => {
    const next = appSettingsSchema.parse({
      ...(await readSettings(db)),
      ...patch,
      updatedAt: now.toISOString(),
    })
    await db.settings.put(next)
    return next
  })
}
