import type { z } from 'zod'
import { engineSettingsSchema, type EngineSettings } from '../../domain/model/settings'
import type { TidemarkDatabase } from '../db'
import { domainFields } from '../domain-fields'
import { storedEngineSettingsSchema, type StoredEngineSettings } from '../records'
import { validate } from '../validation'

export type EngineSettingsDraft = z.input<typeof engineSettingsSchema>

/** The stored engine settings, or the engine's defaults when none are stored. */
export async function readEngineSettings(db: TidemarkDatabase): Promise<EngineSettings> {
  const row = await db.engineSettings.get('engine')
  if (!row) return engineSettingsSchema.parse({})
  return domainFields(engineSettingsSchema, row)
}

export async function saveEngineSettings(
  db: TidemarkDatabase,
  draft: EngineSettingsDraft,
  now = new Date(),
): Promise<StoredEngineSettings> {
  const settings = validate(engineSettingsSchema, draft, 'engineSettings')
  const row = validate(
    storedEngineSettingsSchema,
    { ...settings, id: 'engine', updatedAt: now.toISOString() },
    'engineSettings',
  )
  await db.engineSettings.put(row)
  return row
}
