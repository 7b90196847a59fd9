import type { z } from 'zod'
import {
  IPC_CHANNELS,
  MAX_TEXT_FILE_BYTES,
  type AppInfo,
  type BackupReason,
  type IpcError,
  type IpcErrorCode,
  type IpcMethod,
  type IpcResponse,
  type IpcResult,
  type ShowNotificationRequest,
} from '../../preload/api'
import { isTrustedSender } from '../app-origin'
import { BackupStoreError, type BackupFailureKind, type BackupStore } from '../backups/backup-store'
import { decodeTextFile } from './decode-text'
import {
  noPayload,
  openExternalRequest,
  openTextFileRequest,
  printToPdfRequest,
  readBackupRequest,
  responseSchemas,
  saveTextFileRequest,
  showNotificationRequest,
  writeBackupRequest,
} from './payloads'

/** What the handlers need from the outside world; Electron's dialog and fs in the app, fakes in tests. */
export interface HandlerDeps {
  appInfo: () => AppInfo
  /** Asks the user where to save; null when cancelled. */
  chooseSavePath: (suggestedName: string) => Promise<string | null>
  /** Asks the user which file to open; null when cancelled. */
  chooseOpenPath: (extensions: string[]) => Promise<string | null>
  /** Writes atomically: the old file stays whole if the write fails. */
  writeTextFile: (path: string, contents: string) => Promise<void>
  /** The same for bytes (a PDF). */
  writeBinaryFile: (path: string, contents: Uint8Array) => Promise<void>
  /** Prints the app's page, with its print style sheet, to PDF bytes. */
  printPageToPdf: () => Promise<Uint8Array>
  fileSize: (path: string) => Promise<number>
  readFile: (path: string) => Promise<Uint8Array>
  baseName: (path: string) => string
  /** The backups folder under the app's data folder. */
  backups: BackupStore
  /** Told when a writeBackup ends, written (error null) or not: quitting waits for the 'quit' one. */
  backupSettled: (reason: BackupReason, error: IpcError | null) => void
  /** Shows a desktop notification; false when the system cannot show one. */
  showNotification: (notification: ShowNotificationRequest) => boolean
  /** Hands a link, already checked (http, https or mailto), to the system (shell.openExternal). */
  openExternal: (url: string) => Promise<void>
}

/**
 * One handler per contract entry, answering that entry's response type. Typed against the
 * contract, so a channel without a handler, or a handler answering the wrong type, fails `tsc`.
 * The payload is `unknown`: it comes from the renderer and is parsed before it is used.
 */
export type IpcHandlers = {
  [M in IpcMethod]: (payload: unknown) => Promise<IpcResponse<M>>
}

export interface SenderFrame {
  url: string
  isMainFrame: boolean
}

/** Where dispatch reports what the user never sees: refused senders and handler bugs. */
export type IpcWarn = (message: string) => void

const warnOnConsole: IpcWarn = (message) => {
  console.warn(message)
}

class HandlerFailure extends Error {
  constructor(readonly ipcError: IpcError) {
    super(ipcError.detail)
  }
}

function issuesDetail(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`)
    .join('; ')
}

function parse<T>(schema: z.ZodType<T>, payload: unknown): T {
  const result = schema.safeParse(payload)
  if (!result.success) {
    throw new HandlerFailure({ code: 'invalid-payload', detail: issuesDetail(result.error) })
  }
  return result.data
}

function ioFailure(error: unknown): HandlerFailure {
  return new HandlerFailure({
    code: 'io-failed',
    detail: error instanceof Error ? error.message : String(error),
  })
}

const BACKUP_FAILURE_CODES: Record<BackupFailureKind, IpcErrorCode> = {
  // The payload schema refuses such names first; the store refuses them again on its own.
  'invalid-name': 'invalid-payload',
  'not-found': 'not-found',
  'too-large': 'file-too-large',
  'not-text': 'file-not-text',
  'disk-full': 'disk-full',
  'io-failed': 'io-failed',
}

function backupFailure(error: unknown): HandlerFailure {
  if (!(error instanceof BackupStoreError)) return ioFailure(error)
  return new HandlerFailure({ code: BACKUP_FAILURE_CODES[error.kind], detail: error.detail })
}

export function createHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    getAppInfo: (payload) => {
      parse(noPayload, payload)
      return Promise.resolve(deps.appInfo())
    },

    saveTextFile: async (payload) => {
      const request = parse(saveTextFileRequest, payload)
      const path = await deps.chooseSavePath(request.suggestedName)
      if (path === null) return { status: 'cancelled' }
      try {
        await deps.writeTextFile(path, request.contents)
      } catch (error) {
        throw ioFailure(error)
      }
      return { status: 'saved', fileName: deps.baseName(path) }
    },

    printToPdf: async (payload) => {
      const request = parse(printToPdfRequest, payload)
      // The dialog first: a cancel costs no printing, and the page keeps showing what it
      // wants printed until this answers.
      const path = await deps.chooseSavePath(request.suggestedName)
      if (path === null) return { status: 'cancelled' }
      try {
        await deps.writeBinaryFile(path, await deps.printPageToPdf())
      } catch (error) {
        throw ioFailure(error)
      }
      return { status: 'saved', fileName: deps.baseName(path) }
    },

    openTextFile: async (payload) => {
      const request = parse(openTextFileRequest, payload)
      const path = await deps.chooseOpenPath(request.extensions)
      if (path === null) return { status: 'cancelled' }
      let bytes: Uint8Array
      try {
        const size = await deps.fileSize(path)
        if (size > MAX_TEXT_FILE_BYTES) {
          throw new HandlerFailure({ code: 'file-too-large', detail: `${size} bytes` })
        }
        bytes = await deps.readFile(path)
      } catch (error) {
        throw error instanceof HandlerFailure ? error : ioFailure(error)
      }
      const contents = decodeTextFile(bytes)
      if (contents === null) {
        throw new HandlerFailure({ code: 'file-not-text', detail: deps.baseName(path) })
      }
      return { status: 'opened', fileName: deps.baseName(path), contents }
    },

    writeBackup: async (payload) => {
      const request = parse(writeBackupRequest, payload)
      let fileName: string
      try {
        fileName = await deps.backups.write(request.contents, request.reason)
      } catch (error) {
        const failure = backupFailure(error)
        deps.backupSettled(request.reason, failure.ipcError)
        throw failure
      }
      deps.backupSettled(request.reason, null)
      return { fileName }
    },

    listBackups: async (payload) => {
      parse(noPayload, payload)
      try {
        return await deps.backups.list()
      } catch (error) {
        throw backupFailure(error)
      }
    },

    readBackup: async (payload) => {
      const request = parse(readBackupRequest, payload)
      try {
        return { contents: await deps.backups.read(request.fileName) }
      } catch (error) {
        throw backupFailure(error)
      }
    },

    showNotification: (payload) => {
      const request = parse(showNotificationRequest, payload)
      const shown = deps.showNotification(request)
      return Promise.resolve(shown ? { status: 'shown' } : { status: 'unsupported' })
    },

    openExternal: async (payload) => {
      const request = parse(openExternalRequest, payload)
      // The parsed form is what was checked, so it is what is opened (no second parse
      // elsewhere reading the string differently).
      try {
        await deps.openExternal(new URL(request.url).href)
      } catch (error) {
        throw ioFailure(error)
      }
      return { status: 'opened' }
    },
  }
}

/**
 * The one door every IPC message goes through: check who sent it (a refused sender is
 * logged, as VS Code's validateEvent does, since the renderer's error alone would hide an
 * attack or a misrouted frame), run the handler, check its answer against the contract's
 * schema, and answer a result object (never a thrown error, whose fields do not survive IPC).
 */
export async function dispatch<M extends IpcMethod>(
  handlers: IpcHandlers,
  method: M,
  sender: SenderFrame | null,
  payload: unknown,
  warn: IpcWarn = warnOnConsole,
): Promise<IpcResult<IpcResponse<M>>> {
  const channel = IPC_CHANNELS[method]
  if (!isTrustedSender(sender)) {
    const url = sender?.url ?? '(no frame)'
    warn(`Refused IPC on ${channel} from an untrusted sender: ${url}`)
    return { ok: false, error: { code: 'untrusted-sender', detail: url } }
  }
  let value: IpcResponse<M>
  try {
    value = await handlers[method](payload)
  } catch (error) {
    if (error instanceof HandlerFailure) return { ok: false, error: error.ipcError }
    return { ok: false, error: ioFailure(error).ipcError }
  }
  const checked = responseSchemas[method].safeParse(value)
  if (!checked.success) {
    const detail = issuesDetail(checked.error)
    warn(`IPC handler for ${channel} answered outside the contract: ${detail}`)
    return { ok: false, error: { code: 'invalid-response', detail } }
  }
  return { ok: true, value: checked.data }
}
