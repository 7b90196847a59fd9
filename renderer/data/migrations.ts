import { appSettingsSchema, DEFAULT_SETTINGS, type AppSettings } from './settings-schema'

/**
 * The pure transforms that move stored rows from one schema version to the next. db.ts calls
 * them inside Dexie's `.upgrade()`; tests call them directly and on fixture databases.
 */

/** v1 → v2: version 1 held only the settings row. It is kept, minus anything that no longer
 *  parses (a value a later build cannot read falls back to its default, the rest stays). */
function settingsV1toV2(row: unknown): AppSettings {
  if (typeof row !== 'object' || row === null) return DEFAULT_SETTINGS
  const fields = row as Record<string, unknown>
  const keep = (key: 'language' | 'theme' | 'updatedAt') => {
    const single = appSettingsSchema.shape[key].safeParse(fields[key])
    return single.success && single.data !== undefined ? { [key]: single.data } : {}
  }
  return appSettingsSchema.parse({
    id: 'app',
    ...keep('language'),
    ...keep('theme'),
    ...keep('updatedAt'),
  })
}

export const upgradeToV2 = { settings: settingsV1toV2 }
