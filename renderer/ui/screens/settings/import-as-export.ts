import type { TidemarkDatabase } from '../../../data/db'
import type { ImportMode } from '../../../data/transfer/import'

/**
 * Whether an import counts as an export for the browser-mode reminder ("never been exported",
 * "N days since"). The reminder asks whether the user holds a copy of the stored data; after an
 * import that leaves the data as the file holds it, the user holds exactly that copy, as
 * complete as an export made at that moment (what changes later is missing from it, as from any
 * export). That is a replace, or a merge into a database that held nothing (a fresh browser).
 * A merge into data already here is not: the file lacks what was here, so the reminder stays.
 */
export function importCountsAsExport(mode: ImportMode, heldNothingBefore: boolean): boolean {
  return mode === 'replace' || heldNothingBefore
}

/** Whether the database holds none of what the reminder counts as data (skills, offers, journal
 *  entries: use-export-reminder). */
export async function holdsNothing(db: TidemarkDatabase): Promise<boolean> {
  const counts = await Promise.all([db.skills.count(), db.offers.count(), db.journal.count()])
  return counts.every((count) => count === 0)
}
