import type { z } from 'zod'
import { engineSettingsSchema, type EngineSettings } from '../../domain/model/settings'
import type { TidemarkDatabase } from '../db'
import { domainFields } from '../domain-fields'
import { stampsOnSave } from '../engine-figures'
import { storedEngineSettingsSchema, type StoredEngineSettings } from '../records'
import { validate } from '../validation'

export type EngineSettingsDraft = z.input<typeof engineSettingsSchema>

/** The stored engine settings, or the engine's defaults when none are stored. */
export async function readEngineSettings(db: TidemarkDatabase): Promise<EngineSettings> {
  const row = await db.engineSettings.get('engine')
  if (!row) return engineSettingsSchema.parse({})
  return domainFields(engineSettingsSchema, row)
}

/**
 * Saves the engine settings; a bad field throws and nothing is written. `figuresChangedAt` is
 * the repository's: each figure set, changed or cleared is stamped now, the others keep their
 * stamp (engine-figures.ts), so a merge keeps a figure the user cleared on purpose.
 */
export async function saveEngineSettings(
  db: TidemarkDatabase,
  draft: EngineSettingsDraft,
  now = new Date(),
): Promise<StoredEngineSettings> {
  const settings = validate(engineSettingsSchema, draft, 'engineSettings')
  return db.transaction('rw', db.engineSettings, async () => {
    const stored = await db.engineSettings.get('engine')
    const stamps = stampsOnSave(stored, settings, now)
    const row = validate(
      storedEngineSettingsSchema,
      {
        ...settings,
        id: 'engine',
        updatedAt: now.toISOString(),
        ...(Object.keys(stamps).length === 0 ? {} : { figuresChangedAt: stamps }),
      },
      'engineSettings',
    )
    await db.engineSettings.put(row)
    return row
  })
}
