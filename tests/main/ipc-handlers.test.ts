import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { MAX_TEXT_FILE_BYTES, type IpcResult } from '../../preload/api'
import {
  BackupStoreError,
  createBackupStore,
  nodeBackupFs,
  type BackupFailureKind,
  type BackupFs,
  type BackupStore,
} from '../../main/backups/backup-store'
import { createHandlers, dispatch, type HandlerDeps } from '../../main/ipc/handlers'

/** The error code of a failed result, or 'ok'. */
function outcome(result: IpcResult<unknown>): string {
  return result.ok ? 'ok' : `${result.error.code}: ${result.error.detail}`
}

const ours = { url: 'app://tidemark/index.html', isMainFrame: true }

function fakeDeps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    appInfo: () => ({ version: '0.1.0', systemLocale: 'zh-CN' }),
    chooseSavePath: (name) => Promise.resolve(`/home/u/Documents/${name}`),
    chooseOpenPath: () => Promise.resolve('/home/u/Documents/tidemark.json'),
    writeTextFile: vi.fn(() => Promise.resolve()),
    writeBinaryFile: vi.fn(() => Promise.resolve()),
    printPageToPdf: vi.fn(() => Promise.resolve(new TextEncoder().encode('%PDF-1.4'))),
    fileSize: () => Promise.resolve(12),
    readFile: () => Promise.resolve(new TextEncoder().encode('{"hello":"潮位"}')),
    baseName: (path) => path.split('/').pop() ?? path,
    backups: {
      write: vi.fn(() => Promise.reject(new Error('no backups in this test'))),
      list: vi.fn(() => Promise.reject(new Error('no backups in this test'))),
      read: vi.fn(() => Promise.reject(new Error('no backups in this test'))),
    },
    backupSettled: vi.fn(),
    showNotification: vi.fn(() => true),
    openExternal: vi.fn(() => Promise.resolve()),
    ...overrides,
  }
}

describe('dispatch', () => {
  it('refuses a sender that is not our top frame, without running the handler', async () => {
    const deps = fakeDeps()
    const result = await dispatch(
      createHandlers(deps),
      'saveTextFile',
      { url: 'https://x.test/', isMainFrame: true },
      {
        suggestedName: 'a.json',
        contents: '{}',
      },
      vi.fn(),
    )
    expect(result).toEqual({
      ok: false,
      error: { code: 'untrusted-sender', detail: 'https://x.test/' },
    })
    expect(deps.writeTextFile).not.toHaveBeenCalled()
  })

  it('logs each refused sender with the channel and the sender URL', async () => {
    const warn = vi.fn()
    const handlers = createHandlers(fakeDeps())
    await dispatch(
      handlers,
      'getAppInfo',
      { url: 'https://x.test/', isMainFrame: true },
      undefined,
      warn,
    )
    await dispatch(handlers, 'openTextFile', null, { extensions: ['json'] }, warn)
    expect(warn).toHaveBeenCalledTimes(2)
    expect(warn.mock.calls[0]?.[0]).toMatch(/tidemark:get-app-info.*https:\/\/x\.test\//)
    expect(warn.mock.calls[1]?.[0]).toMatch(/tidemark:open-text-file.*\(no frame\)/)
  })

  it('does not log a trusted sender', async () => {
    const warn = vi.fn()
    await dispatch(createHandlers(fakeDeps()), 'getAppInfo', ours, undefined, warn)
    expect(warn).not.toHaveBeenCalled()
  })

  it('answers app info', async () => {
    const result = await dispatch(createHandlers(fakeDeps()), 'getAppInfo', ours, undefined)
    expect(result).toEqual({ ok: true, value: { version: '0.1.0', systemLocale: 'zh-CN' } })
  })

  it.each([
    [{ suggestedName: '../../.bashrc', contents: 'x' }, 'suggestedName'],
    [{ suggestedName: 'C:\\evil.json', contents: 'x' }, 'suggestedName'],
    [{ suggestedName: '', contents: 'x' }, 'suggestedName'],
    [{ suggestedName: 'a.json', contents: 42 }, 'contents'],
    [{ suggestedName: 'a.json', contents: 'x', extra: true }, 'extra'],
    ['a string', '(payload)'],
  ])('refuses a malformed save request %j naming the field', async (payload, field) => {
    const deps = fakeDeps()
    const result = await dispatch(createHandlers(deps), 'saveTextFile', ours, payload)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-payload')
    expect(result.error.detail).toContain(field)
    expect(deps.writeTextFile).not.toHaveBeenCalled()
  })

  it('saves through the atomic writer and reports the file name', async () => {
    const deps = fakeDeps()
    const result = await dispatch(createHandlers(deps), 'saveTextFile', ours, {
      suggestedName: 'tidemark.json',
      contents: '{}',
    })
    expect(result).toEqual({ ok: true, value: { status: 'saved', fileName: 'tidemark.json' } })
    expect(deps.writeTextFile).toHaveBeenCalledWith('/home/u/Documents/tidemark.json', '{}')
  })

  it('reports a cancelled dialog as cancelled, not as an error', async () => {
    const handlers = createHandlers(
      fakeDeps({
        chooseSavePath: () => Promise.resolve(null),
        chooseOpenPath: () => Promise.resolve(null),
      }),
    )
    expect(
      await dispatch(handlers, 'saveTextFile', ours, {
        suggestedName: 'a.json',
        contents: '',
      }),
    ).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    })
    expect(await dispatch(handlers, 'openTextFile', ours, { extensions: ['json'] })).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    })
  })

  it('turns a failed write into io-failed with the OS message', async () => {
    const handlers = createHandlers(
      fakeDeps({ writeTextFile: () => Promise.reject(new Error('ENOSPC: no space left')) }),
    )
    const result = await dispatch(handlers, 'saveTextFile', ours, {
      suggestedName: 'a.json',
      contents: '{}',
    })
    expect(result).toEqual({
      ok: false,
      error: { code: 'io-failed', detail: 'ENOSPC: no space left' },
    })
  })

  it('opens UTF-8 text, and refuses files that are too large or not text', async () => {
    const opened = await dispatch(createHandlers(fakeDeps()), 'openTextFile', ours, {
      extensions: ['json'],
    })
    expect(opened).toEqual({
      ok: true,
      value: { status: 'opened', fileName: 'tidemark.json', contents: '{"hello":"潮位"}' },
    })

    const tooLarge = createHandlers(
      fakeDeps({ fileSize: () => Promise.resolve(MAX_TEXT_FILE_BYTES + 1) }),
    )
    const large = await dispatch(tooLarge, 'openTextFile', ours, {
      extensions: ['json'],
    })
    expect(outcome(large)).toMatch(/^file-too-large/)

    const binary = createHandlers(
      // A PNG's first bytes (0xFF 0xFE, once used here, is UTF-16's mark: read as text now).
      fakeDeps({ readFile: () => Promise.resolve(new Uint8Array([0x89, 0x50, 0x4e, 0x47])) }),
    )
    const notText = await dispatch(binary, 'openTextFile', ours, {
      extensions: ['json'],
    })
    expect(outcome(notText)).toMatch(/^file-not-text/)

    // Review 28 P8: a file cut inside its last character (an export cut short) was "not a
    // UTF-8 text file"; it is text, cut short, for the import's check to say so. A bad byte
    // before the end is still not text.
    const cut = new TextEncoder().encode('{"title":"面试').slice(0, -1)
    const cutShort = await dispatch(
      createHandlers(fakeDeps({ readFile: () => Promise.resolve(cut) })),
      'openTextFile',
      ours,
      { extensions: ['json'] },
    )
    expect(cutShort).toEqual({
      ok: true,
      value: { status: 'opened', fileName: 'tidemark.json', contents: '{"title":"面\uFFFD' },
    })
    const badInside = new Uint8Array([...new TextEncoder().encode('{"a":'), 0xff, 0x7d])
    const inside = await dispatch(
      createHandlers(fakeDeps({ readFile: () => Promise.resolve(badInside) })),
      'openTextFile',
      ours,
      { extensions: ['json'] },
    )
    expect(outcome(inside)).toMatch(/^file-not-text/)

    const badFilter = await dispatch(createHandlers(fakeDeps()), 'openTextFile', ours, {
      extensions: ['../x'],
    })
    expect(outcome(badFilter)).toMatch(/^invalid-payload: extensions\.0/)
  })
})

describe('dispatch checks every answer against the contract', () => {
  it('answers invalid-response, and logs it, when a handler returns an extra field', async () => {
    // A field the contract does not promise (here a local path) must not reach the page.
    const info = { version: '0.1.0', systemLocale: 'zh-CN', userData: '/home/u/.config/Tidemark' }
    const warn = vi.fn()
    const result = await dispatch(
      createHandlers(fakeDeps({ appInfo: () => info })),
      'getAppInfo',
      ours,
      undefined,
      warn,
    )
    expect(outcome(result)).toMatch(/^invalid-response: .*userData/)
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/tidemark:get-app-info.*userData/))
  })

  it('answers invalid-response when a handler returns the wrong type at run time', async () => {
    // The types say baseName answers a string; a dependency can still break that promise.
    const lyingBaseName = (() => 42) as unknown as HandlerDeps['baseName']
    const result = await dispatch(
      createHandlers(fakeDeps({ baseName: lyingBaseName })),
      'saveTextFile',
      ours,
      { suggestedName: 'a.json', contents: '{}' },
      vi.fn(),
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-response')
    expect(result.error.detail).toContain('fileName')
  })

  it('answers invalid-response for a status the contract does not know', async () => {
    const handlers = createHandlers(fakeDeps())
    const broken = {
      ...handlers,
      openTextFile: () => Promise.resolve({ status: 'maybe' }),
    } as unknown as typeof handlers
    const result = await dispatch(broken, 'openTextFile', ours, { extensions: ['json'] }, vi.fn())
    expect(outcome(result)).toMatch(/^invalid-response/)
  })
})

const NOW = new Date('2026-11-29T21:40:00.000Z')
const BACKUP_NAME = 'tidemark-2026-11-29T21-40-00-000Z-quit.json'

/** The handlers over a real backups folder in a fresh temp folder (`backups/` inside it). */
function withBackupFolder(fs: BackupFs = nodeBackupFs) {
  const root = mkdtempSync(join(tmpdir(), 'tidemark-ipc-backups-'))
  const folder = join(root, 'backups')
  const backups = createBackupStore({ folder, fs, now: () => NOW, warn: vi.fn() })
  const deps = fakeDeps({ backups })
  return { root, folder, deps, handlers: createHandlers(deps) }
}

describe('the backup channels', () => {
  it('write a backup into the backups folder, list it and read it back', async () => {
    const { folder, deps, handlers } = withBackupFolder()
    const written = await dispatch(handlers, 'writeBackup', ours, {
      contents: '{"潮位":1}',
      reason: 'quit',
    })
    expect(written).toEqual({ ok: true, value: { fileName: BACKUP_NAME } })
    expect(readFileSync(join(folder, BACKUP_NAME), 'utf8')).toBe('{"潮位":1}')
    expect(deps.backupSettled).toHaveBeenCalledWith('quit', null)

    expect(await dispatch(handlers, 'listBackups', ours, undefined)).toEqual({
      ok: true,
      value: {
        backups: [
          { fileName: BACKUP_NAME, createdAt: NOW.toISOString(), reason: 'quit', bytes: 12 },
        ],
        folder,
      },
    })
    expect(await dispatch(handlers, 'readBackup', ours, { fileName: BACKUP_NAME })).toEqual({
      ok: true,
      value: { contents: '{"潮位":1}' },
    })
  })

  it('keep a raw rescue copy under its own reason, listed as one, with the folder it is in', async () => {
    const { folder, handlers } = withBackupFolder()
    const raw = '{"format":"tidemark-rescue","version":9,"tables":{}}'
    const written = await dispatch(handlers, 'writeBackup', ours, {
      contents: raw,
      reason: 'rescue',
    })
    const rescueName = 'tidemark-2026-11-29T21-40-00-000Z-rescue.json'
    expect(written).toEqual({ ok: true, value: { fileName: rescueName } })
    expect(await dispatch(handlers, 'listBackups', ours, undefined)).toEqual({
      ok: true,
      value: {
        backups: [
          {
            fileName: rescueName,
            createdAt: NOW.toISOString(),
            reason: 'rescue',
            bytes: raw.length,
          },
        ],
        folder,
      },
    })
    // Still readable by name: a newer Tidemark, or the user, can take it from there.
    expect(await dispatch(handlers, 'readBackup', ours, { fileName: rescueName })).toEqual({
      ok: true,
      value: { contents: raw },
    })
  })

  it.each([
    [{ contents: 42, reason: 'quit' }, 'contents'],
    [{ contents: '{}', reason: 'nightly' }, 'reason'],
    [{ contents: '{}' }, 'reason'],
    [{ contents: '{}', reason: 'quit', fileName: '../x.json' }, 'fileName'],
    ['{}', '(payload)'],
    [undefined, '(payload)'],
  ])('refuse a malformed writeBackup %j naming the field', async (payload, field) => {
    const { folder, deps, handlers } = withBackupFolder()
    const result = await dispatch(handlers, 'writeBackup', ours, payload)
    expect(outcome(result)).toMatch(/^invalid-payload: /)
    expect(outcome(result)).toContain(field)
    expect(deps.backupSettled).not.toHaveBeenCalled()
    expect(() => readdirSync(folder)).toThrow() // the folder was never even made
  })

  it('refuse a listBackups that carries anything', async () => {
    const { handlers } = withBackupFolder()
    const result = await dispatch(handlers, 'listBackups', ours, { folder: '/etc' })
    expect(outcome(result)).toMatch(/^invalid-payload/)
  })

  it.each([
    `../${BACKUP_NAME}`,
    `..\\${BACKUP_NAME}`,
    `backups/${BACKUP_NAME}`,
    `${BACKUP_NAME}/../../window-state.json`,
    '../window-state.json',
    '/etc/passwd',
    'notes.txt',
    '..',
    '',
  ])('refuse to read %j, so no path leaves the backups folder', async (fileName) => {
    const { root, folder, handlers } = withBackupFolder()
    // Files a traversal would reach: a valid-looking backup and the window state, one level up.
    mkdirSync(folder)
    writeFileSync(join(root, BACKUP_NAME), 'outside the backups folder')
    writeFileSync(join(root, 'window-state.json'), '{}')
    writeFileSync(join(folder, 'notes.txt'), 'not a backup')
    const result = await dispatch(handlers, 'readBackup', ours, { fileName })
    expect(outcome(result)).toMatch(/^invalid-payload: fileName/)
  })

  it('refuse a readBackup with a name that is not a string, or extra fields', async () => {
    const { handlers } = withBackupFolder()
    for (const payload of [{ fileName: 42 }, { fileName: BACKUP_NAME, folder: '/' }, BACKUP_NAME]) {
      expect(outcome(await dispatch(handlers, 'readBackup', ours, payload))).toMatch(
        /^invalid-payload/,
      )
    }
  })

  it('answer not-found for a backup name with no file', async () => {
    const { handlers } = withBackupFolder()
    const result = await dispatch(handlers, 'readBackup', ours, { fileName: BACKUP_NAME })
    expect(result).toEqual({ ok: false, error: { code: 'not-found', detail: BACKUP_NAME } })
  })

  it('answer disk-full when the disk is full, tell who waits, and keep the earlier backups', async () => {
    const fullDisk: BackupFs = {
      ...nodeBackupFs,
      writeFileAtomically: () =>
        Promise.reject(
          Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }),
        ),
    }
    const { folder, deps, handlers } = withBackupFolder(fullDisk)
    mkdirSync(folder)
    const earlier = 'tidemark-2026-11-28T21-40-00-000Z-scheduled.json'
    writeFileSync(join(folder, earlier), '{"earlier":true}')
    const result = await dispatch(handlers, 'writeBackup', ours, { contents: '{}', reason: 'quit' })
    const error = { code: 'disk-full', detail: 'ENOSPC: no space left on device' }
    expect(result).toEqual({ ok: false, error })
    expect(deps.backupSettled).toHaveBeenCalledWith('quit', error)
    expect(readdirSync(folder)).toEqual([earlier])
  })

  it.each([
    ['not-found', 'not-found'],
    ['too-large', 'file-too-large'],
    ['not-text', 'file-not-text'],
    ['disk-full', 'disk-full'],
    ['io-failed', 'io-failed'],
    ['invalid-name', 'invalid-payload'],
  ] as const)(
    'turn the store failure %s into the error code %s',
    async (kind: BackupFailureKind, code) => {
      const failing = () => Promise.reject(new BackupStoreError(kind, 'detail'))
      const backups: BackupStore = { write: failing, list: failing, read: failing }
      const handlers = createHandlers(fakeDeps({ backups }))
      const expected = { ok: false, error: { code, detail: 'detail' } }
      expect(await dispatch(handlers, 'listBackups', ours, undefined)).toEqual(expected)
      expect(await dispatch(handlers, 'readBackup', ours, { fileName: BACKUP_NAME })).toEqual(
        expected,
      )
      expect(
        await dispatch(handlers, 'writeBackup', ours, { contents: '', reason: 'manual' }),
      ).toEqual(expected)
    },
  )

  it('refuse a backup from a sender that is not our top frame, writing nothing', async () => {
    const { folder, deps, handlers } = withBackupFolder()
    const result = await dispatch(
      handlers,
      'writeBackup',
      { url: 'app://tidemark/index.html', isMainFrame: false },
      { contents: '{}', reason: 'manual' },
      vi.fn(),
    )
    expect(outcome(result)).toMatch(/^untrusted-sender/)
    expect(deps.backupSettled).not.toHaveBeenCalled()
    expect(() => readdirSync(folder)).toThrow()
  })

  it('check a listing against the contract before it leaves', async () => {
    const backups: BackupStore = {
      ...fakeDeps().backups,
      list: () =>
        Promise.resolve({
          backups: [{ fileName: BACKUP_NAME, createdAt: 'yesterday', reason: 'quit', bytes: 2 }],
          folder: '/home/u/.config/Tidemark/backups',
        }),
    }
    const result = await dispatch(
      createHandlers(fakeDeps({ backups })),
      'listBackups',
      ours,
      undefined,
      vi.fn(),
    )
    expect(outcome(result)).toMatch(/^invalid-response: backups\.0\.createdAt/)
  })
})
