import type { StoredJournalEntry } from '../../../../data/records'

/**
 * The entry deleted last, kept in memory so that Undo can put it back after the entry's page
 * has gone (a delete returns to the timeline). One at a time: a later delete replaces it.
 */
let deleted: StoredJournalEntry | undefined
const listeners = new Set<() => void>()

function changed(): void {
  for (const listener of listeners) listener()
}

/** Remembers the entry just deleted (as stored, links and stamps included). */
export function noteDeleted(entry: StoredJournalEntry): void {
  deleted = entry
  changed()
}

/** The entry Undo would put back, if any. */
export function lastDeleted(): StoredJournalEntry | undefined {
  return deleted
}

/** Done with it: put back, or no longer offered (the journal closed). */
export function forgetDeleted(): void {
  if (deleted === undefined) return
  deleted = undefined
  changed()
}

export function onDeletedChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
