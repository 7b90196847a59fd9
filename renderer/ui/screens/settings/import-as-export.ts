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

/**
 * Whether the database holds nothing of the user's that an export carries: no profile, skill,
 * offer, journal entry or goal, and no tax or rule setting saved (those rows are written only
 * when the user saves one). A merged file lacks anything that was here, so any of it keeps the
 * reminder (review: a profile, a goal or changed rules were not counted).
 */
export async function holdsNothing(db: TidemarkDatabase): Promise<boolean> {
  const counts = await Promise.all([
    db.profile.count(),
    db.skills.count(),
    db.offers.count(),
    db.journal.count(),
    db.goals.count(),
    db.engineSettings.count(),
    db.rulesetOverrides.count(),
  ])
  return counts.every((count) => count === 0)
}
