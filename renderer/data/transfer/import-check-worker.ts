/// <reference lib="webworker" />
import { runImportCheck, type CheckMessage } from './import-check-off-thread'

/** The import check's worker (import-check-off-thread.ts): one file's text in, its outcome out. */
self.onmessage = (event: MessageEvent<string>) => {
  runImportCheck(event.data, (message: CheckMessage) => {
    self.postMessage(message)
  })
}
