import type { StoredJournalEntry } from '../records'
import { kindText } from './kind-names'

/**
 * What the index keeps of an entry: the searchable text, nothing the screens do not search.
 * Its own module, so the UI thread can send an import's entries to the search worker without
 * loading the index library.
 */
export interface IndexedEntry {
  id: string
  title: string
  body: string
  tags: string
  company: string
  /** The kind's names in English and Chinese (kind-names.ts), not its id. Always set for a
   *  journal entry; optional for tests' rows of text. */
  kind?: string
  /** The skills the entry links to, by id: the index holds their names (linked-skills.ts),
   *  looked up when the entry is indexed and rewritten when a skill is renamed or deleted. */
  skillIds?: readonly string[]
  /** The entry's day (yyyy-mm-dd), not searched: equal matches are listed newest first
   *  (journal-index.ts). Optional for tests' rows of text, which rank after dated equals. */
  date?: string
}

export function indexedEntry(entry: StoredJournalEntry): IndexedEntry {
  return {
    id: entry.id,
    title: entry.title,
    body: entry.body,
    tags: entry.tags.join(' '),
    company: entry.company ?? '',
    kind: kindText(entry.kind),
    skillIds: entry.skillIds,
    date: entry.date,
  }
}
