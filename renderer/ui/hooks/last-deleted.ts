/**
 * The record deleted last, kept in memory so that Undo can put it back after its page has gone
 * (a delete returns to the list). One at a time: a later delete replaces it. Screens read it with
 * useSyncExternalStore (`last`, `subscribe`).
 */
export interface LastDeleted<Deleted> {
  /** Remembers the record just deleted, with what its restore needs. */
  note: (record: Deleted) => void
  /** The record Undo would put back, if any. */
  last: () => Deleted | undefined
  /** Undo was used, or its screen was left: nothing more to put back. */
  forget: () => void
  subscribe: (listener: () => void) => () => void
  /** Tells the subscribers something they read changed (for a store's own extra state). */
  changed: () => void
}

export function lastDeletedStore<Deleted>(): LastDeleted<Deleted> {
  let deleted: Deleted | undefined
  const listeners = new Set<() => void>()
  const changed = () => {
    for (const listener of listeners) listener()
  }
  return {
    note: (record) => {
      deleted = record
      changed()
    },
    last: () => deleted,
    forget: () => {
      if (deleted === undefined) return
      deleted = undefined
      changed()
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    changed,
  }
}
