/// <reference lib="webworker" />
import '../zod-jitless'
import { runImportCheck, type CheckMessage, type ImportFile } from './import-check-off-thread'

/** The import check's worker (import-check-off-thread.ts): one file in (its text or its
 *  bytes), its outcome out. */
self.onmessage = (event: MessageEvent<ImportFile>) => {
  runImportCheck(event.data, (message: CheckMessage) => {
    self.postMessage(message)
  })
}
