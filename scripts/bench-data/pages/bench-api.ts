/**
 * What the bench pages put on `window` for scripts/bench-data.mts to call through
 * page.evaluate: one declaration, read by both sides.
 */
import type { SearchStatus } from '../../../renderer/data/search/search-service'

export interface RawWriteOptions {
  /** The export file to take the journal's records from (served on the same origin). */
  exportUrl: string
  /** A database of the page's own: the app's is never touched. */
  databaseName: string
  /** A Dexie store spec ("id, date, *tags"): its first key is the key path, the rest indexes. */
  journalStore: string
}

export interface RawWriteResult {
  records: number
  /** From opening the transaction to its `complete` event. */
  writeMs: number
}

export interface SearchOpen {
  status: SearchStatus
  /** `open` round trip: the worker's start, its database open and the index load or rebuild. */
  openMs: number
}

export interface QueryTimes {
  query: string
  /** Round trips, UI thread → worker → UI thread, in the order measured. */
  times: number[]
  /** How many entries match (the worker's `total`). */
  total: number
}

export interface SearchMeasurement {
  queries: QueryTimes[]
  /** The longest main-thread task while searching ('longtask' entries are 50 ms and over). */
  longestTaskMs: number
  longTasks: number
  /** The longest gap between two animation frames while searching (16.7 ms at 60 Hz). */
  longestFrameGapMs: number
}

export interface SearchBench {
  open(workerUrl: string, databaseName: string): Promise<SearchOpen>
  measure(queries: string[], warmUpRounds: number, rounds: number): Promise<SearchMeasurement>
}

/** The import's stages run one by one on this page's thread, with the app's own code. */
export interface ImportSplit {
  /** Raw puts of the journal into a store with its indexes, on the app's origin (this page). */
  rawHereMs: number
  /** The import's write (applyImportAt, merge into an empty database), no indexing beside it. */
  writeAloneMs: number
  fileMB: number
  jsonParseMs: number
  structureCheckMs: number
  schemaCheckMs: number
  /** The rebuild's read: every journal entry with Dexie's toArray(), as the worker does. */
  readAllMs: number
  /** Folding Traditional to Simplified (opencc-js) of every entry's text, alone. */
  foldMs: number
  /** The tokenizer (fold + NFKC + Intl.Segmenter) over every entry's text. */
  tokenizeMs: number
  /** Building the MiniSearch index from the entries, as the rebuild does. */
  indexMs: number
  serializeMs: number
  indexMB: number
  /** Writing the serialized index to IndexedDB (a scratch database). */
  storeIndexMs: number
  /** Loading the serialized index, as every start of the app does in the worker. */
  loadIndexMs: number
}

export interface ImportSplitOptions {
  exportUrl: string
  /** The app's database, after the import: read, never written. */
  databaseName: string
  scratchDatabaseName: string
}

declare global {
  interface Window {
    benchRawWrite?: (options: RawWriteOptions) => Promise<RawWriteResult>
    benchSearch?: SearchBench
    benchImportSplit?: (options: ImportSplitOptions) => Promise<ImportSplit>
    /** Set by the paint watcher (scripts/bench-data/app-flows.ts) before the page's scripts run. */
    benchListPainted?: Promise<ListPainted>
    /** When each step of an import through Settings was first seen (app-flows.ts). */
    benchMarks?: Partial<Record<ImportMark, number>>
    /** Long tasks seen since watchLongTasks (app-flows.ts), in ms. */
    benchLongTasks?: number[]
    /** When each of those began (performance.now()), in the same order. */
    benchLongTaskStarts?: number[]
  }
}

export interface ListPainted {
  /** performance.now() (from navigation start) when the list first held enough items. */
  inDomMs: number
  /** The same after the next frame was painted. */
  paintedMs: number
}

export type ImportMark = 'confirm' | 'merge' | 'indexing' | 'imported' | 'journal' | 'answered'
