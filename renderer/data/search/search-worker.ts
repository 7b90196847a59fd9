/// <reference lib="webworker" />
import '../zod-jitless'
import OpenCC from 'opencc-js/t2cn'
import { TidemarkDatabase } from '../db'
import type { SearchRequestMessage, SearchResponseMessage } from './search-protocol'
import { SearchService } from './search-service'

/**
 * The search worker: holds the journal index off the UI thread. It opens the database itself,
 * so building and storing the index never copies the journal through the UI thread.
 */

// Taiwan and Hong Kong variants fold through standard Traditional to Simplified.
const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })
let service: SearchService | null = null

function ready(): SearchService {
  if (!service) throw new Error('search worker not opened')
  return service
}

async function handle(message: SearchRequestMessage): Promise<unknown> {
  switch (message.method) {
    case 'open': {
      const db = new TidemarkDatabase(message.request.databaseName)
      service = new SearchService(db, fold)
      const status = await service.open()
      // Renamed and deleted skills are followed here, off the UI thread, for the worker's life.
      service.watchSkills()
      return status
    }
    case 'search':
      return ready().search(message.request.query, message.request.limit)
    case 'apply':
      await ready().apply(message.request.change)
      return null
    case 'rebuild':
      return ready().rebuild('requested')
    case 'flush':
      await ready().flush()
      return null
    case 'importPrepare':
      ready().prepareImport(message.request.key, message.request.file)
      return null
    case 'importDrop':
      ready().dropImport(message.request.key)
      return null
    case 'importBegin':
      ready().beginImport(message.request.mode, message.request.prepared)
      return null
    case 'importEntries':
      ready().importEntries(message.request.entries)
      return null
    case 'importCommit':
      return ready().commitImport(message.request.revision, message.request.kept)
    case 'importAbort':
      ready().abortImport()
      return null
  }
}

// Messages are handled one after another, in the order sent: a search sent after a change
// answers with that change applied.
let queue: Promise<unknown> = Promise.resolve()

self.onmessage = (event: MessageEvent<SearchRequestMessage>) => {
  const message = event.data
  queue = queue
    .then(() => handle(message))
    .then(
      (response) => {
        self.postMessage({ id: message.id, ok: true, response } satisfies SearchResponseMessage)
      },
      (error: unknown) => {
        const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
        self.postMessage({ id: message.id, ok: false, error: text } satisfies SearchResponseMessage)
      },
    )
}
