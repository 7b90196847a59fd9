import type { TidemarkDatabase } from '../../../../data/db'
import type { StoredJournalEntry } from '../../../../data/records'
import { firstOfJournal, type JournalFilter } from '../../../../data/repositories/journal-query'

/**
 * The timeline's first screen read ahead of its live query, in a module of its own that brings
 * only the journal's read (no React, no strings, no zod): main.tsx imports it with the start's
 * own code, so that the journal's first rows are read as soon as the database is open, while the
 * rest of the app's code and the journal's are still loading and running.
 */

/** Entries of the first screen, read at once before the whole order: the list's first page
 *  (use-entry-pages reads the later ones by pages of the same size). */
export const FIRST_ROWS = 40

/**
 * A read ahead: started as soon as the database is open (`warmJournalFirstScreen`) or as the
 * timeline is drawn, not after the first paint when the live query's effect subscribes. It
 * answers until the live query does, once: the live query takes its rows if they are still the
 * same (so the rows are not drawn again), and lets it go.
 */
export interface Ahead {
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

/** The read ahead for `key` (the JSON of `filter`): the one under way if fresh, else a new one. */
export function readAhead(db: TidemarkDatabase, filter: JournalFilter, key: string): Ahead {
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

/** The read ahead under way or done, if any (for a render to tell whether it started one). */
export function currentAhead(): Ahead | null {
  return ahead
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
 * Whether `hash` opens the timeline with nothing in its address to narrow it (`#/journal`,
 * `#/journal?` or only a search typed, which the first screen does not wait for): its first
 * screen is the newest entries, read without parsing the address. Any filter, an entry's page,
 * goals or the job search: false (the journal's own code reads what they need).
 */
export function opensUnfilteredTimeline(hash: string): boolean {
  const [path = '', query] = hash.replace(/^#\/?/, '').split('?', 2) as [string?, string?]
  if (path !== 'journal') return false
  if (query === undefined || query === '') return true
  return [...new URLSearchParams(query).keys()].every((name) => name === 'q')
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
