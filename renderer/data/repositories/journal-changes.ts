import type { TidemarkDatabase } from '../db'

/**
 * Listeners told, after a journal write commits, which entries changed (the search worker),
 * with the journal revision that write produced. A module of its own, free of the records'
 * schemas: the search client subscribes at every start, before any write is made.
 */
export type JournalChange =
  | { kind: 'put'; ids: string[]; revision: number }
  | { kind: 'delete'; ids: string[]; revision: number }
  | { kind: 'reset' }
type JournalListener = (change: JournalChange) => void
const listeners = new WeakMap<TidemarkDatabase, Set<JournalListener>>()

export function onJournalChange(db: TidemarkDatabase, listener: JournalListener): () => void {
  const forDb = listeners.get(db) ?? new Set<JournalListener>()
  listeners.set(db, forDb)
  forDb.add(listener)
  return () => forDb.delete(listener)
}

export function announceJournalChange(db: TidemarkDatabase, change: JournalChange): void {
  for (const listener of listeners.get(db) ?? []) listener(change)
}
