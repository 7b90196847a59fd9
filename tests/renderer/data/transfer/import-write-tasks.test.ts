import { afterEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import type { StoredJournalEntry } from '../../../../renderer/data/records'
import {
  applyImportAt,
  checkImportText,
  type ImportMode,
} from '../../../../renderer/data/transfer/import'
import { generateExport } from '../../../helpers/export-generator'
import { freshDatabase } from '../data-helpers'

const opened: TidemarkDatabase[] = []
async function database(): Promise<TidemarkDatabase> {
  const db = await freshDatabase('import-write-tasks')
  opened.push(db)
  return db
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

/**
 * Each record handed to IndexedDB is copied on the UI thread, and a transaction takes more
 * requests only in IndexedDB's callbacks: the records handed over between two chunks written
 * back are one task the window cannot answer in. Counted here on the journal's table.
 */
function watchHandedOver(db: TidemarkDatabase) {
  const table = db.journal
  let sinceWrittenBack = 0
  let most = 0
  let handed = 0
  for (const method of ['bulkAdd', 'bulkPut'] as const) {
    const original = table[method].bind(table) as (
      rows: readonly StoredJournalEntry[],
    ) => Promise<unknown>
    Object.defineProperty(table, method, {
      configurable: true,
      value: (rows: readonly StoredJournalEntry[]) => {
        sinceWrittenBack += rows.length
        handed += rows.length
        most = Math.max(most, sinceWrittenBack)
        const written = original(rows)
        // Runs before the import's own continuation: that one is attached after this call.
        // An empty call is answered by Dexie in the same task, without IndexedDB: not a
        // chunk written back.
        if (rows.length > 0) {
          written.then(
            () => {
              sinceWrittenBack = 0
            },
            () => undefined,
          )
        }
        return written
      },
    })
  }
  return {
    most: () => most,
    handed: () => handed,
  }
}

describe('the import’s write, task by task', () => {
  it.each<[ImportMode, boolean]>([
    ['replace', false],
    ['merge', true],
  ])(
    'hands IndexedDB a few records at a time, never thousands in one task (%s, journal stored: %s)',
    async (mode, storedFirst) => {
      const file = generateExport(3000, 81)
      const document = checkImportText(file.text)
      const db = await database()
      if (storedFirst) {
        // Every entry already there, older: the merge updates them all (bulkPut).
        await db.journal.bulkPut(
          document.data.journal.map((entry) => ({
            ...entry,
            updatedAt: '2000-01-01T00:00:00.000Z',
          })),
        )
      }
      const watched = watchHandedOver(db)
      const { counts } = await applyImportAt(db, document, mode)
      expect(watched.handed()).toBe(3000)
      expect(counts.journal[storedFirst ? 'updated' : 'added']).toBe(3000)
      expect(watched.most()).toBeGreaterThan(0)
      // 4 chunks of 500 went out before the first came back (2,000 records: 300-500 ms in
      // Chromium at 50,000 entries), then 500 at each.
      expect(watched.most()).toBeLessThanOrEqual(200)
      expect(await db.journal.count()).toBe(3000)
      const stored = await db.journal.get(document.data.journal[2999]?.id ?? '')
      expect(stored).toEqual(document.data.journal[2999])
    },
  )

  it('keeps to a few records a task in a merge that starts with entries it leaves unchanged', async () => {
    const file = generateExport(4000, 82)
    const document = checkImportText(file.text)
    const db = await database()
    // The first 2,000 entries stored as they are in the file (unchanged by the merge), the
    // rest new: a newer export of the same journal.
    await db.journal.bulkPut(document.data.journal.slice(0, 2000))
    const watched = watchHandedOver(db)
    const { counts } = await applyImportAt(db, document, 'merge')
    expect(counts.journal).toMatchObject({ unchanged: 2000, added: 2000 })
    expect(watched.handed()).toBe(2000)
    expect(watched.most()).toBeGreaterThan(0)
    expect(watched.most()).toBeLessThanOrEqual(200)
    expect(await db.journal.count()).toBe(4000)
  })
})
