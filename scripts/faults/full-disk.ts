import { createRequire, syncBuiltinESMExports } from 'node:module'
import { join } from 'node:path'

/**
 * A disk that fills up, for fault runs in Node: while installed, every file opened for
 * writing shares a budget of free bytes; a write past it puts what still fits on disk, then
 * fails with ENOSPC, as a full disk does. The real file system is used otherwise.
 *
 * It works by replacing node:fs/promises' `open` on the module object and syncing the ES
 * module bindings (module.syncBuiltinESMExports), so code that imported `open` by name, like
 * main/atomic-write.ts, sees the patched one, in tsx and in vitest alike.
 */

type FsPromises = typeof import('node:fs/promises')
type FileHandle = Awaited<ReturnType<FsPromises['open']>>

export interface FullDisk {
  /** Bytes that can still be written; Infinity when the disk has room. */
  freeBytes: number
  /** When true, the next flush (fsync) fails with ENOSPC, as delayed allocation can. */
  failNextSync: boolean
  /** Writes refused so far, and the bytes put on disk by the refused writes. */
  readonly refusals: { writes: number; syncs: number; partialBytes: number }
  uninstall: () => void
}

function noSpace(syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, ${syscall}`), {
    code: 'ENOSPC',
    errno: -28,
    syscall,
  })
}

export function installFullDisk(): FullDisk {
  const fsPromises = createRequire(join(process.cwd(), 'faults.cjs'))(
    'node:fs/promises',
  ) as FsPromises
  const realOpen = fsPromises.open
  const disk: FullDisk = {
    freeBytes: Infinity,
    failNextSync: false,
    refusals: { writes: 0, syncs: 0, partialBytes: 0 },
    uninstall: () => {
      fsPromises.open = realOpen
      syncBuiltinESMExports()
    },
  }

  const patchedOpen = async (...args: Parameters<FsPromises['open']>): Promise<FileHandle> => {
    const handle = await realOpen(...args)
    const realWrite = handle.writeFile.bind(handle)
    const realSync = handle.sync.bind(handle)
    handle.writeFile = async (data: Parameters<FileHandle['writeFile']>[0], options) => {
      const bytes =
        typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data as Uint8Array)
      if (bytes.byteLength <= disk.freeBytes) {
        disk.freeBytes -= bytes.byteLength
        await realWrite(bytes, options)
        return
      }
      const fits = Math.max(0, Math.floor(disk.freeBytes))
      disk.freeBytes = 0
      await realWrite(bytes.subarray(0, fits))
      disk.refusals.writes++
      disk.refusals.partialBytes += fits
      throw noSpace('write')
    }
    handle.sync = async () => {
      if (disk.failNextSync) {
        disk.failNextSync = false
        disk.refusals.syncs++
        throw noSpace('fsync')
      }
      await realSync()
    }
    return handle
  }
  fsPromises.open = patchedOpen
  syncBuiltinESMExports()
  return disk
}
