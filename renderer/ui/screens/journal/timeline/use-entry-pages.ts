import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import type { StoredJournalEntry } from '../../../../data/records'
import { entriesByIds } from '../../../../data/repositories/journal-query'
import { useServices } from '../../../services'
import { FIRST_ROWS } from './read-ahead'

/** Entries read at once: a screenful or two (the first screen's read ahead is one page). */
export const ENTRY_PAGE = FIRST_ROWS
/** Past this many entries kept, those outside the pages in view are let go. */
const KEEP_LIMIT = 2000

interface Loaded {
  /** The list the pages belong to: a new list (a write, a new filter) reads them again. */
  source: readonly string[]
  pages: ReadonlySet<number>
  entries: ReadonlyMap<string, StoredJournalEntry>
}

/** A row's entry: read with its page, or among those the caller already holds. */
export type EntryLookup = (id: string) => StoredJournalEntry | undefined

const NONE: ReadonlyMap<string, StoredJournalEntry> = new Map()

/**
 * The entries of the rows in view, `first` to `last` of `ids`, read a page at a time as the
 * list scrolls. When `ids` changes, the pages in view are read again; until they arrive the
 * rows keep what they showed (same id, same entry), so a write does not blank the screen.
 * A page whose entries are all in `seed` (the first screen, read already) is not read.
 */
export function useEntryPages(
  ids: readonly string[],
  first: number,
  last: number,
  seed: ReadonlyMap<string, StoredJournalEntry> = NONE,
): EntryLookup {
  const { db } = useServices()
  const [loaded, setLoaded] = useState<Loaded>({
    source: ids,
    pages: new Set(),
    entries: new Map(),
  })
  /** The list each page is being read for. */
  const inFlight = useRef(new Map<number, readonly string[]>())
  const latest = useRef(ids)
  const firstPage = Math.floor(Math.max(0, first) / ENTRY_PAGE)
  const lastPage = Math.floor(Math.max(0, last) / ENTRY_PAGE)

  useEffect(() => {
    latest.current = ids
    const current = loaded.source === ids ? loaded.pages : new Set<number>()
    for (let page = firstPage; page <= lastPage; page++) {
      const pageIds = ids.slice(page * ENTRY_PAGE, (page + 1) * ENTRY_PAGE)
      if (pageIds.length === 0 || current.has(page) || inFlight.current.get(page) === ids) continue
      if (pageIds.every((id) => seed.has(id))) continue
      inFlight.current.set(page, ids)
      entriesByIds(db, pageIds).then(
        (entries) => {
          if (inFlight.current.get(page) === ids) inFlight.current.delete(page)
          // An answer for a list no longer shown is dropped.
          if (latest.current !== ids) return
          // A transition: the rows that arrive are drawn in slices between frames.
          startTransition(() => {
            setLoaded((previous) => {
              // Past the limit, start again from this page: the others in view are read again.
              const fresh = previous.source !== ids || previous.entries.size > KEEP_LIMIT
              const pages = new Set(fresh ? [] : previous.pages)
              pages.add(page)
              const kept = new Map(previous.entries.size > KEEP_LIMIT ? [] : previous.entries)
              for (const entry of entries) kept.set(entry.id, entry)
              return { source: ids, pages, entries: kept }
            })
          })
        },
        () => {
          // A read that failed (the database closed under it): the page is no longer in flight,
          // so the next scroll or write reads it again; its rows stay placeholders meanwhile.
          if (inFlight.current.get(page) === ids) inFlight.current.delete(page)
        },
      )
    }
  }, [db, ids, firstPage, lastPage, loaded, seed])

  const { entries } = loaded
  return useCallback((id: string) => seed.get(id) ?? entries.get(id), [seed, entries])
}
