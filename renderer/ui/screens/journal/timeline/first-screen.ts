import { useLayoutEffect, useState } from 'react'
import type { TidemarkDatabase } from '../../../../data/db'
import type { StoredJournalEntry } from '../../../../data/records'
import type { JournalFilter } from '../../../../data/repositories/journal-query'
import type { UiLanguage } from '../../../i18n/i18n'
import { currentAhead, readAhead } from './read-ahead'
import { warmDateFormats } from './timeline-groups'

export { FIRST_ROWS, sameAsAhead, warmJournalFirstScreen } from './read-ahead'

/**
 * The first screen read ahead, while the live query has not answered (`wanted`): started now
 * if it was not, and the screen drawn again once it arrives. Undefined until then.
 */
export function useFirstScreenAhead(
  db: TidemarkDatabase,
  filter: JournalFilter,
  key: string,
  wanted: boolean,
  language: UiLanguage,
): StoredJournalEntry[] | null | undefined {
  // Asked in render, not in an effect: effects run after the first paint, which is what this
  // read must not wait for. A second render (strict mode, a keystroke) asks once.
  const before = currentAhead()
  const read = wanted ? readAhead(db, filter, key) : null
  if (read && read !== before && read.rows === undefined) {
    // The rows' date formats are made while they are read (a task after this render).
    setTimeout(() => {
      warmDateFormats(language)
    }, 0)
  }
  const [, setArrivals] = useState(0)
  // A layout effect: it is there as the screen is committed, so rows that arrive then are drawn
  // at once, not after the first paint and the passive effects (a further 200-500 ms at load).
  useLayoutEffect(() => {
    if (!read || read.rows !== undefined) return
    let live = true
    void read.read.then(() => {
      if (live) {
        setArrivals((count) => count + 1)
      }
    })
    return () => {
      live = false
    }
  }, [read])
  return read?.rows
}
