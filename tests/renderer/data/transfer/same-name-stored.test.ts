import { afterEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import { exportDocument } from '../../../../renderer/data/transfer/export'
import type { ExportData } from '../../../../renderer/data/transfer/export-format'
import { checkImportText } from '../../../../renderer/data/transfer/import'
import { sameNameCountsStored } from '../../../../renderer/data/transfer/same-name-stored'
import { freshDatabase } from '../data-helpers'
import { populate } from './populate'

/**
 * The count the import's confirm step shows, read from the database (trial 19): a file typed
 * apart on another computer (other ids) finds every record of this one's; the same file
 * again, whose ids are all stored, finds none.
 */

const opened: TidemarkDatabase[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

async function exported(db: TidemarkDatabase): Promise<ExportData> {
  const text = await exportDocument(db, { version: '0.1.0', now: new Date('2026-11-21T00:00:00Z') })
  return checkImportText(text).data
}

/** The same records as typed on another computer: each with an id of its own. */
function typedApart(data: ExportData): ExportData {
  const other = <T extends { id: string }>(rows: T[]) =>
    rows.map((row) => ({ ...row, id: `other-${row.id}` }))
  return {
    ...data,
    skills: other(data.skills),
    offers: other(data.offers),
    // An entry's links to skills and offers are left out: they name this computer's ids.
    journal: other(data.journal).map((entry) => ({
      ...entry,
      skillIds: [],
      evidence: [],
      offerId: undefined,
    })),
    goals: other(data.goals).map((goal) => ({ ...goal, skillIds: [] })),
  }
}

describe('sameNameCountsStored', () => {
  it('finds every record typed apart, and none in the same file merged again', async () => {
    const db = await freshDatabase('same-name-stored')
    opened.push(db)
    await populate(db)
    const data = await exported(db)
    expect(data.skills.length).toBeGreaterThan(0)
    expect(data.journal.length).toBeGreaterThan(0)
    expect(await sameNameCountsStored(db, typedApart(data))).toEqual(
      (['skills', 'offers', 'journal', 'goals'] as const)
        .map((table) => ({ table, count: data[table].length }))
        .filter((row) => row.count > 0),
    )
    expect(await sameNameCountsStored(db, data)).toEqual([])
  })
})
