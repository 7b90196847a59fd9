import type { StoredJournalEntry } from '../../../../data/records'
import { lastDeletedStore } from '../../../hooks/last-deleted'

/** The entry deleted last, as stored (links and stamps included). */
const store = lastDeletedStore<StoredJournalEntry>()
/** How many undo lines are mounted (DeletedEntryNotice): with none, a delete cannot be undone. */
let offers = 0

export const noteDeleted = store.note
export const lastDeleted = store.last
/** Done with it: put back, or no longer offered (the journal closed). */
export const forgetDeleted = store.forget
export const onDeletedChange = store.subscribe

/** Whether a delete now would be offered Undo: then it needs no question first. */
export function undoOffered(): boolean {
  return offers > 0
}

/** Said by an undo line as it mounts; the function answered is called as it goes. */
export function offerUndo(): () => void {
  offers += 1
  store.changed()
  return () => {
    offers -= 1
    store.changed()
  }
}
