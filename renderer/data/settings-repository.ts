import type { TidemarkDatabase } from './db'
import { appSettingsSchema, DEFAULT_SETTINGS, type AppSettings } from './settings-schema'

export type SettingsPatch = Partial<Pick<AppSettings, 'language' | 'theme'>>

/** The stored settings, or the defaults when none are stored or the row no longer parses. */
export async function readSettings(db: TidemarkDatabase): Promise<AppSettings> {
  const row = await db.settings.get('app')
  if (!row) return DEFAULT_SETTINGS
  const parsed = appSettingsSchema.safeParse(row)
  return parsed.success ? parsed.data : DEFAULT_SETTINGS
}

/**
 * Changes some settings. Read and write happen in one transaction so two quick changes
 * (language, then theme) cannot overwrite each other. The patch is validated first: a bad
 * value throws and the stored row stays as it was.
 */
export async function updateSettings(
  db: TidemarkDatabase,
  patch: SettingsPatch,
  now: Date = new Date(),
): Promise<AppSettings> {
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
