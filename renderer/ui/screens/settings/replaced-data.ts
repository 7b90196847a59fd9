import type { TidemarkDatabase } from '../../../data/db'

/** The data as it was before a replace in browser mode: its export document, and when. */
export interface ReplacedData {
  text: string
  replacedAt: Date
  /** The last export as it was before the replace (null: never), which an undo puts back. */
  lastExportAt: string | null
}

/**
 * Browser mode writes no backups, so the data a replace removed is kept here, in memory, for
 * Undo: it outlives leaving Settings (the panel offers Undo again on return) but not a reload or
 * closing the window, which the panel says. IndexedDB was the other place; a copy there would
 * sit beside the data it duplicates, under the same quota and the same clearing by the browser,
 * and the user is offered the same document as a file, which outlives both. One replace is
 * kept a database: the latest, which is the one Undo must take back.
 */
const kept = new WeakMap<TidemarkDatabase, ReplacedData>()

export function keepReplaced(
  db: TidemarkDatabase,
  text: string,
  replacedAt: Date,
  lastExportAt: string | null,
): void {
  kept.set(db, { text, replacedAt, lastExportAt })
}

export function replacedData(db: TidemarkDatabase): ReplacedData | null {
  return kept.get(db) ?? null
}

export function forgetReplaced(db: TidemarkDatabase): void {
  kept.delete(db)
}
