import { describe, expect, it, vi } from 'vitest'
import type { BackupInfo, IpcResult, TidemarkApi } from '../../../preload/api'
import { detectPlatform, PlatformError, type PlatformBackups } from '../../../renderer/platform'

const FILE_NAME = 'tidemark-2026-11-29T21-40-00-000Z-quit.json'
const listed: BackupInfo = {
  fileName: FILE_NAME,
  createdAt: '2026-11-29T21:40:00.000Z',
  reason: 'quit',
  bytes: 2,
}

function ok<T>(value: T): Promise<IpcResult<T>> {
  return Promise.resolve({ ok: true, value })
}

/** A preload API whose backup functions are spies; the rest is never called here. */
function fakeApi() {
  const unused = () => Promise.reject(new Error('not used in these tests'))
  let requested: (() => void) | null = null
  const stopListening = vi.fn()
  const api = {
    getAppInfo: unused,
    saveTextFile: unused,
    openTextFile: unused,
    printToPdf: unused,
    showNotification: unused,
    openExternal: unused,
    writeBackup: vi.fn<TidemarkApi['writeBackup']>(() => ok({ fileName: FILE_NAME })),
    listBackups: vi.fn(() => ok({ backups: [listed], folder: '/data/backups' })),
    readBackup: vi.fn<TidemarkApi['readBackup']>(() => ok({ contents: '{}' })),
    onBackupRequested: vi.fn((listener: () => void) => {
      requested = listener
      return stopListening
    }),
  } satisfies TidemarkApi
  /** What main's event does through the preload: calls the listener with nothing. */
  const mainRequestsBackup = () => {
    requested?.()
  }
  return { api, stopListening, mainRequestsBackup }
}

function backupsOf(api: TidemarkApi): PlatformBackups {
  const { backups } = detectPlatform({ tidemark: api })
  if (!backups) throw new Error('the Electron platform has a backups folder')
  return backups
}

describe('platform backups', () => {
  it('are null in a browser, which has no disk of its own', () => {
    expect(detectPlatform({}).backups).toBeNull()
  })

  it('write through the preload and answer the file name as main does', async () => {
    const { api } = fakeApi()
    expect(await backupsOf(api).write('{"a":1}', 'scheduled')).toEqual({ fileName: FILE_NAME })
    expect(api.writeBackup).toHaveBeenCalledWith({ contents: '{"a":1}', reason: 'scheduled' })
  })

  it('list and read through the preload, answers unchanged', async () => {
    const { api } = fakeApi()
    const backups = backupsOf(api)
    expect(await backups.list()).toEqual({ backups: [listed], folder: '/data/backups' })
    expect(await backups.read(FILE_NAME)).toEqual({ contents: '{}' })
    expect(api.readBackup).toHaveBeenCalledWith({ fileName: FILE_NAME })
  })

  it('throw main’s error answers as PlatformError, keeping the code', async () => {
    const { api } = fakeApi()
    const error = { code: 'disk-full' as const, detail: 'ENOSPC: no space left on device' }
    const failing = {
      ...api,
      writeBackup: () => Promise.resolve({ ok: false as const, error }),
      readBackup: () =>
        Promise.resolve({
          ok: false as const,
          error: { code: 'not-found' as const, detail: FILE_NAME },
        }),
    }
    const backups = backupsOf(failing)
    const written = await backups.write('{}', 'quit').catch((thrown: unknown) => thrown)
    expect(written).toBeInstanceOf(PlatformError)
    expect((written as PlatformError).error).toEqual(error)
    const read = await backups.read(FILE_NAME).catch((thrown: unknown) => thrown)
    expect((read as PlatformError).error.code).toBe('not-found')
  })

  it('pass on main’s backup requests, and stop when asked', () => {
    const { api, stopListening, mainRequestsBackup } = fakeApi()
    const listener = vi.fn()
    const stop = backupsOf(api).onRequested(listener)
    mainRequestsBackup()
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener).toHaveBeenCalledWith()
    stop()
    expect(stopListening).toHaveBeenCalledTimes(1)
  })
})
