/// <reference lib="webworker" />
import '../zod-jitless'
import { importWorkerHandler, type ImportRequest } from './import-check-off-thread'

/** The import's worker (import-check-off-thread.ts): checks one file, then writes it into the
 *  database when asked, in one transaction. */
const handle = importWorkerHandler((message) => {
  self.postMessage(message)
})
self.onmessage = (event: MessageEvent<ImportRequest>) => {
  handle(event.data)
}
