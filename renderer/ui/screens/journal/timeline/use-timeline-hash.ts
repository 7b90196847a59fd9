import { useCallback, useMemo, useSyncExternalStore } from 'react'
import type { JournalFilter } from '../../../../data/repositories/journal-query'
import { replaceAddress, subscribeToAddress } from '../../../hooks/address-events'
import { parseTimelineQuery, searchOfHash, timelineHash, type TimelineState } from './timeline-hash'

function currentSearch(): string {
  return searchOfHash(window.location.hash)
}

export interface TimelineHash extends TimelineState {
  /** A new history entry: back undoes a filter. */
  setFilter: (filter: JournalFilter) => void
  /** Replaces the current entry: a search typed letter by letter is one step in history. */
  setQuery: (query: string) => void
}

/** The timeline's filters and search text, read from and written to the hash. */
export function useTimelineHash(): TimelineHash {
  const search = useSyncExternalStore(subscribeToAddress, currentSearch)
  const state = useMemo(() => parseTimelineQuery(search), [search])
  // Both read the address when called, not when made: the same functions for the screen's
  // life, so a keystroke in the search box does not draw the filters again.
  const setFilter = useCallback((filter: JournalFilter) => {
    window.location.hash = timelineHash(filter, parseTimelineQuery(currentSearch()).query)
  }, [])
  const setQuery = useCallback((query: string) => {
    const url = new URL(window.location.href)
    url.hash = timelineHash(parseTimelineQuery(currentSearch()).filter, query)
    replaceAddress(url)
  }, [])
  return { ...state, setFilter, setQuery }
}
