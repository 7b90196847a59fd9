import type { JournalChange } from '../repositories/journal'
import type { IndexedEntry, SearchResults } from './journal-index'
import type { ImportIndexMode, SearchStatus } from './search-service'

/** The messages between the UI thread and the search worker: one map, request → response. */
export interface SearchProtocol {
  open: { request: { databaseName: string }; response: SearchStatus }
  search: { request: { query: string; limit: number }; response: SearchResults }
  apply: { request: { change: JournalChange }; response: null }
  rebuild: { request: null; response: SearchStatus }
  flush: { request: null; response: null }
  /** A file about to be checked for an import: its index drafted meanwhile (the file is the
   *  worker's own copy, its bytes transferred). */
  importPrepare: { request: { key: number; file: string | ArrayBuffer }; response: null }
  importDrop: { request: { key: number }; response: null }
  /** An import's index, built beside its write or following the draft of its file
   *  (`prepared`: importPrepare's key) (SearchService.beginImport and after). */
  importBegin: { request: { mode: ImportIndexMode; prepared: number | null }; response: null }
  importEntries: { request: { entries: IndexedEntry[] }; response: null }
  importCommit: { request: { revision: number; kept: number | null }; response: SearchStatus }
  importAbort: { request: null; response: null }
}

export type SearchMethod = keyof SearchProtocol

export type SearchRequestMessage = {
  [M in SearchMethod]: { id: number; method: M; request: SearchProtocol[M]['request'] }
}[SearchMethod]

export type SearchResponseMessage =
  { id: number; ok: true; response: unknown } | { id: number; ok: false; error: string }
