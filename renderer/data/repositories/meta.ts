import type { TidemarkDatabase } from '../db'

const JOURNAL_REVISION = 'journalRevision'
const LAST_EXPORT = 'lastExportAt'

/**
 * The journal's revision: a counter every write of what the search index holds (an entry
 * added, changed, removed, an import) raises in its own transaction. The search index stores
 * the revision it was built from, so a stale or missing index is known. Unlinking a deleted
 * skill or offer from entries does not raise it: links are not indexed.
 * Call inside a transaction that includes `db.meta`.
 */
export async function bumpJournalRevision(db: TidemarkDatabase): Promise<number> {
  const row = await db.meta.get(JOURNAL_REVISION)
  const next = (typeof row?.value === 'number' ? row.value : 0) + 1
  await db.meta.put({ key: JOURNAL_REVISION, value: next })
  return next
}

export async function readJournalRevision(db: TidemarkDatabase): Promise<number> {
  const row = await db.meta.get(JOURNAL_REVISION)
  return typeof row?.value === 'number' ? row.value : 0
}

/** When the user last exported (ISO), for the browser-mode reminder; null when never. */
export async function readLastExportAt(db: TidemarkDatabase): Promise<string | null> {
  const row = await db.meta.get(LAST_EXPORT)
  return typeof row?.value === 'string' ? row.value : null
}

export async function recordExport(db: TidemarkDatabase, now: Date): Promise<void> {
  await db.meta.put({ key: LAST_EXPORT, value: now.toISOString() })
}

/** Puts the last export back as it was read before (null: never exported), e.g. after an undo. */
export async function restoreLastExportAt(
  db: TidemarkDatabase,
  value: string | null,
): Promise<void> {
  if (value === null) await db.meta.delete(LAST_EXPORT)
  else await db.meta.put({ key: LAST_EXPORT, value })
}

const LAST_AUTOMATIC_BACKUP = 'lastAutomaticBackup'

/** How the last automatic backup went: a failure must be seen, not only logged. */
export interface AutomaticBackupResult {
  at: string
  reason: string
  /** The error, when it failed (a full disk, data that no longer exports). */
  error: string | null
}

export async function recordAutomaticBackup(
  db: TidemarkDatabase,
  result: AutomaticBackupResult,
): Promise<void> {
  await db.meta.put({ key: LAST_AUTOMATIC_BACKUP, value: result })
}

export async function readLastAutomaticBackup(
  db: TidemarkDatabase,
): Promise<AutomaticBackupResult | null> {
  const value = (await db.meta.get(LAST_AUTOMATIC_BACKUP))?.value
  if (typeof value !== 'object' || value === null) return null
  const { at, reason, error } = value as Record<string, unknown>
  return typeof at === 'string' && typeof reason === 'string'
    ? { at, reason, error: typeof error === 'string' ? error : null }
    : null
}
