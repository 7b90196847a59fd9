/**
 * The contract between the renderer and the main process: the only functions the renderer
 * may call, what each takes and what it answers, and the channel names behind them. Types
 * and constants only, no imports, so the sandboxed preload, the main process and the
 * renderer can all share it. `IpcContract` is the one map everything else is derived from:
 * the preload's `TidemarkApi`, main's handler table and main's zod schemas (main/ipc) are
 * all checked against it, so a channel added or changed here fails `tsc` until every side
 * follows.
 */

/** Each function the renderer may call: what it sends (undefined: nothing) and what main answers. */
export interface IpcContract {
  getAppInfo: { request: undefined; response: AppInfo }
  saveTextFile: { request: SaveTextFileRequest; response: SaveTextFileResult }
  openTextFile: { request: OpenTextFileRequest; response: OpenTextFileResult }
  writeBackup: { request: WriteBackupRequest; response: WriteBackupResult }
  listBackups: { request: undefined; response: ListBackupsResult }
  readBackup: { request: ReadBackupRequest; response: ReadBackupResult }
  printToPdf: { request: PrintToPdfRequest; response: PrintToPdfResult }
  showNotification: { request: ShowNotificationRequest; response: ShowNotificationResult }
  openExternal: { request: OpenExternalRequest; response: OpenExternalResult }
}

export type IpcMethod = keyof IpcContract
export type IpcRequest<M extends IpcMethod> = IpcContract[M]['request']
export type IpcResponse<M extends IpcMethod> = IpcContract[M]['response']

/** The channel each function is sent on: one for every entry of the contract, no more. */
export const IPC_CHANNELS = {
  getAppInfo: 'tidemark:get-app-info',
  saveTextFile: 'tidemark:save-text-file',
  openTextFile: 'tidemark:open-text-file',
  writeBackup: 'tidemark:write-backup',
  listBackups: 'tidemark:list-backups',
  readBackup: 'tidemark:read-backup',
  printToPdf: 'tidemark:print-to-pdf',
  showNotification: 'tidemark:show-notification',
  openExternal: 'tidemark:open-external',
} as const satisfies { [M in IpcMethod]: string }

export type IpcChannel = (typeof IPC_CHANNELS)[IpcMethod]

/**
 * What main tells the renderer unasked, and the channel each goes on. An event carries
 * nothing: the renderer answers, if at all, by calling a contract function (a backup request
 * is answered by writeBackup with reason 'quit').
 */
export const MAIN_EVENT_CHANNELS = {
  backupRequested: 'tidemark:backup-requested',
} as const

export type MainEvent = keyof typeof MAIN_EVENT_CHANNELS
export type MainEventChannel = (typeof MAIN_EVENT_CHANNELS)[MainEvent]

/** Error codes main may answer; the renderer turns each into a sentence in the user's language. */
export type IpcErrorCode =
  | 'untrusted-sender'
  | 'invalid-payload'
  | 'invalid-response'
  | 'file-too-large'
  | 'file-not-text'
  | 'io-failed'
  | 'disk-full'
  | 'not-found'

export interface IpcError {
  code: IpcErrorCode
  /** Which fields were wrong (invalid-payload/-response), the OS message (io-failed, disk-full) or the missing file's name (not-found); for the log and the details line. */
  detail: string
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/**
 * The largest text file the app saves or opens, in Electron and in a browser alike: far above
 * any real export (50,000 journal entries are about 14 MB), well below harm. The same as a
 * backup's limit, so whatever can be backed up can also be exported and imported again
 * (renderer/data's MAX_IMPORT_BYTES is the same figure).
 */
export const MAX_TEXT_FILE_BYTES = 150 * 1024 * 1024

export interface AppInfo {
  version: string
  /** The system language as Electron reads it (e.g. "zh-CN", "en-US"). */
  systemLocale: string
}

export interface SaveTextFileRequest {
  /** A file name only, no folder: the user picks where in the save dialog. */
  suggestedName: string
  contents: string
}

export type SaveTextFileResult = { status: 'saved'; fileName: string } | { status: 'cancelled' }

export interface OpenTextFileRequest {
  /** File name extensions to offer in the open dialog, without dots (e.g. ["json"]). */
  extensions: string[]
}

export type OpenTextFileResult =
  { status: 'opened'; fileName: string; contents: string } | { status: 'cancelled' }

/** The largest backup main writes or reads back, in UTF-8 bytes: a backup is the whole database in the export format. */
export const MAX_BACKUP_BYTES = MAX_TEXT_FILE_BYTES

/**
 * Why a backup was made: on quitting, on the renderer's schedule (data changed since the last
 * one), just before a restore replaces the data (so the restore can be undone), or on request.
 * 'rescue' is not an export: the raw copy of a database that could not be opened, every store
 * as it was read, kept before a start-up restore replaces it when it could not be made into an
 * export (a store failed to read, or a newer Tidemark wrote it). It is kept for safety (a newer
 * Tidemark, or someone helping, can read it) and this version cannot restore it.
 */
export const BACKUP_REASONS = ['quit', 'scheduled', 'before-restore', 'manual', 'rescue'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

export interface WriteBackupRequest {
  /** The backup document (the export format) as the renderer serialized it. */
  contents: string
  reason: BackupReason
}

export interface WriteBackupResult {
  fileName: string
}

/** One backup in the app's backups folder. */
export interface BackupInfo {
  /** The name to ask readBackup for: a file name only, never a path. */
  fileName: string
  /** When it was written, as an ISO 8601 timestamp (UTC). */
  createdAt: string
  reason: BackupReason
  /** Its size on disk. */
  bytes: number
}

export interface ListBackupsResult {
  /** Newest first. */
  backups: BackupInfo[]
  /** Where the backups folder is on disk, so the user can find a file the app cannot restore. */
  folder: string
}

export interface ReadBackupRequest {
  fileName: string
}

export interface ReadBackupResult {
  contents: string
}

export interface PrintToPdfRequest {
  /** A file name ending in .pdf, no folder: the user picks where in the save dialog. */
  suggestedName: string
}

/**
 * Main prints the sender's page as it stands (its print style sheet applies) to a PDF file
 * the user chose; the page shows what it wants printed before it asks.
 */
export type PrintToPdfResult = { status: 'saved'; fileName: string } | { status: 'cancelled' }

/** The longest notification title and body main shows: a reminder is a line or two, not a letter. */
export const MAX_NOTIFICATION_TITLE = 120
export const MAX_NOTIFICATION_BODY = 500

/** A desktop notification, in the user's language; plain text (no markup, no links). */
export interface ShowNotificationRequest {
  title: string
  body: string
}

/**
 * Shown, or the system cannot show notifications (Notification.isSupported() is false); a
 * click on one brings the window forward.
 */
export type ShowNotificationResult = { status: 'shown' } | { status: 'unsupported' }

/** The longest link main hands to the system browser: far above a real one, well below harm. */
export const MAX_EXTERNAL_URL_LENGTH = 2048

/** The only schemes opened outside the app: web pages and e-mail. Never file:, javascript:, app: or an OS handler. */
export const EXTERNAL_URL_SCHEMES = ['http:', 'https:', 'mailto:'] as const

/**
 * Why a link may not leave the app, or null when it may: it must parse as an absolute URL,
 * be no longer than MAX_EXTERNAL_URL_LENGTH and use one of EXTERNAL_URL_SCHEMES. Main (in
 * its payload schema) and the browser adapter both ask this, so both refuse the same links.
 */
export function externalUrlProblem(url: string): string | null {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) {
    return `must be at most ${MAX_EXTERNAL_URL_LENGTH} characters (got ${url.length})`
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'must be an absolute URL'
  }
  if (!(EXTERNAL_URL_SCHEMES as readonly string[]).includes(parsed.protocol)) {
    return `must be an http, https or mailto link (not ${parsed.protocol})`
  }
  return null
}

/** A link to open in the system's browser or mail program: http, https or mailto only. */
export interface OpenExternalRequest {
  url: string
}

/** Handed to the system; whether a browser then shows it is the system's business. */
export interface OpenExternalResult {
  status: 'opened'
}

/**
 * One function per main event, `on` + its name (onBackupRequested): it calls the listener,
 * with no arguments, each time main sends the event, and answers a function that stops
 * listening.
 */
export type MainEventSubscriptions = {
  [E in MainEvent as `on${Capitalize<E>}`]: (listener: () => void) => () => void
}

/**
 * What `window.tidemark` holds in Electron (in a plain browser it is absent): one function
 * per contract entry, taking its request (nothing when the request is undefined) and answering
 * its response as a result object; and one subscription per main event.
 */
export type TidemarkApi = {
  [M in IpcMethod]: [IpcRequest<M>] extends [undefined]
    ? () => Promise<IpcResult<IpcResponse<M>>>
    : (request: IpcRequest<M>) => Promise<IpcResult<IpcResponse<M>>>
} & MainEventSubscriptions

/** The languages the interface (screens and menu) is written in. */
export const UI_LANGUAGES = ['zh-CN', 'en'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]

/**
 * The interface language for the system's languages (most preferred first): the first one
 * we have, else English. Any Chinese tag (zh, zh-CN, zh-Hans, zh-TW…) gets Simplified
 * Chinese, the only Chinese UI. Main uses it for the menu, the renderer for the screens.
 */
export function uiLanguageFor(systemLanguages: readonly string[]): UiLanguage {
  for (const tag of systemLanguages) {
    const lower = tag.toLowerCase()
    if (lower.startsWith('zh')) return 'zh-CN'
    if (lower.startsWith('en')) return 'en'
  }
  return 'en'
}
