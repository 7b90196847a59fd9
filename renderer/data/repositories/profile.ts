import type { z } from 'zod'
import type { TidemarkDatabase } from '../db'
import { storedProfileSchema, type StoredProfile } from '../records'
import { recordSkillSnapshot, snapshotTables } from '../snapshots'
import { validate } from '../validation'

export const profileDraftSchema = storedProfileSchema.omit({ id: true, updatedAt: true })
export type ProfileDraft = z.input<typeof profileDraftSchema>

export function readProfile(db: TidemarkDatabase): Promise<StoredProfile | undefined> {
  return db.profile.get('me')
}

/** Saves the profile and today's score with it, in one transaction; a bad field throws and
 *  nothing is written. */
export async function saveProfile(
  db: TidemarkDatabase,
  draft: ProfileDraft,
  now = new Date(),
): Promise<StoredProfile> {
  const profile = validate(
    storedProfileSchema,
    { ...validate(profileDraftSchema, draft, 'profile'), id: 'me', updatedAt: now.toISOString() },
    'profile',
  )
  return db.transaction('rw', snapshotTables(db), async () => {
    await db.profile.put(profile)
    await recordSkillSnapshot(db, now)
    return profile
  })
}
