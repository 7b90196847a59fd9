import { useLayoutEffect, useState } from 'react'
import type { TidemarkDatabase } from '../../../../data/db'
import type { StoredJournalEntry } from '../../../../data/records'
import { firstOfJournal, type JournalFilter } from '../../../../data/repositories/journal-query'
import type { UiLanguage } from '../../../i18n/i18n'
import { warmDateFormats } from './timeline-groups'
import { ENTRY_PAGE } from './use-entry-pages'

/** Entries of the first screen, read at once before the whole order: the list's first page. */
export const FIRST_ROWS = ENTRY_PAGE

/**
 * The timeline's first screen read ahead of its live query: started as soon as the timeline is
 * drawn (or earlier, by `warmJournalFirstScreen`), not after the first paint when the live
 * query's effect subscribes. It answers until the live query does, once: the live query takes
 * its rows if they are still the same (so the rows are not drawn again), and lets it go.
 */
interface Ahead {
  db: TidemarkDatabase
  /** The filter it answers, as the timeline keys it (JSON). */
  key: string
  /** When it was asked (performance.now()): an old one is not shown, even for a moment. */
  at: number
  read: Promise<void>
  /** Undefined until read; null for a filter the first screen does not answer (timeline.ts). */
  rows?: StoredJournalEntry[] | null
}

/** Past this age a read ahead that no timeline took is read again. */
const FRESH_MS = 5000

let ahead: Ahead | null = null

function readAhead(db: TidemarkDatabase, filter: JournalFilter, key: string): Ahead {
  if (ahead?.db === db && ahead.key === key && performance.now() - ahead.at < FRESH_MS) return ahead
  const started: Ahead = {
    db,
    key,
    at: performance.now(),
    read: firstOfJournal(db, filter, FIRST_ROWS).then(
      (rows) => {
        started.rows = rows
      },
      () => {
        // Read again by the live query, whose failure the screen shows.
        if (ahead === started) ahead = null
      },
    ),
  }
  ahead = started
  return started
}

/**
 * Starts reading the first screen of the timeline for `filter` (its JSON is `key`), before the
 * screen is drawn: for the app's start-up, while the rest of the app still loads. Resolves once
 * read (never rejects: a failed read is left to the live query, which the screen shows).
 */
export function warmJournalFirstScreen(
  db: TidemarkDatabase,
  filter: JournalFilter = {},
  key = JSON.stringify(filter),
): Promise<void> {
  return readAhead(db, filter, key).read
}

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
  const before = ahead
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

/**
 * The live query's answer for the first screen: the rows read ahead for the same filter, when
 * they are the same entries, field for field (drawn already: nothing is drawn again), else
 * its own. Either way the read ahead is let go: later screens read afresh.
 */
export function sameAsAhead(
  db: TidemarkDatabase,
  key: string,
  rows: StoredJournalEntry[] | null,
): StoredJournalEntry[] | null {
  const taken = ahead
  if (taken?.db !== db || taken.key !== key) return rows
  ahead = null
  const before = taken.rows
  if (before === undefined) return rows
  // Compared whole (40 entries, a millisecond or two): a write between the two reads shows.
  const same = JSON.stringify(before) === JSON.stringify(rows)
  return same ? before : rows
}
