import { useCallback, useMemo, useSyncExternalStore } from 'react'
import type { JournalFilter } from '../../../../data/repositories/journal-query'
import { parseTimelineQuery, searchOfHash, timelineHash, type TimelineState } from './timeline-hash'

/** Said after the search text is written with replaceState, which fires no hashchange. */
const REPLACED = 'tidemark:timeline-hash'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  window.addEventListener(REPLACED, onChange)
  return () => {
    window.removeEventListener('hashchange', onChange)
    window.removeEventListener(REPLACED, onChange)
  }
}

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
  const search = useSyncExternalStore(subscribe, currentSearch)
  const state = useMemo(() => parseTimelineQuery(search), [search])
  // Both read the address when called, not when made: the same functions for the screen's
  // life, so a keystroke in the search box does not draw the filters again.
  const setFilter = useCallback((filter: JournalFilter) => {
    window.location.hash = timelineHash(filter, parseTimelineQuery(currentSearch()).query)
  }, [])
  const setQuery = useCallback((query: string) => {
    const url = new URL(window.location.href)
    url.hash = timelineHash(parseTimelineQuery(currentSearch()).filter, query)
    window.history.replaceState(window.history.state, '', url)
    window.dispatchEvent(new Event(REPLACED))
  }, [])
  return { ...state, setFilter, setQuery }
}
