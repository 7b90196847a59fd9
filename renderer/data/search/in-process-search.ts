import type { TidemarkDatabase } from '../db'
import { onJournalChange } from '../repositories/journal'
import { importIndexingThrough, preparedImportThrough, type JournalSearch } from './search-client'
import type { SearchMethod, SearchProtocol } from './search-protocol'
import { SearchService } from './search-service'
import type { Fold } from './tokenize'

/**
 * The journal search on the calling thread, for tests (the app runs it in a worker).
 * Same service, same stored index, same change feed as the worker.
 */
export function startInProcessSearch(db: TidemarkDatabase, fold: Fold): JournalSearch {
  const service = new SearchService(db, fold)
  let closed = false
  let stopWatching = (): void => undefined
  const ready = service.open().then((status) => {
    if (!closed) stopWatching = service.watchSkills()
    return status
  })
  // Changes apply in order: each waits for the one before, as the worker's queue does.
  let queue: Promise<unknown> = ready
  const unsubscribe = onJournalChange(db, (change) => {
    // One failed step must not poison the queue; the next change sees the gap and rebuilds.
    queue = queue
      .then(() => service.apply(change))
      .catch((error: unknown) => {
        console.warn('Tidemark: search index update failed', error)
      })
  })
  /** The worker's messages, answered here in the same order (search-worker.ts). */
  function call<M extends SearchMethod>(
    method: M,
    request: SearchProtocol[M]['request'],
  ): Promise<SearchProtocol[M]['response']> {
    const step = queue.then(async (): Promise<unknown> => {
      switch (method) {
        case 'importPrepare': {
          const { key, file } = request as SearchProtocol['importPrepare']['request']
          service.prepareImport(key, file)
          return null
        }
        case 'importDrop':
          service.dropImport((request as SearchProtocol['importDrop']['request']).key)
          return null
        case 'importBegin': {
          const { mode, prepared } = request as SearchProtocol['importBegin']['request']
          service.beginImport(mode, prepared)
          return null
        }
        case 'importEntries':
          service.importEntries((request as SearchProtocol['importEntries']['request']).entries)
          return null
        case 'importCommit': {
          const { revision, kept } = request as SearchProtocol['importCommit']['request']
          return service.commitImport(revision, kept)
        }
        case 'importAbort':
          service.abortImport()
          return null
        default:
          throw new Error(`not answered in process: ${method}`)
      }
    })
    queue = step.catch(() => undefined)
    return step as Promise<SearchProtocol[M]['response']>
  }
  return {
    ready,
    prepareImport: (file) => preparedImportThrough(call, file),
    beginImport: (mode, prepared) => importIndexingThrough(call, mode, prepared),
    search: async (query, limit = 50) => {
      await queue
      return service.search(query, limit)
    },
    rebuild: async () => {
      await queue
      return service.rebuild('requested')
    },
    flush: async () => {
      await queue
      await service.flush()
    },
    close: () => {
      closed = true
      unsubscribe()
      stopWatching()
    },
  }
}
