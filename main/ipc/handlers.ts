import type { z } from 'zod'
import {
  IPC_CHANNELS,
  type AppInfo,
  type IpcChannel,
  type IpcError,
  type IpcResult,
  type OpenTextFileResult,
  type SaveTextFileResult,
} from '../../preload/api'
import { isTrustedSender } from '../app-origin'
import {
  MAX_TEXT_FILE_BYTES,
  noPayload,
  openTextFileRequest,
  saveTextFileRequest,
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
  fileSize: (path: string) => Promise<number>
  readFile: (path: string) => Promise<Uint8Array>
  baseName: (path: string) => string
}

export interface SenderFrame {
  url: string
  isMainFrame: boolean
}

class HandlerFailure extends Error {
  constructor(readonly ipcError: IpcError) {
    super(ipcError.detail)
  }
}

function parse<T>(schema: z.ZodType<T>, payload: unknown): T {
  const result = schema.safeParse(payload)
  if (!result.success) {
    const detail = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`)
      .join('; ')
    throw new HandlerFailure({ code: 'invalid-payload', detail })
  }
  return result.data
}

function ioFailure(error: unknown): HandlerFailure {
  return new HandlerFailure({
    code: 'io-failed',
    detail: error instanceof Error ? error.message : String(error),
  })
}

export function createHandlers(deps: HandlerDeps) {
  const textDecoder = new TextDecoder('utf-8', { fatal: true })
  return {
    [IPC_CHANNELS.getAppInfo]: (payload: unknown): Promise<AppInfo> => {
      parse(noPayload, payload)
      return Promise.resolve(deps.appInfo())
    },

    [IPC_CHANNELS.saveTextFile]: async (payload: unknown): Promise<SaveTextFileResult> => {
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

    [IPC_CHANNELS.openTextFile]: async (payload: unknown): Promise<OpenTextFileResult> => {
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
      try {
        return {
          status: 'opened',
          fileName: deps.baseName(path),
          contents: textDecoder.decode(bytes),
        }
      } catch {
        throw new HandlerFailure({ code: 'file-not-text', detail: deps.baseName(path) })
      }
    },
  } satisfies Record<IpcChannel, (payload: unknown) => Promise<unknown>>
}

export type Handlers = ReturnType<typeof createHandlers>

/**
 * The one door every IPC message goes through: check who sent it, then run the handler,
 * and answer a result object (never a thrown error, whose fields do not survive IPC).
 */
export async function dispatch(
  handlers: Handlers,
  channel: IpcChannel,
  sender: SenderFrame | null,
  payload: unknown,
): Promise<IpcResult<unknown>> {
  if (!isTrustedSender(sender)) {
    return { ok: false, error: { code: 'untrusted-sender', detail: sender?.url ?? '(no frame)' } }
  }
  try {
    return { ok: true, value: await handlers[channel](payload) }
  } catch (error) {
    if (error instanceof HandlerFailure) return { ok: false, error: error.ipcError }
    return { ok: false, error: ioFailure(error).ipcError }
  }
}
