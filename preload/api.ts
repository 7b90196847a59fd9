/**
 * The contract between the renderer and the main process: the only functions the renderer
 * may call, and the channel names behind them. Types and constants only, no imports, so the
 * sandboxed preload, the main process and the renderer can all share it.
 * Main parses every payload against zod schemas that `satisfies` these types (main/ipc).
 */

export const IPC_CHANNELS = {
  getAppInfo: 'tidemark:get-app-info',
  saveTextFile: 'tidemark:save-text-file',
  openTextFile: 'tidemark:open-text-file',
} as const

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS]

/** Error codes main may answer; the renderer turns each into a sentence in the user's language. */
export type IpcErrorCode =
  'untrusted-sender' | 'invalid-payload' | 'file-too-large' | 'file-not-text' | 'io-failed'

export interface IpcError {
  code: IpcErrorCode
  /** Which fields were wrong (invalid-payload) or the OS message (io-failed); for the log and the details line. */
  detail: string
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

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

/** What `window.tidemark` holds in Electron. In a plain browser it is absent. */
export interface TidemarkApi {
  getAppInfo(): Promise<IpcResult<AppInfo>>
  saveTextFile(request: SaveTextFileRequest): Promise<IpcResult<SaveTextFileResult>>
  openTextFile(request: OpenTextFileRequest): Promise<IpcResult<OpenTextFileResult>>
}
