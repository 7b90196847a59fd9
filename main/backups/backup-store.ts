import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import {
  BACKUP_REASONS,
  MAX_BACKUP_BYTES,
  type BackupInfo,
  type BackupReason,
  type ListBackupsResult,
} from '../../preload/api'
import { writeFileAtomically } from '../atomic-write'
import { planBackupRotation, type BackupEntry } from './rotation'

/**
 * The backups folder: one file a backup, named after when it was written and why
 * (`tidemark-2026-11-29T21-40-00-000Z-quit.json`, the time in UTC), so the folder can be
 * listed and rotated without opening a file. Files with any other name are left alone.
 */

const NAME_PREFIX = 'tidemark-'
const NAME_PATTERN = new RegExp(
  `^${NAME_PREFIX}(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${BACKUP_REASONS.join('|')})\\.json$`,
)

export function backupFileName(createdAt: Date, reason: BackupReason): string {
  // ':' and '.' are not allowed (or not welcome) in Windows file names.
  return `${NAME_PREFIX}${createdAt.toISOString().replace(/[:.]/g, '-')}-${reason}.json`
}

/** When and why a backup was written, from its name; null for any other name. */
export function parseBackupFileName(
  name: string,
): { createdAt: Date; reason: BackupReason } | null {
  const match = NAME_PATTERN.exec(name)
  if (!match) return null
  const [, year, month, day, hour, minute, second, millisecond, reason] = match
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}.${millisecond}Z`
  const createdAt = new Date(iso)
  // A name like …-13-45T… matches the pattern but is no date; Date would roll it over.
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== iso) return null
  return { createdAt, reason: reason as BackupReason }
}

/** The backups among a folder's file names. */
function backupsAmong(names: readonly string[]): BackupEntry[] {
  return names.flatMap((name) => {
    const parsed = parseBackupFileName(name)
    return parsed ? [{ name, ...parsed }] : []
  })
}

/** A name the renderer may ask for: one of ours, so never a path (no separator, no `..`). */
function isBackupFileName(name: string): boolean {
  return !/[/\\]/.test(name) && !name.includes('..') && parseBackupFileName(name) !== null
}

/**
 * The temporary files main/atomic-write.ts leaves when the app quits in the middle of writing
 * a backup (`.tidemark-….json.<pid>.<time>.tmp`): up to a backup's size each, so they are
 * removed with the rotation.
 */
const LEFTOVER_PATTERN = new RegExp(`^\\.${NAME_PREFIX}.*\\.tmp$`)

export type BackupFailureKind =
  'invalid-name' | 'not-found' | 'too-large' | 'not-text' | 'disk-full' | 'io-failed'

export class BackupStoreError extends Error {
  constructor(
    readonly kind: BackupFailureKind,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`)
    this.name = 'BackupStoreError'
  }
}

/** The file system as the store uses it; Node's in the app, a temp folder or a failing fake in tests. */
export interface BackupFs {
  /** Creates the folder and its parents if missing. */
  makeFolder: (path: string) => Promise<void>
  listFolder: (path: string) => Promise<string[]>
  fileSize: (path: string) => Promise<number>
  readFile: (path: string) => Promise<Uint8Array>
  /** Writes atomically: a failed write leaves no file and every other file untouched. */
  writeFileAtomically: (path: string, contents: string) => Promise<void>
  removeFile: (path: string) => Promise<void>
}

export const nodeBackupFs: BackupFs = {
  makeFolder: async (path) => {
    await mkdir(path, { recursive: true })
  },
  listFolder: (path) => readdir(path),
  fileSize: async (path) => (await stat(path)).size,
  readFile: (path) => readFile(path),
  writeFileAtomically,
  removeFile: (path) => rm(path, { force: true }),
}

export interface BackupStoreDeps {
  folder: string
  fs: BackupFs
  now: () => Date
  /** Where failures nobody waits for are told (a rotated backup that could not be deleted). */
  warn: (message: string) => void
}

export interface BackupStore {
  /** Writes a backup, then deletes what the rotation rule no longer keeps; answers its file name. */
  write: (contents: string, reason: BackupReason) => Promise<string>
  /** Every backup in the folder, newest first, and the folder's path (for the user to find one). */
  list: () => Promise<ListBackupsResult>
  /** One backup's contents, by the file name list() gave. */
  read: (fileName: string) => Promise<string>
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** An OS error as the store reports it: a full disk (or quota) apart, since the user can act on it. */
function failure(error: unknown): BackupStoreError {
  if (error instanceof BackupStoreError) return error
  const code = errorCode(error)
  const kind = code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : 'io-failed'
  return new BackupStoreError(kind, errorMessage(error))
}

export function createBackupStore({ folder, fs, now, warn }: BackupStoreDeps): BackupStore {
  const textDecoder = new TextDecoder('utf-8', { fatal: true })
  // One write at a time: a rotation never runs while another backup is half written, so the
  // temporary files it finds are leftovers, and two rotations never race.
  let previousWrite: Promise<unknown> = Promise.resolve()

  async function backupsInFolder(): Promise<BackupEntry[]> {
    let names: string[]
    try {
      names = await fs.listFolder(folder)
    } catch (error) {
      // No folder yet: no backup has been written.
      if (errorCode(error) === 'ENOENT') return []
      throw failure(error)
    }
    return backupsAmong(names)
  }

  async function removeQuietly(name: string): Promise<void> {
    try {
      await fs.removeFile(join(folder, name))
    } catch (error) {
      warn(`Could not delete ${name} from the backups folder: ${errorMessage(error)}`)
    }
  }

  /** Runs after a successful write only: a backup that failed to write must not cost an old one. */
  async function rotate(writtenAt: Date): Promise<void> {
    const names = await fs.listFolder(folder)
    const leftovers = names.filter((name) => LEFTOVER_PATTERN.test(name))
    for (const name of [
      ...planBackupRotation(backupsAmong(names), writtenAt).remove,
      ...leftovers,
    ]) {
      await removeQuietly(name)
    }
  }

  async function writeNow(contents: string, reason: BackupReason): Promise<string> {
    const bytes = Buffer.byteLength(contents, 'utf8')
    if (bytes > MAX_BACKUP_BYTES) throw new BackupStoreError('too-large', `${bytes} bytes`)
    const writtenAt = now()
    const name = backupFileName(writtenAt, reason)
    try {
      await fs.makeFolder(folder)
      await fs.writeFileAtomically(join(folder, name), contents)
    } catch (error) {
      throw failure(error)
    }
    try {
      await rotate(writtenAt)
    } catch (error) {
      // The backup is written; a folder that cannot be tidied is for the log, not the user.
      warn(`Could not rotate the backups folder: ${errorMessage(error)}`)
    }
    return name
  }

  return {
    write: (contents, reason) => {
      const written = previousWrite.then(() => writeNow(contents, reason))
      previousWrite = written.catch(() => undefined)
      return written
    },

    list: async () => {
      const backups = await backupsInFolder()
      const listed = await Promise.all(
        backups.map(async ({ name, createdAt, reason }): Promise<BackupInfo | null> => {
          try {
            const bytes = await fs.fileSize(join(folder, name))
            return { fileName: name, createdAt: createdAt.toISOString(), reason, bytes }
          } catch (error) {
            // Deleted by a rotation between listing and stat: not a backup any more.
            if (errorCode(error) === 'ENOENT') return null
            throw failure(error)
          }
        }),
      )
      const newestFirst = listed
        .filter((backup) => backup !== null)
        .sort((left, right) => right.createdAt.localeCompare(left.createdAt))
      return { backups: newestFirst, folder }
    },

    read: async (fileName) => {
      if (!isBackupFileName(fileName)) throw new BackupStoreError('invalid-name', fileName)
      const path = join(folder, fileName)
      let bytes: Uint8Array
      try {
        const size = await fs.fileSize(path)
        if (size > MAX_BACKUP_BYTES) throw new BackupStoreError('too-large', `${size} bytes`)
        bytes = await fs.readFile(path)
      } catch (error) {
        if (errorCode(error) === 'ENOENT') throw new BackupStoreError('not-found', fileName)
        throw failure(error)
      }
      try {
        return textDecoder.decode(bytes)
      } catch {
        throw new BackupStoreError('not-text', fileName)
      }
    },
  }
}
