/// <reference lib="webworker" />
import '../zod-jitless'
import { answerCheck, type CheckMessage, type CheckRequest } from './import-check-off-thread'

/** The import check's worker (import-check-off-thread.ts): one file in (its text or its
 *  bytes, and the language of zod's messages), its outcome out. */
self.onmessage = (event: MessageEvent<CheckRequest>) => {
  answerCheck(event.data, (message: CheckMessage) => {
    self.postMessage(message)
  })
}
