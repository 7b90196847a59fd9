import { afterEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import type { StoredProfile } from '../../../../renderer/data/records'
import { saveProfile, type ProfileDraft } from '../../../../renderer/data/repositories/profile'
import { EXPORT_VERSION, type ExportData } from '../../../../renderer/data/transfer/export-format'
import { applyImportAt, checkImportText } from '../../../../renderer/data/transfer/import'
import { dumpDatabase, freshDatabase } from '../data-helpers'

/**
 * Review 19, finding 4: the user removed their current pay on purpose (a newer profile), then
 * merged an older export that has one, and the merge filled the "empty" pay from the file.
 * The profile keeps when its current pay was last set, changed or removed
 * (`currentPayChangedAt`), so a removal is told apart from never having had one, and the pay
 * changed last, or its removal, stands.
 */

const opened: TidemarkDatabase[] = []
async function database(): Promise<TidemarkDatabase> {
  const db = await freshDatabase('merge-pay-removed')
  opened.push(db)
  return db
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const PAY = {
  currency: 'CNY',
  base: { kind: 'monthly', monthly: { low: 45000, high: 45000 }, months: 14 },
} as const
const OTHER_PAY = {
  currency: 'CNY',
  base: { kind: 'monthly', monthly: { low: 52000, high: 52000 }, months: 13 },
} as const

const fields: ProfileDraft = {
  education: 'master',
  yearsOfExperience: 8,
  city: '北京',
  currentEmployer: 'big-tech',
  roleFamily: 'algorithm',
  stability: 'stable',
}

const at = (day: number) => new Date(`2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`)

function exportOf(profile: StoredProfile | undefined, data: Partial<ExportData> = {}) {
  return checkImportText(
    JSON.stringify({
      format: 'tidemark',
      version: EXPORT_VERSION,
      exportedAt: at(28).toISOString(),
      app: { name: 'Tidemark', version: '0.1.0' },
      data: {
        settings: null,
        profile: profile ?? null,
        skills: [],
        skillSnapshots: [],
        offers: [],
        journal: [],
        goals: [],
        engineSettings: null,
        rulesetOverrides: null,
        ...data,
      },
    }),
  )
}

describe('saving the profile keeps when the current pay last changed', () => {
  it('stamps a pay set, changed or removed, and keeps the stamp while it is not touched', async () => {
    const db = await database()
    expect((await saveProfile(db, fields, at(1))).currentPayChangedAt).toBeUndefined()
    const set = await saveProfile(db, { ...fields, currentPay: PAY }, at(2))
    expect(set.currentPayChangedAt).toBe(at(2).toISOString())
    const other = await saveProfile(db, { ...fields, yearsOfExperience: 9, currentPay: PAY }, at(3))
    expect(other.currentPayChangedAt).toBe(at(2).toISOString())
    const removed = await saveProfile(db, fields, at(4))
    expect(removed.currentPay).toBeUndefined()
    expect(removed.currentPayChangedAt).toBe(at(4).toISOString())
    // A stamp passed in (a stored profile sent back whole) is not taken.
    const again = await saveProfile(
      db,
      { ...fields, currentPayChangedAt: at(9).toISOString() },
      at(5),
    )
    expect(again.currentPayChangedAt).toBe(at(4).toISOString())
  })
})

describe('a merge and a current pay removed on purpose', () => {
  it('keeps the pay removed after the file was saved (finding 4)', async () => {
    const db = await database()
    const withPay = await saveProfile(db, { ...fields, currentPay: PAY }, at(2))
    const file = exportOf(withPay)
    await saveProfile(db, fields, at(10))
    const { counts, combined } = await applyImportAt(db, file, 'merge')
    const profile = await db.profile.get('me')
    expect(profile?.currentPay).toBeUndefined()
    expect(profile?.currentPayChangedAt).toBe(at(10).toISOString())
    expect(counts.profile).toMatchObject({ keptNewer: 1, updated: 0 })
    expect(combined.profile).toMatchObject({ currentPay: 'removal-kept', filledFromFile: [] })
  })

  it('keeps it removed for an older export that has no stamps (version 2)', async () => {
    const db = await database()
    await saveProfile(db, { ...fields, currentPay: PAY }, at(2))
    await saveProfile(db, fields, at(10))
    const old: StoredProfile = {
      id: 'me',
      ...fields,
      phdInField: false,
      leadership: { businessLine: false, team: false, openSource: false },
      currentPay: PAY,
      updatedAt: at(5).toISOString(),
    } as StoredProfile
    await applyImportAt(db, exportOf(old), 'merge')
    expect((await db.profile.get('me'))?.currentPay).toBeUndefined()
  })

  it('takes the pay of a file saved after the removal (it may have been set since)', async () => {
    const db = await database()
    await saveProfile(db, { ...fields, currentPay: PAY }, at(2))
    await saveProfile(db, fields, at(4))
    const later: StoredProfile = {
      id: 'me',
      ...fields,
      phdInField: false,
      leadership: { businessLine: false, team: false, openSource: false },
      currentPay: OTHER_PAY,
      updatedAt: at(6).toISOString(),
    } as StoredProfile
    // The stored profile is newer still (another field changed), but its pay was removed before.
    await saveProfile(db, { ...fields, yearsOfExperience: 9 }, at(8))
    const { combined } = await applyImportAt(db, exportOf(later), 'merge')
    const profile = await db.profile.get('me')
    expect(profile?.currentPay).toEqual(OTHER_PAY)
    expect(profile?.yearsOfExperience).toBe(9)
    // The file (no stamp: an older export) is only known to have been saved after the removal.
    expect(combined.profile).toMatchObject({ currentPay: 'saved-in-file-after' })
  })

  // Review 22 L9: a pay set before stamps were kept, its profile saved since only for another
  // field, was said to be set after the file's stamped pay ("you set it after the file's").
  it('says a pay without a stamp was saved after the file’s, not set after it', async () => {
    const db = await database()
    const beforeStamps = {
      id: 'me',
      ...fields,
      phdInField: false,
      leadership: { businessLine: false, team: false, openSource: false },
      currentPay: PAY,
      updatedAt: at(7).toISOString(),
    } as StoredProfile
    await db.profile.put(beforeStamps)
    const file = {
      ...beforeStamps,
      currentPay: OTHER_PAY,
      currentPayChangedAt: at(5).toISOString(),
      // The file's profile is newer (another field saved at 9), its pay set at 5.
      updatedAt: at(9).toISOString(),
    } as StoredProfile
    const { combined } = await applyImportAt(db, exportOf(file), 'merge')
    expect((await db.profile.get('me'))?.currentPay).toEqual(PAY)
    expect(combined.profile).toMatchObject({ currentPay: 'saved-here-after' })
  })

  it('removes the stored pay where the file (newer) removed it after this pay was set', async () => {
    const db = await database()
    const withPay = await saveProfile(db, { ...fields, currentPay: PAY }, at(2))
    const removedThere: StoredProfile = {
      ...withPay,
      updatedAt: at(10).toISOString(),
      currentPayChangedAt: at(10).toISOString(),
    }
    delete removedThere.currentPay
    const { counts, combined } = await applyImportAt(db, exportOf(removedThere), 'merge')
    expect((await db.profile.get('me'))?.currentPay).toBeUndefined()
    expect(counts.profile).toMatchObject({ updated: 1 })
    expect(combined.profile).toMatchObject({ currentPay: 'removal-taken', keptFromStored: [] })
  })

  it('keeps a pay changed here after the file’s, though the file’s profile is newer', async () => {
    const db = await database()
    const base = await saveProfile(db, { ...fields, currentPay: PAY }, at(2))
    await saveProfile(db, { ...fields, currentPay: OTHER_PAY }, at(6))
    const fileProfile: StoredProfile = {
      ...base,
      yearsOfExperience: 10,
      updatedAt: at(9).toISOString(),
    }
    const { combined } = await applyImportAt(db, exportOf(fileProfile), 'merge')
    const profile = await db.profile.get('me')
    expect(profile?.currentPay).toEqual(OTHER_PAY)
    expect(profile?.yearsOfExperience).toBe(10)
    expect(combined.profile).toMatchObject({ currentPay: 'newer-here' })
  })

  it('still fills a pay this profile never had (the new device’s quick profile)', async () => {
    const db = await database()
    const withPay = await saveProfile(db, { ...fields, currentPay: PAY }, at(2))
    await db.delete()
    await db.open()
    await saveProfile(db, { ...fields, city: '上海' }, at(10))
    const { combined } = await applyImportAt(db, exportOf(withPay), 'merge')
    const profile = await db.profile.get('me')
    expect(profile?.currentPay).toEqual(PAY)
    expect(profile?.currentPayChangedAt).toBe(at(2).toISOString())
    expect(combined.profile).toMatchObject({ filledFromFile: ['currentPay'] })
    expect(combined.profile?.currentPay).toBeUndefined()
  })

  it('changes nothing when the same file is merged a second time', async () => {
    const db = await database()
    const withPay = await saveProfile(db, { ...fields, currentPay: PAY }, at(2))
    const file = exportOf({ ...withPay, yearsOfExperience: 3, updatedAt: at(3).toISOString() })
    await saveProfile(db, fields, at(10))
    await applyImportAt(db, file, 'merge')
    const records = async () => ({ ...(await dumpDatabase(db)), meta: null })
    const after = await records()
    const again = await applyImportAt(db, file, 'merge')
    expect(await records()).toEqual(after)
    expect(again.counts.profile).toMatchObject({ updated: 0 })
  })
})
