import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import { saveJournalEntry } from '../../../renderer/data/repositories/journal'
import { saveSkill } from '../../../renderer/data/repositories/skills'
import {
  checkRestoreFile,
  RestoreFailed,
  restoreAtStartup,
  type RestoreProgress,
} from '../../../renderer/data/restore-at-startup'
import { exportDocument, readExportData } from '../../../renderer/data/transfer/export'
import { ImportRefused } from '../../../renderer/data/transfer/import-problems'
import { dumpDatabase } from './data-helpers'
import { populate } from './transfer/populate'

const names: string[] = []
function databaseName(): string {
  const name = `restore-${crypto.randomUUID()}`
  names.push(name)
  return name
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

const app = { version: '0.1.0', now: new Date('2026-11-29T10:00:00.000Z') }
const now = new Date('2026-11-30T06:00:00.000Z')

/** A backup as main keeps it: the export document of a populated database. */
async function backupText(): Promise<string> {
  const name = databaseName()
  const source = new TidemarkDatabase(name)
  await source.open()
  await populate(source)
  const text = await exportDocument(source, app)
  source.close()
  return text
}

/** The user's current data, different from the backup's, left closed. */
async function currentDatabase(): Promise<string> {
  const name = databaseName()
  const db = new TidemarkDatabase(name)
  await db.open()
  await saveSkill(db, { name: 'Kept only here', domain: 'nlp', level: 2 }, now)
  await saveJournalEntry(db, { kind: 'learning', date: '2026-11-29', title: '读论文' }, now)
  db.close()
  return name
}

/** A database a newer Tidemark wrote: a version and a store this build does not know. */
async function newerDatabase(): Promise<string> {
  const name = databaseName()
  const future = new Dexie(name)
  future.version(9).stores({ settings: 'id', skills: 'id', somethingNew: 'id' })
  await future.open()
  await future.table('skills').put({ id: 's-new', name: 'From the future' })
  await future.table('somethingNew').put({ id: 'n1', value: 42 })
  future.close()
  return name
}

async function rawDump(
  name: string,
): Promise<{ version: number; tables: Record<string, unknown[]> }> {
  const raw = new Dexie(name)
  await raw.open()
  const tables = await dumpDatabase(raw)
  const version = raw.verno
  raw.close()
  return { version, tables }
}

async function openedExportData(name: string) {
  const db = new TidemarkDatabase(name)
  await db.open()
  const data = await readExportData(db)
  db.close()
  return data
}

describe('restoreAtStartup', () => {
  it('replaces the database with the backup: every table equal to the backup’s', async () => {
    const text = await backupText()
    const name = await currentDatabase()
    const kept: string[] = []
    const checked = checkRestoreFile(text)
    expect(checked.records).toEqual({ skills: 2, offers: 1, journal: 2, goals: 1 })

    const outcome = await restoreAtStartup({
      databaseName: name,
      checked,
      keepRescue: (contents) => {
        kept.push(contents)
        return Promise.resolve('rescue-backup.json')
      },
      appVersion: '0.1.0',
      now,
    })

    expect(outcome.rescue).toBe('rescue-backup.json')
    expect(outcome.counts.journal.added).toBe(2)
    expect(await openedExportData(name)).toEqual(checked.document.data)
    // Re-exported, the restored database is the backup byte for byte.
    const db = new TidemarkDatabase(name)
    await db.open()
    expect(await exportDocument(db, app)).toBe(text)
    db.close()
  })

  it('keeps what could be read before deleting it, as a backup that can itself be restored', async () => {
    const name = await currentDatabase()
    const before = await openedExportData(name)
    const events: string[] = []
    let rescue = ''
    let keptAsRestorable: boolean | undefined
    const outcome = await restoreAtStartup({
      databaseName: name,
      checked: checkRestoreFile(await backupText()),
      keepRescue: async (contents, restorable) => {
        // At this moment nothing has been deleted: the old rows are all still there.
        const { tables } = await rawDump(name)
        events.push(`keep: ${String(tables['skills']?.length)} skills`)
        rescue = contents
        keptAsRestorable = restorable
        return 'rescue.json'
      },
      appVersion: '0.1.0',
      now,
      onProgress: (progress) => events.push(progress.stage),
    })
    expect(events.slice(0, 3)).toEqual(['rescue', 'keep: 1 skills', 'delete'])
    expect(events.at(-1)).toBe('write')
    // The copy is an export of the old data, and said to be: restoring it gives it back.
    expect(keptAsRestorable).toBe(true)
    expect(outcome.rescueRestorable).toBe(true)
    const undo = checkRestoreFile(rescue)
    expect(undo.document.data).toEqual(before)
  })

  it('keeps a database a newer Tidemark wrote as the raw rescue, every store included', async () => {
    const name = await newerDatabase()
    let rescue = ''
    let keptAsRestorable: boolean | undefined
    const checked = checkRestoreFile(await backupText())
    const outcome = await restoreAtStartup({
      databaseName: name,
      checked,
      keepRescue: (contents, restorable) => {
        rescue = contents
        keptAsRestorable = restorable
        return Promise.resolve('rescue.json')
      },
      appVersion: '0.1.0',
      now,
    })
    // Not an export: said to be the raw copy, so the app lists it as one and offers no restore.
    expect(keptAsRestorable).toBe(false)
    expect(outcome.rescueRestorable).toBe(false)
    const kept = JSON.parse(rescue) as { format: string; version: number; tables: unknown }
    expect(kept.format).toBe('tidemark-rescue')
    expect(kept.version).toBe(9)
    expect(kept.tables).toMatchObject({
      skills: [{ id: 's-new', name: 'From the future' }],
      somethingNew: [{ id: 'n1', value: 42 }],
    })
    // The fresh database is this version's, holding the backup.
    const { version } = await rawDump(name)
    expect(version).toBe(2)
    expect(await openedExportData(name)).toEqual(checked.document.data)
  })

  it('a bad file is refused before anything is touched', async () => {
    const name = await newerDatabase()
    const before = await rawDump(name)
    const good = await backupText()
    const bad = [
      '',
      good.slice(0, good.length / 2),
      good.replace(/"version": \d+,/, '"version": 99,'),
      good.replace('"format": "tidemark"', '"format": "other"'),
      good.replace('"level":4', '"level":"four"'),
      JSON.stringify({ format: 'tidemark-rescue', tables: {} }),
    ]
    for (const text of bad) {
      expect(() => checkRestoreFile(text), text.slice(0, 40)).toThrow(ImportRefused)
    }
    expect(await rawDump(name)).toEqual(before)
  })

  it('deletes nothing when the copy cannot be kept (a full disk)', async () => {
    const name = await currentDatabase()
    const before = await rawDump(name)
    const failure = await restoreAtStartup({
      databaseName: name,
      checked: checkRestoreFile(await backupText()),
      keepRescue: () => Promise.reject(new Error('ENOSPC')),
      appVersion: '0.1.0',
      now,
    }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(RestoreFailed)
    expect((failure as RestoreFailed).stage).toBe('keep')
    expect(await rawDump(name)).toEqual(before)
  })

  it('deletes nothing when nothing can be read to keep', async () => {
    // No database by that name: the rescue's read fails, so the restore must stop.
    const name = databaseName()
    const failure = await restoreAtStartup({
      databaseName: name,
      checked: checkRestoreFile(await backupText()),
      keepRescue: () => Promise.resolve('never'),
      appVersion: '0.1.0',
      now,
    }).catch((error: unknown) => error)
    expect((failure as RestoreFailed).stage).toBe('read')
    expect((await indexedDB.databases()).some((info) => info.name === name)).toBe(false)
  })

  it('a write that fails after the delete names the copy, and leaves the fresh database empty', async () => {
    const name = await currentDatabase()
    const checked = checkRestoreFile(await backupText())
    // Two skills with one id: the one transaction fails part-way, and writes nothing.
    const [first] = checked.document.data.skills
    if (!first) throw new Error('the backup has skills')
    checked.document.data.skills.push(first)
    const failure = await restoreAtStartup({
      databaseName: name,
      checked,
      keepRescue: () => Promise.resolve('rescue.json'),
      appVersion: '0.1.0',
      now,
    }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(RestoreFailed)
    expect(failure).toMatchObject({ stage: 'write', rescue: 'rescue.json' })
    const { tables } = await rawDump(name)
    expect(Object.values(tables).every((rows) => rows.length === 0)).toBe(true)
  })

  it('without a copy to keep (the user saved it or agreed), restores straight away', async () => {
    const name = await newerDatabase()
    const checked = checkRestoreFile(await backupText())
    const outcome = await restoreAtStartup({
      databaseName: name,
      checked,
      keepRescue: null,
      appVersion: '0.1.0',
      now,
    })
    expect(outcome.rescue).toBeNull()
    expect(await openedExportData(name)).toEqual(checked.document.data)
  })

  it('waits for another window to let go of the database, saying so', async () => {
    const name = await currentDatabase()
    const other = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onsuccess = () => {
        resolve(request.result)
      }
      request.onerror = () => {
        reject(request.error ?? new Error('open failed'))
      }
    })
    const seen: RestoreProgress[] = []
    const checked = checkRestoreFile(await backupText())
    await restoreAtStartup({
      databaseName: name,
      checked,
      keepRescue: null,
      appVersion: '0.1.0',
      now,
      onProgress: (progress) => {
        seen.push(progress)
        // The other window closes once it is asked to.
        if (progress.stage === 'delete' && progress.blocked) other.close()
      },
    })
    expect(seen).toContainEqual({ stage: 'delete', blocked: true })
    expect(await openedExportData(name)).toEqual(checked.document.data)
  })
})
