import type { StoredJournalEntry } from '../../../../data/records'

/**
 * The entry deleted last, kept in memory so that Undo can put it back after the entry's page
 * has gone (a delete returns to the timeline). One at a time: a later delete replaces it.
 */
let deleted: StoredJournalEntry | undefined
/** How many undo lines are mounted (DeletedEntryNotice): with none, a delete cannot be undone. */
let offers = 0
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

/** Whether a delete now would be offered Undo: then it needs no question first. */
export function undoOffered(): boolean {
  return offers > 0
}

/** Said by an undo line as it mounts; the function answered is called as it goes. */
export function offerUndo(): () => void {
  offers += 1
  changed()
  return () => {
    offers -= 1
    changed()
  }
}

export function onDeletedChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
