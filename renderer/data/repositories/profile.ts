import type { z } from 'zod'
import type { TidemarkDatabase } from '../db'
import { storedProfileSchema, type StoredProfile } from '../records'
import { recordSkillSnapshot, snapshotTables } from '../snapshots'
import { canonicalJson } from '../transfer/merge'
import { validate } from '../validation'

export const profileDraftSchema = storedProfileSchema.omit({ id: true, updatedAt: true })
export type ProfileDraft = z.input<typeof profileDraftSchema>

export function readProfile(db: TidemarkDatabase): Promise<StoredProfile | undefined> {
  return db.profile.get('me')
}

/**
 * Saves the profile and today's score with it, in one transaction; a bad field throws and
 * nothing is written. `currentPayChangedAt` is the repository's: moved to now when the current
 * pay is set, changed or removed, or its tax place changes, kept otherwise (a stamp in the draft is ignored).
 */
export async function saveProfile(
  db: TidemarkDatabase,
  draft: ProfileDraft,
  now = new Date(),
): Promise<StoredProfile> {
  const { currentPayChangedAt: _ignored, ...fields } = validate(
    profileDraftSchema,
    draft,
    'profile',
  )
  return db.transaction('rw', snapshotTables(db), async () => {
    const stored = await db.profile.get('me')
    // The pay's tax place is part of it: a merge takes both from the copy that changed last.
    const payOf = (
      row: Partial<Pick<StoredProfile, 'currentPay' | 'currentPayTaxedInChina'>> | undefined,
    ) => canonicalJson([row?.currentPay, row?.currentPayTaxedInChina !== false])
    const payChanged = payOf(stored) !== payOf(fields)
    const changedAt = payChanged ? now.toISOString() : stored?.currentPayChangedAt
    const profile = validate(
      storedProfileSchema,
      {
        ...fields,
        id: 'me',
        updatedAt: now.toISOString(),
        ...(changedAt === undefined ? {} : { currentPayChangedAt: changedAt }),
      },
      'profile',
    )
    await db.profile.put(profile)
    await recordSkillSnapshot(db, now)
    return profile
  })
}
