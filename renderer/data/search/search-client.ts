import type { TidemarkDatabase } from '../db'
import type { StoredJournalEntry } from '../records'
import { onJournalChange } from '../repositories/journal-changes'
import { indexedEntry } from './indexed-entry'
import type { SearchResults } from './journal-index'
import type { SearchMethod, SearchProtocol, SearchResponseMessage } from './search-protocol'
import type { ImportIndexMode, SearchStatus } from './search-service'

/** An import's index, built beside its write (SearchService.beginImport). */
export interface ImportIndexing {
  /** Entries the import writes (added or changed), as it writes them. */
  add(entries: readonly StoredJournalEntry[]): void
  /** The import committed at `revision`, leaving `kept` stored entries as they were (null:
   *  not known): resolves once its entries are found by search. Rejects when the index
   *  could not be built; then `rebuild()` indexes what is stored. */
  commit(revision: number, kept: number | null): Promise<SearchStatus>
  /** The import was cancelled or failed: the index in use stays. */
  abort(): void
}

/** A file whose index is drafted while it is checked (JournalSearch.prepareImport). */
export interface PreparedImport {
  readonly key: number
  /** The file is not imported (refused, cancelled, left): its draft is dropped. */
  drop(): void
}

/** The journal search as the screens use it, whichever thread the index lives on. */
export interface JournalSearch {
  /** Resolves once the index is loaded or rebuilt. */
  readonly ready: Promise<SearchStatus>
  search(query: string, limit?: number): Promise<SearchResults>
  rebuild(): Promise<SearchStatus>
  /**
   * A file is about to be checked for an import (its bytes, or its text): its index is
   * drafted meanwhile from its own rows, on the search's thread. Takes a copy: `file` can go
   * on to the check. The draft answers no search and is used only if the import writes
   * exactly those rows (SearchService.prepareImport).
   */
  prepareImport(file: string | ArrayBuffer): PreparedImport
  /** Starts building an import's index beside its write, following the draft of its file
   *  when it was prepared. */
  beginImport(mode: ImportIndexMode, prepared?: PreparedImport | null): ImportIndexing
  flush(): Promise<void>
  close(): void
}

/** One request to the search, answered in the order sent (`transfer`: moved, not copied). */
type SearchCall = <M extends SearchMethod>(
  method: M,
  request: SearchProtocol[M]['request'],
  transfer?: Transferable[],
) => Promise<SearchProtocol[M]['response']>

let nextPreparedKey = 1

/** PreparedImport over a message channel: the file's copy goes to the search's thread. */
export function preparedImportThrough(
  call: SearchCall,
  file: string | ArrayBuffer,
): PreparedImport {
  const key = nextPreparedKey++
  // The search's own copy, moved there: the caller's bytes go on to the check (moved too).
  const copy = typeof file === 'string' ? file : file.slice(0)
  // A draft that fails is no draft: the import indexes what it writes.
  call('importPrepare', { key, file: copy }, typeof copy === 'string' ? [] : [copy]).catch(
    () => undefined,
  )
  return {
    key,
    drop: () => {
      call('importDrop', { key }).catch(() => undefined)
    },
  }
}

/**
 * ImportIndexing over a message channel: each step a call, sent in order. A failed step
 * (the worker could not index a chunk) fails the commit, and the caller rebuilds.
 */
export function importIndexingThrough(
  call: SearchCall,
  mode: ImportIndexMode,
  prepared: PreparedImport | null = null,
): ImportIndexing {
  const steps: Promise<unknown>[] = []
  // Nothing waits on a step until the commit: keep a failure from being reported unhandled.
  const keep = (step: Promise<unknown>) => {
    step.catch(() => undefined)
    steps.push(step)
  }
  keep(call('importBegin', { mode, prepared: prepared?.key ?? null }))
  return {
    add: (entries) => {
      keep(call('importEntries', { entries: entries.map(indexedEntry) }))
    },
    commit: async (revision, kept) => {
      try {
        await Promise.all(steps)
      } catch (error) {
        // The worker's half-built index would sit in memory until the next import: drop it.
        call('importAbort', null).catch(() => undefined)
        throw error
      }
      return call('importCommit', { revision, kept })
    },
    abort: () => {
      call('importAbort', null).catch(() => undefined)
    },
  }
}

/**
 * Starts the search worker for `db` and keeps it in step: every journal change the
 * repositories announce after commit is passed on, in order.
 */
export function startSearchWorker(
  db: TidemarkDatabase,
  /** The worker starts when this settles: after the first paint, so loading the index does
   *  not compete with it for the second core (measured: about 250 ms of first paint). */
  startAfter: Promise<void> = Promise.resolve(),
): JournalSearch {
  let nextId = 1
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >()
  let worker: Worker | undefined
  let closed = false

  /**
   * The worker itself is made at its first message, once `startAfter` has settled: a worker
   * made at start-up cost the first screen's task ~20-30 ms of the UI thread (its thread and
   * isolate started from here) and fetched and compiled its ~300 kB of code on the second core
   * while the first screen's code ran there.
   */
  function theWorker(): Worker {
    if (worker) return worker
    const made = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' })
    made.onmessage = (event: MessageEvent<SearchResponseMessage>) => {
      const message = event.data
      const waiter = pending.get(message.id)
      if (!waiter) return
      pending.delete(message.id)
      if (message.ok) waiter.resolve(message.response)
      else waiter.reject(new Error(message.error))
    }
    made.onerror = (event) => {
      const error = new Error(`search worker failed: ${event.message}`)
      for (const waiter of pending.values()) waiter.reject(error)
      pending.clear()
    }
    worker = made
    return made
  }

  function send<M extends SearchMethod>(
    method: M,
    request: SearchProtocol[M]['request'],
    transfer: Transferable[] = [],
  ): Promise<SearchProtocol[M]['response']> {
    const id = nextId++
    return new Promise((resolve, reject) => {
      if (closed) {
        reject(new Error('search worker closed'))
        return
      }
      // The worker answers each method with that method's response type (search-worker.ts).
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
      theWorker().postMessage({ id, method, request }, transfer)
    })
  }

  const ready = startAfter.then(() => send('open', { databaseName: db.name }))
  /** Every message after the first goes once the worker was asked to open (kept in order). */
  async function call<M extends SearchMethod>(
    method: M,
    request: SearchProtocol[M]['request'],
    transfer: Transferable[] = [],
  ): Promise<SearchProtocol[M]['response']> {
    await startAfter
    return send(method, request, transfer)
  }
  const unsubscribe = onJournalChange(db, (change) => {
    // A failed apply heals itself: the next change sees the gap in revisions and rebuilds.
    call('apply', { change }).catch((error: unknown) => {
      console.warn('Tidemark: search index update failed', error)
    })
  })

  return {
    ready,
    search: async (query, limit = 50) => {
      await ready
      return call('search', { query, limit })
    },
    rebuild: () => call('rebuild', null),
    prepareImport: (file) => preparedImportThrough(call, file),
    beginImport: (mode, prepared) => importIndexingThrough(call, mode, prepared),
    flush: async () => {
      await call('flush', null)
    },
    close: () => {
      closed = true
      unsubscribe()
      worker?.terminate()
    },
  }
}
