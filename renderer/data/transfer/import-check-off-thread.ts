import { TidemarkDatabase } from '../db'
import { EntryDigester, type EntryDigest } from '../search/entry-digest'
import { indexedEntry } from '../search/indexed-entry'
import { EXPORT_TABLES, type ExportDocument, type ExportTable } from './export-format'
import {
  applyImportAt,
  checkImportText,
  type AppliedImport,
  type ImportMode,
  type ImportOptions,
} from './import'
import { decodeImportBytes } from './import-checks'
import { ImportRefused, type ImportProblem } from './import-problems'
import {
  throwIfCancelled,
  TransferCancelled,
  type TransferOptions,
  type TransferProgress,
} from './progress'

/**
 * The import on a worker's thread, check AND write: the window keeps answering while a large
 * file is checked (measured at 50,000 entries: one task of about 0.8 s on the UI thread), and
 * the checked records never cross to the UI thread. They used to come back a chunk per
 * message to be written from there (about 0.5 s of the UI thread plus 0.85 s of garbage
 * collection at 50,000 entries); now the worker keeps the checked document, sends back only
 * its summary (for the confirm step), and, once the user chooses, opens the same database and
 * writes it there, in the same ONE transaction as on the UI thread (applyImportAt, unchanged).
 * Progress, the counts, the revision committed and the digest of the journal entries written
 * (for the search's draft, entry-digest.ts) come back as small messages; Cancel is a message
 * that makes the write throw between two chunks, so its transaction aborts and nothing is
 * stored (the worker answers 'cancelled' only once it has). The worker's connection is closed
 * when the write ends (and on versionchange, as every TidemarkDatabase closes), so it never
 * holds up an upgrade. Other windows and the UI thread's live queries see the commit through
 * Dexie's own cross-context notice (a BroadcastChannel), as a write in another tab.
 *
 * Where there is no Worker (tests under happy-dom), the same check and the same write run on
 * this thread (checkedHere).
 */

/** What the confirm step shows of a checked file. */
export interface ImportSummary {
  exportedAt: string
  /** Records of each table (a single-row table: 0 or 1). */
  counts: Record<ExportTable, number>
}

export function summarize(document: ExportDocument): ImportSummary {
  const counts = Object.fromEntries(
    EXPORT_TABLES.map((name) => {
      const value = document.data[name]
      return [name, Array.isArray(value) ? value.length : value === null ? 0 : 1]
    }),
  ) as Record<ExportTable, number>
  return { exportedAt: document.exportedAt, counts }
}

/** An import's outcome, and the digest of the journal entries it wrote when it wrote them on
 *  its worker (null: written here, the entries were passed to `onJournalWritten`). */
export interface AppliedCheckedImport extends AppliedImport {
  written: EntryDigest | null
}

/** A file that passed the check, ready to be written (once). */
export interface CheckedImport {
  readonly summary: ImportSummary
  /**
   * Writes it in one transaction (applyImportAt). `onJournalWritten` is called only when the
   * write runs on this thread; on a worker the entries stay there and `written` digests them.
   */
  apply(
    db: TidemarkDatabase,
    mode: ImportMode,
    options?: ImportOptions,
  ): Promise<AppliedCheckedImport>
  /** Not imported after all (or done): its worker, if any, is stopped. */
  dispose(): void
}

/** A document checked on this thread, written on this thread. */
export function checkedHere(document: ExportDocument): CheckedImport {
  return {
    summary: summarize(document),
    apply: async (db, mode, options) => ({
      ...(await applyImportAt(db, document, mode, options)),
      written: null,
    }),
    dispose: () => undefined,
  }
}

/** What the UI thread asks the import worker: check a file, write it, or stop writing. */
export type ImportRequest =
  | { type: 'check'; file: ImportFile }
  | { type: 'apply'; databaseName: string; mode: ImportMode }
  | { type: 'cancel' }

/** What the import worker answers. */
export type ImportMessage =
  | { type: 'checked'; summary: ImportSummary }
  | { type: 'refused'; problem: ImportProblem }
  | { type: 'progress'; progress: TransferProgress }
  | { type: 'applied'; applied: AppliedImport; written: EntryDigest }
  | { type: 'cancelled' }
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

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The worker's side: answers each request (see ImportRequest). Keeps the checked document
 * until it is written; opens the database by name to write it (`open`: a test hands in its
 * own). Returns the handler for the worker's messages.
 */
export function importWorkerHandler(
  post: (message: ImportMessage) => void,
  open: (databaseName: string) => TidemarkDatabase = (name) => new TidemarkDatabase(name),
): (request: ImportRequest) => void {
  let checked: ExportDocument | null = null
  let writing: AbortController | null = null

  async function write(databaseName: string, mode: ImportMode): Promise<void> {
    const document = checked
    checked = null
    if (!document || writing) {
      post({ type: 'failed', message: 'no checked file to import' })
      return
    }
    const controller = new AbortController()
    writing = controller
    const digester = new EntryDigester()
    const db = open(databaseName)
    let outcome: ImportMessage
    try {
      const applied = await applyImportAt(db, document, mode, {
        signal: controller.signal,
        onProgress: (progress) => {
          post({ type: 'progress', progress })
        },
        // Handed to IndexedDB in order; digested for the search's draft (committed or not:
        // the digest is only sent once the transaction has committed).
        onJournalWritten: (entries) => {
          for (const entry of entries) digester.add(indexedEntry(entry))
        },
      })
      outcome = { type: 'applied', applied, written: digester.digest() }
    } catch (error) {
      outcome =
        error instanceof TransferCancelled
          ? { type: 'cancelled' }
          : { type: 'failed', message: errorText(error) }
    } finally {
      // Its transaction is over (committed or aborted): the connection must not stay open.
      db.close()
      writing = null
    }
    post(outcome)
  }

  return (request) => {
    switch (request.type) {
      case 'check':
        try {
          checked = checkImportFile(request.file)
          post({ type: 'checked', summary: summarize(checked) })
        } catch (error) {
          post(
            error instanceof ImportRefused
              ? { type: 'refused', problem: error.problem }
              : { type: 'failed', message: errorText(error) },
          )
        }
        return
      case 'apply':
        void write(request.databaseName, request.mode)
        return
      case 'cancel':
        // The write throws at its next chunk; its transaction aborts.
        writing?.abort()
    }
  }
}

/** The part of a Worker the import uses (a test hands in one that runs on this thread). */
export interface CheckWorker {
  onmessage: ((event: MessageEvent<ImportMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  postMessage(request: ImportRequest, transfer: Transferable[]): void
  terminate(): void
}

function startCheckWorker(): CheckWorker {
  return new Worker(new URL('./import-check-worker.ts', import.meta.url), { type: 'module' })
}

/** A check worker started ahead of its file (warmImportCheck). */
export interface WarmCheck {
  /** For checkImportOffThread: the worker started ahead, the first time; null where there
   *  is no Worker (the check runs on this thread). */
  startWorker: (() => CheckWorker) | null
  /** Stops the worker if no check took it (no file was chosen, or it could not be read). */
  dispose(): void
}

/**
 * Starts the check's worker before its file is there (when the user opens the file picker),
 * so that loading the worker's code (the export schema, zod, Dexie) is done by the time the
 * file is read.
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
  /** Starts the worker; by default the bundled import worker, or none where there is no
   *  Worker (then the check and the write run here). */
  startWorker?: (() => CheckWorker) | null
}

/**
 * Checks an import file on a worker (checkImportText): resolves with the checked file, kept
 * on the worker until written, or rejects with the same ImportRefused. Cancelling (the signal)
 * stops the worker and rejects with TransferCancelled; nothing was written either way. Bytes
 * are moved to the worker (`file` is then empty here).
 */
export function checkImportOffThread(
  file: ImportFile,
  options: CheckOffThreadOptions = {},
): Promise<CheckedImport> {
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
      return checkedHere(checkImportFile(file))
    })
  }
  return new Promise<CheckedImport>((resolve, reject) => {
    throwIfCancelled(signal)
    const worker = start()
    const finish = (outcome: () => void, keepWorker = false) => {
      signal?.removeEventListener('abort', cancel)
      worker.onmessage = null
      worker.onerror = null
      if (!keepWorker) worker.terminate()
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
        case 'checked':
          finish(() => {
            resolve(checkedOnWorker(worker, message.summary))
          }, true)
          return
        case 'refused':
          finish(() => {
            reject(new ImportRefused(message.problem))
          })
          return
        case 'failed':
          finish(() => {
            reject(new Error(message.message))
          })
          return
        default:
          finish(() => {
            reject(new Error(`the import check answered ${message.type}`))
          })
      }
    }
    worker.onerror = (event) => {
      finish(() => {
        reject(new Error(`the import check failed: ${event.message}`))
      })
    }
    worker.postMessage({ type: 'check', file }, typeof file === 'string' ? [] : [file])
  })
}

/** A file checked on `worker`, written there (ImportRequest 'apply'). */
function checkedOnWorker(worker: CheckWorker, summary: ImportSummary): CheckedImport {
  let used = false
  return {
    summary,
    apply: (db, mode, options = {}) => {
      const { signal, onProgress } = options
      if (used) return Promise.reject(new Error('this import was already written'))
      used = true
      return new Promise<AppliedCheckedImport>((resolve, reject) => {
        if (signal?.aborted) {
          worker.terminate()
          reject(new TransferCancelled())
          return
        }
        const finish = (outcome: () => void) => {
          signal?.removeEventListener('abort', cancel)
          worker.onmessage = null
          worker.onerror = null
          worker.terminate()
          outcome()
        }
        // The worker aborts its transaction and answers 'cancelled' once it is rolled back
        // (or 'applied', if the commit came first: then the import is in, and said so).
        function cancel() {
          worker.postMessage({ type: 'cancel' }, [])
        }
        signal?.addEventListener('abort', cancel)
        worker.onmessage = (event) => {
          const message = event.data
          switch (message.type) {
            case 'progress':
              onProgress?.(message.progress)
              return
            case 'applied':
              finish(() => {
                resolve({ ...message.applied, written: message.written })
              })
              return
            case 'cancelled':
              finish(() => {
                reject(new TransferCancelled())
              })
              return
            case 'failed':
              finish(() => {
                reject(new Error(message.message))
              })
              return
            default:
              finish(() => {
                reject(new Error(`the import's write answered ${message.type}`))
              })
          }
        }
        worker.onerror = (event) => {
          // A worker that died mid-write took its transaction with it: nothing was stored
          // (unless it had committed; the journal's revision then tells the search).
          finish(() => {
            reject(new Error(`the import failed: ${event.message}`))
          })
        }
        worker.postMessage({ type: 'apply', databaseName: db.name, mode }, [])
      })
    },
    dispose: () => {
      if (!used) worker.terminate()
    },
  }
}
