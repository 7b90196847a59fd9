import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  BackupStoreError,
  backupFileName,
  createBackupStore,
  nodeBackupFs,
  parseBackupFileName,
  type BackupFs,
  type BackupStoreDeps,
} from '../../main/backups/backup-store'
import { planBackupRotation } from '../../main/backups/rotation'
import { MAX_BACKUP_BYTES } from '../../preload/api'

const NOW = new Date('2026-11-29T21:40:00.000Z')

function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'tidemark-backups-'))
}

/** A store over a real temp folder, its clock fixed at NOW unless told otherwise. */
function storeIn(folder: string, overrides: Partial<BackupStoreDeps> = {}) {
  return createBackupStore({
    folder,
    fs: nodeBackupFs,
    now: () => NOW,
    warn: vi.fn(),
    ...overrides,
  })
}

/** Puts a backup file in the folder as an earlier run would have, `days` days before NOW. */
function earlierBackup(folder: string, days: number, contents = `backup from ${days} days ago`) {
  const name = backupFileName(new Date(NOW.getTime() - days * 24 * 3600 * 1000), 'scheduled')
  writeFileSync(join(folder, name), contents)
  return name
}

function contentsOf(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  )
}

function errnoError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code })
}

async function failureOf(promise: Promise<unknown>): Promise<BackupStoreError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  )
  if (!(error instanceof BackupStoreError))
    throw new Error(`expected a BackupStoreError: ${String(error)}`)
  return error
}

describe('backup file names', () => {
  it('carry the UTC time and the reason, with no character Windows refuses', () => {
    expect(backupFileName(NOW, 'quit')).toBe('tidemark-2026-11-29T21-40-00-000Z-quit.json')
    expect(backupFileName(NOW, 'before-restore')).toBe(
      'tidemark-2026-11-29T21-40-00-000Z-before-restore.json',
    )
  })

  it('parse back to the same time and reason', () => {
    expect(parseBackupFileName('tidemark-2026-11-29T21-40-00-123Z-manual.json')).toEqual({
      createdAt: new Date('2026-11-29T21:40:00.123Z'),
      reason: 'manual',
    })
  })

  it.each([
    'notes.txt',
    'tidemark-2026-11-29T21-40-00-000Z-quit.json.1234.5678.tmp',
    '.tidemark-2026-11-29T21-40-00-000Z-quit.json.1234.5678.tmp',
    'tidemark-2026-11-29T21-40-00-000Z-deleted.json',
    'tidemark-2026-11-29T21-40-00-000Z-quit.JSON',
    'tidemark-2026-13-29T21-40-00-000Z-quit.json',
    'tidemark-2026-02-30T21-40-00-000Z-quit.json',
    'tidemark-2026-11-29T21:40:00.000Z-quit.json',
    '../tidemark-2026-11-29T21-40-00-000Z-quit.json',
    'x/tidemark-2026-11-29T21-40-00-000Z-quit.json',
  ])('are not read into %j', (name) => {
    expect(parseBackupFileName(name)).toBeNull()
  })
})

describe('writing a backup', () => {
  it('writes the contents whole under its name and lists it', async () => {
    const folder = join(temporaryFolder(), 'backups') // not there yet: the first write makes it
    const store = storeIn(folder)
    const fileName = await store.write('{"潮位":1}', 'quit')
    expect(fileName).toBe('tidemark-2026-11-29T21-40-00-000Z-quit.json')
    expect(contentsOf(folder)).toEqual({ [fileName]: '{"潮位":1}' })
    expect(await store.list()).toEqual({
      backups: [{ fileName, createdAt: '2026-11-29T21:40:00.000Z', reason: 'quit', bytes: 12 }],
      folder,
    })
  })

  it('then deletes what the rotation no longer keeps, and leftovers of interrupted writes', async () => {
    const folder = temporaryFolder()
    // Two backups a day for 12 days: the rule (tested on its own) keeps fewer than half.
    Array.from({ length: 12 }, (_, index) => {
      earlierBackup(folder, index + 1)
      earlierBackup(folder, index + 1.25)
    })
    writeFileSync(join(folder, 'notes.txt'), 'the user’s own file')
    const leftover = `.${backupFileName(NOW, 'quit')}.4242.1764452400000.tmp`
    writeFileSync(join(folder, leftover), 'half a backup')

    const namesBefore = readdirSync(folder)

    const written = await storeIn(folder).write('{}', 'scheduled')

    const backups = [...namesBefore, written].flatMap((name) => {
      const parsed = parseBackupFileName(name)
      return parsed ? [{ name, ...parsed }] : []
    })
    const plan = planBackupRotation(backups, NOW)
    expect(plan.keep).toContain(written)
    expect(plan.keep.length).toBeLessThan(12)
    expect(readdirSync(folder).sort()).toEqual([...plan.keep, 'notes.txt'].sort())
  })

  it('keeps every earlier backup and does not rotate when the disk is full', async () => {
    const folder = temporaryFolder()
    const earlier = Array.from({ length: 20 }, (_, index) => earlierBackup(folder, index + 1))
    const before = contentsOf(folder)
    const fullDisk: BackupFs = {
      ...nodeBackupFs,
      writeFileAtomically: () =>
        Promise.reject(errnoError('ENOSPC', 'no space left on device, write')),
    }
    const removeFile = vi.spyOn(fullDisk, 'removeFile')

    const error = await failureOf(storeIn(folder, { fs: fullDisk }).write('{"new":true}', 'quit'))

    expect(error.kind).toBe('disk-full')
    expect(error.detail).toMatch(/ENOSPC/)
    expect(removeFile).not.toHaveBeenCalled()
    expect(contentsOf(folder)).toEqual(before)
    expect(Object.keys(before)).toHaveLength(earlier.length)
  })

  it('reports any other write error as io-failed, keeping the folder as it was', async () => {
    const folder = temporaryFolder()
    earlierBackup(folder, 1)
    const before = contentsOf(folder)
    const readOnly: BackupFs = {
      ...nodeBackupFs,
      writeFileAtomically: () => Promise.reject(errnoError('EACCES', 'permission denied')),
    }
    const error = await failureOf(storeIn(folder, { fs: readOnly }).write('{}', 'manual'))
    expect(error.kind).toBe('io-failed')
    expect(contentsOf(folder)).toEqual(before)
  })

  it('refuses contents over the size limit before touching the disk', async () => {
    const folder = temporaryFolder()
    const writeFileAtomically = vi.fn(() => Promise.resolve())
    const store = storeIn(folder, { fs: { ...nodeBackupFs, writeFileAtomically } })
    const error = await failureOf(store.write('a'.repeat(MAX_BACKUP_BYTES + 1), 'scheduled'))
    expect(error.kind).toBe('too-large')
    expect(writeFileAtomically).not.toHaveBeenCalled()
  })

  it('still answers the file name when a rotated backup cannot be deleted, and says so', async () => {
    const folder = temporaryFolder()
    Array.from({ length: 12 }, (_, index) => earlierBackup(folder, index + 1))
    const warn = vi.fn()
    const stubborn: BackupFs = {
      ...nodeBackupFs,
      removeFile: () => Promise.reject(errnoError('EBUSY', 'resource busy')),
    }
    const written = await storeIn(folder, { fs: stubborn, warn }).write('{}', 'scheduled')
    expect(readdirSync(folder)).toContain(written)
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/EBUSY/))
  })

  it('writes one backup at a time, each with its own name', async () => {
    const folder = temporaryFolder()
    let tick = NOW.getTime()
    const steps: string[] = []
    const slowFs: BackupFs = {
      ...nodeBackupFs,
      writeFileAtomically: async (path, contents) => {
        steps.push(`start ${contents}`)
        await new Promise((resolve) => setTimeout(resolve, 20))
        await nodeBackupFs.writeFileAtomically(path, contents)
        steps.push(`end ${contents}`)
      },
    }
    const store = storeIn(folder, { fs: slowFs, now: () => new Date((tick += 1000)) })
    // Both before a restore, so the rotation keeps both.
    const names = await Promise.all([
      store.write('first', 'before-restore'),
      store.write('second', 'before-restore'),
    ])
    expect(steps).toEqual(['start first', 'end first', 'start second', 'end second'])
    expect(contentsOf(folder)).toEqual({ [names[0]]: 'first', [names[1]]: 'second' })
  })
})

describe('listing backups', () => {
  it('is empty before the first backup, even with no folder', async () => {
    const missing = join(temporaryFolder(), 'missing')
    expect(await storeIn(missing).list()).toEqual({ backups: [], folder: missing })
  })

  it('lists only our backups, newest first, with their size in bytes', async () => {
    const folder = temporaryFolder()
    const older = earlierBackup(folder, 2, 'abc')
    const newer = earlierBackup(folder, 1, '潮位')
    writeFileSync(join(folder, 'notes.txt'), 'x')
    const listed = await storeIn(folder).list()
    expect(listed.folder).toBe(folder)
    expect(listed.backups.map((backup) => [backup.fileName, backup.bytes])).toEqual([
      [newer, 6],
      [older, 3],
    ])
  })
})

describe('reading a backup', () => {
  it('answers the contents of a backup by its file name', async () => {
    const folder = temporaryFolder()
    const store = storeIn(folder)
    const fileName = await store.write('{"潮位":"高"}', 'manual')
    expect(await store.read(fileName)).toBe('{"潮位":"高"}')
  })

  it.each([
    '../window-state.json',
    '../tidemark-2026-11-29T21-40-00-000Z-quit.json',
    'tidemark-2026-11-29T21-40-00-000Z-quit.json/../../window-state.json',
    '..\\tidemark-2026-11-29T21-40-00-000Z-quit.json',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    '..',
    '',
    'notes.txt',
  ])('refuses %j without touching the disk', async (fileName) => {
    const folder = temporaryFolder()
    const fs: BackupFs = { ...nodeBackupFs, fileSize: vi.fn(), readFile: vi.fn() }
    const error = await failureOf(storeIn(folder, { fs }).read(fileName))
    expect(error.kind).toBe('invalid-name')
    expect(fs.fileSize).not.toHaveBeenCalled()
    expect(fs.readFile).not.toHaveBeenCalled()
  })

  it('answers not-found for a well-formed name with no file', async () => {
    const error = await failureOf(
      storeIn(temporaryFolder()).read('tidemark-2026-11-29T21-40-00-000Z-quit.json'),
    )
    expect(error.kind).toBe('not-found')
  })

  it('refuses a file over the size limit and one that is not UTF-8', async () => {
    const folder = temporaryFolder()
    const name = earlierBackup(folder, 1)
    const huge: BackupFs = {
      ...nodeBackupFs,
      fileSize: () => Promise.resolve(MAX_BACKUP_BYTES + 1),
    }
    expect((await failureOf(storeIn(folder, { fs: huge }).read(name))).kind).toBe('too-large')

    writeFileSync(join(folder, name), Buffer.from([0xff, 0xfe, 0x00]))
    expect((await failureOf(storeIn(folder).read(name))).kind).toBe('not-text')
  })
})
