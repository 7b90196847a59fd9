import { afterEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import { exportDocument } from '../../../../renderer/data/transfer/export'
import type { ExportData } from '../../../../renderer/data/transfer/export-format'
import {
  applyImport,
  checkImportText,
  type ImportCounts,
  type TableCounts,
} from '../../../../renderer/data/transfer/import'
import { storedVersions } from '../../../../renderer/data/transfer/stored-versions'
import { profileExport } from '../../../helpers/profile-export'
import { freshDatabase } from '../data-helpers'

/**
 * What an import says it did (new-user trial, M5): a merge that keeps the app's newer copies
 * says so, apart from the records that are the same; a replace says which of its records
 * differ from the ones they take the place of, rather than "all removed, all added".
 */

const opened: TidemarkDatabase[] = []
async function database(): Promise<TidemarkDatabase> {
  const db = await freshDatabase('import-counts')
  opened.push(db)
  return db
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a stored record')
  return value
}

const LATER = '2026-11-20T10:00:00.000Z'
/** The trial's file: a profile, 6 skills and 10 offers, 17 records. */
const file = () => checkImportText(profileExport({ skills: 6, offers: 10 }))

/** The file imported, then two of its records changed in the app after it was written. */
async function appNewerThanFile(): Promise<TidemarkDatabase> {
  const db = await database()
  await applyImport(db, file(), 'replace')
  const skill = must(await db.skills.get('bench-skill-0'))
  await db.skills.put({ ...skill, level: skill.level === 3 ? 2 : 3, updatedAt: LATER })
  const offer = must(await db.offers.get('bench-offer-0'))
  await db.offers.put({ ...offer, status: 'declined', updatedAt: LATER })
  return db
}

function total(counts: ImportCounts): TableCounts {
  const sum: TableCounts = {
    added: 0,
    updated: 0,
    unchanged: 0,
    keptNewer: 0,
    keptSameTime: 0,
    replaced: 0,
    removed: 0,
  }
  for (const table of Object.values(counts)) {
    for (const key of Object.keys(sum) as (keyof TableCounts)[]) sum[key] += table[key]
  }
  return sum
}

describe('merge counts', () => {
  it('counts the records kept because the app’s copy is newer apart from the same ones', async () => {
    const db = await appNewerThanFile()
    const counts = await applyImport(db, file(), 'merge')
    expect(counts.skills).toMatchObject({ keptNewer: 1, unchanged: 5, updated: 0, added: 0 })
    expect(counts.offers).toMatchObject({ keptNewer: 1, unchanged: 9, updated: 0, added: 0 })
    expect(total(counts)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 15,
      keptNewer: 2,
      keptSameTime: 0,
      replaced: 0,
      removed: 0,
    })
    // Kept: the app's copies, as they were.
    expect((await db.offers.get('bench-offer-0'))?.status).toBe('declined')
  })

  it('keeps a record with the file’s updatedAt but other content, and does not call it unchanged', async () => {
    const db = await database()
    await applyImport(db, file(), 'replace')
    // Changed here without a new stamp: the same updatedAt as the file's copy, other content
    // (two devices in one millisecond, or a file edited by hand, come to the same).
    const skill = must(await db.skills.get('bench-skill-0'))
    await db.skills.put({ ...skill, name: 'Renamed here' })
    const profile = must(await db.profile.get('me'))
    await db.profile.put({ ...profile, yearsOfExperience: profile.yearsOfExperience + 1 })
    const counts = await applyImport(db, file(), 'merge')
    expect(counts.skills).toMatchObject({ keptSameTime: 1, unchanged: 5, keptNewer: 0 })
    expect(counts.profile).toMatchObject({ keptSameTime: 1, unchanged: 0 })
    expect(total(counts)).toMatchObject({ keptSameTime: 2, unchanged: 15, updated: 0 })
    // Newest wins cannot choose: what is stored stays.
    expect((await db.skills.get('bench-skill-0'))?.name).toBe('Renamed here')
    expect(await db.profile.get('me')).toEqual({
      ...profile,
      yearsOfExperience: profile.yearsOfExperience + 1,
    })
  })

  it('keeps a stored day’s score that differs as kept, one that is the same as unchanged', async () => {
    const db = await database()
    const day = {
      date: '2026-11-01',
      score: 40,
      tier: 'mid' as const,
      levels: {},
      rulesetVersion: 1,
    }
    await db.skillSnapshots.bulkPut([day, { ...day, date: '2026-11-02' }])
    const document = file()
    const snapshots: ExportData['skillSnapshots'] = [
      { ...day, score: 55 },
      { ...day, date: '2026-11-02' },
      { ...day, date: '2026-11-03' },
    ]
    const counts = await applyImport(
      db,
      { ...document, data: { ...document.data, skillSnapshots: snapshots } },
      'merge',
    )
    expect(counts.skillSnapshots).toMatchObject({ added: 1, unchanged: 1, keptNewer: 1 })
    expect((await db.skillSnapshots.get('2026-11-01'))?.score).toBe(40)
  })
})

describe('replace counts', () => {
  it('says which records differ when it is handed the stored versions, read once by the export before it', async () => {
    const db = await appNewerThanFile()
    let before = {}
    await exportDocument(
      db,
      { version: '0.1.0', now: new Date(LATER) },
      { onRead: (data) => (before = storedVersions(data)) },
    )
    const counts = await applyImport(db, file(), 'replace', { before })
    expect(total(counts)).toEqual({
      added: 0,
      updated: 2,
      unchanged: 15,
      keptNewer: 0,
      keptSameTime: 0,
      replaced: 0,
      removed: 0,
    })
    expect(counts.profile).toMatchObject({ unchanged: 1 })
    expect((await db.offers.get('bench-offer-0'))?.status).toBe('considering')
  })

  it('calls a record with the stored one’s updatedAt but other content different, not the same', async () => {
    const db = await database()
    await applyImport(db, file(), 'replace')
    // Changed here without a new stamp (two devices in one millisecond, or a file edited by
    // hand): the replace writes the file's copy over it, so it is not "the same as yours".
    const skill = must(await db.skills.get('bench-skill-0'))
    await db.skills.put({ ...skill, name: 'Renamed here' })
    const profile = must(await db.profile.get('me'))
    await db.profile.put({ ...profile, yearsOfExperience: profile.yearsOfExperience + 1 })
    let before = {}
    await exportDocument(
      db,
      { version: '0.1.0', now: new Date(LATER) },
      { onRead: (data) => (before = storedVersions(data)) },
    )
    const counts = await applyImport(db, file(), 'replace', { before })
    expect(counts.skills).toMatchObject({ updated: 1, unchanged: 5 })
    expect(counts.profile).toMatchObject({ updated: 1, unchanged: 0 })
    expect(total(counts)).toMatchObject({ updated: 2, unchanged: 15, replaced: 0 })
    expect((await db.skills.get('bench-skill-0'))?.name).toBe(skill.name)
  })

  it('counts what it adds, removes and writes over, by id, when not handed them', async () => {
    const db = await appNewerThanFile()
    await db.skills.delete('bench-skill-5')
    const extra = must(await db.offers.get('bench-offer-1'))
    await db.offers.put({ ...extra, id: 'mine-only' })
    const counts = await applyImport(db, file(), 'replace')
    expect(counts.skills).toMatchObject({ added: 1, replaced: 5, removed: 0 })
    expect(counts.offers).toMatchObject({ added: 0, replaced: 10, removed: 1 })
    // The one-row tables are read in the transaction: compared even so.
    expect(counts.profile).toMatchObject({ unchanged: 1, replaced: 0 })
    expect(await db.offers.get('mine-only')).toBeUndefined()
  })
})
