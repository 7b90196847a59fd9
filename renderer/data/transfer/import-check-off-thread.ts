import { setZodMessages, type MessageLanguage } from '../zod-messages'
import { EXPORT_TABLES, type ExportDocument, type ExportTable } from './export-format'
import { checkImportText } from './import'
import { decodeImportBytes } from './import-checks'
import { ImportRefused, type ImportProblem } from './import-problems'
import { CHUNK, throwIfCancelled, TransferCancelled, type TransferOptions } from './progress'

/**
 * The import's check (JSON, structure, schema: checkImportText, unchanged) on a worker's
 * thread, so the window keeps answering while a large file is checked (measured at 50,000
 * entries: one task of about 0.8 s on the UI thread). The checked document comes back in
 * pieces, one message each: the envelope with every list table empty, then each table's
 * records a chunk at a time. Taking one message is then a short task, where taking the whole
 * document in one message would hold the UI thread about as long as parsing it.
 */

/** The list tables: the ones that come back a chunk at a time. */
const LIST_TABLES = EXPORT_TABLES.filter(
  (
    name,
  ): name is Extract<ExportTable, 'skills' | 'skillSnapshots' | 'offers' | 'journal' | 'goals'> =>
    name === 'skills' ||
    name === 'skillSnapshots' ||
    name === 'offers' ||
    name === 'journal' ||
    name === 'goals',
)
type ListTable = (typeof LIST_TABLES)[number]

/** What the check worker sends, in this order: one `document`, its `rows`, then `done`. */
export type CheckMessage =
  | { type: 'document'; document: ExportDocument }
  | { type: 'rows'; table: ListTable; rows: unknown[] }
  | { type: 'done' }
  | { type: 'refused'; problem: ImportProblem }
  | { type: 'failed'; message: string }

/**
 * The file as the check takes it: its text, or its bytes (a browser hands them over as read,
 * and they are decoded here, strictly, off the UI thread: decoding 14 MB there, then copying
 * the text to the worker, was part of the check's longest UI task).
 */
export type ImportFile = string | ArrayBuffer

/** checkImportText on the file's text, or on its bytes decoded as the import decodes them. */
export function checkImportFile(file: ImportFile): ExportDocument {
  return checkImportText(typeof file === 'string' ? file : decodeImportBytes(new Uint8Array(file)))
}

/** The worker's side: checks `file` and posts the outcome in pieces (see CheckMessage). */
export function runImportCheck(file: ImportFile, post: (message: CheckMessage) => void): void {
  let document: ExportDocument
  try {
    document = checkImportFile(file)
  } catch (error) {
    post(
      error instanceof ImportRefused
        ? { type: 'refused', problem: error.problem }
        : { type: 'failed', message: error instanceof Error ? error.message : String(error) },
    )
    return
  }
  const shell: ExportDocument = { ...document, data: { ...document.data } }
  for (const table of LIST_TABLES) shell.data[table] = []
  post({ type: 'document', document: shell })
  for (const table of LIST_TABLES) {
    const rows: unknown[] = document.data[table]
    for (let start = 0; start < rows.length; start += CHUNK) {
      post({ type: 'rows', table, rows: rows.slice(start, start + CHUNK) })
    }
  }
  post({ type: 'done' })
}

/** What the check's worker is sent: the file, and the language of zod's messages. */
export interface CheckRequest {
  file: ImportFile
  /**
   * The interface's language: the refusal names what is wrong in zod's words on fields with no
   * message of ours, and a worker has no interface whose language zod could follow.
   */
  language: MessageLanguage
}

/** The worker's answer to one request: zod's messages in its language, then runImportCheck. */
export function answerCheck(request: CheckRequest, post: (message: CheckMessage) => void): void {
  setZodMessages(request.language)
  runImportCheck(request.file, post)
}

/** The part of a Worker the check uses (a test hands in one that runs on this thread). */
export interface CheckWorker {
  onmessage: ((event: MessageEvent<CheckMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  postMessage(request: CheckRequest, transfer: Transferable[]): void
  terminate(): void
}

function startCheckWorker(): CheckWorker {
  return new Worker(new URL('./import-check-worker.ts', import.meta.url), { type: 'module' })
}

/** A check worker started ahead of its file (warmImportCheck). */
export interface WarmCheck {
  /** For checkImportTextOffThread: the worker started ahead, the first time; null where
   *  there is no Worker (the check runs on this thread). */
  startWorker: (() => CheckWorker) | null
  /** Stops the worker if no check took it (no file was chosen, or it could not be read). */
  dispose(): void
}

/**
 * Starts the check's worker before its file is there (when the user opens the file picker),
 * so that loading the worker's code (the export schema, zod) is done by the time the file
 * is read.
 */
export function warmImportCheck(start: () => CheckWorker = startCheckWorker): WarmCheck {
  if (typeof Worker !== 'function' && start === startCheckWorker) {
    return { startWorker: null, dispose: () => undefined }
  }
  let ahead: CheckWorker | null = start()
  return {
    startWorker: () => {
      const worker = ahead ?? start()
      ahead = null
      return worker
    },
    dispose: () => {
      ahead?.terminate()
      ahead = null
    },
  }
}

export interface CheckOffThreadOptions extends Pick<TransferOptions, 'signal'> {
  /** Starts the worker; by default the bundled check worker, or none where there is no
   *  Worker (then the check runs here, as checkImportText). */
  startWorker?: (() => CheckWorker) | null
  /** The language of zod's messages in a refusal, on the worker (default English). Checked
   *  on this thread, they follow what this thread installed (ui/i18n/zod-locale.ts). */
  language?: MessageLanguage
}

/**
 * checkImportText on a worker: resolves with the same document, or rejects with the same
 * ImportRefused. Cancelling (the signal) stops the worker and rejects with TransferCancelled;
 * nothing was written either way. Bytes are moved to the worker (`file` is then empty here).
 */
export function checkImportTextOffThread(
  file: ImportFile,
  options: CheckOffThreadOptions = {},
): Promise<ExportDocument> {
  const { signal } = options
  const start =
    options.startWorker === undefined
      ? typeof Worker === 'function'
        ? startCheckWorker
        : null
      : options.startWorker
  if (start === null) {
    return Promise.resolve().then(() => {
      throwIfCancelled(signal)
      return checkImportFile(file)
    })
  }
  return new Promise<ExportDocument>((resolve, reject) => {
    throwIfCancelled(signal)
    const worker = start()
    let document: ExportDocument | null = null
    const finish = (outcome: () => void) => {
      signal?.removeEventListener('abort', cancel)
      worker.onmessage = null
      worker.onerror = null
      worker.terminate()
      outcome()
    }
    function cancel() {
      finish(() => {
        reject(new TransferCancelled())
      })
    }
    signal?.addEventListener('abort', cancel)
    worker.onmessage = (event) => {
      const message = event.data
      switch (message.type) {
        case 'document':
          document = message.document
          return
        case 'rows': {
          if (!document) return
          const rows: unknown[] = document.data[message.table]
          for (const row of message.rows) rows.push(row)
          return
        }
        case 'done': {
          const checked = document
          finish(() => {
            if (checked) resolve(checked)
            else reject(new Error('the import check sent no document'))
          })
          return
        }
        case 'refused':
          finish(() => {
            reject(new ImportRefused(message.problem))
          })
          return
        case 'failed':
          finish(() => {
            reject(new Error(message.message))
          })
      }
    }
    worker.onerror = (event) => {
      finish(() => {
        reject(new Error(`the import check failed: ${event.message}`))
      })
    }
    worker.postMessage(
      { file, language: options.language ?? 'en' },
      typeof file === 'string' ? [] : [file],
    )
  })
}
