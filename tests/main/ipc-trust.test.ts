import { describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS, type IpcMethod, type IpcRequest } from '../../preload/api'
import { createHandlers, dispatch, type HandlerDeps } from '../../main/ipc/handlers'

/** Every outside effect a handler can have, each a spy that must stay uncalled when refused. */
function spyDeps() {
  const deps = {
    appInfo: vi.fn(() => ({ version: '0.1.0', systemLocale: 'zh-CN' })),
    chooseSavePath: vi.fn((name: string) => Promise.resolve(`/home/u/${name}`)),
    chooseOpenPath: vi.fn(() => Promise.resolve('/home/u/tidemark.json')),
    writeTextFile: vi.fn(() => Promise.resolve()),
    writeBinaryFile: vi.fn(() => Promise.resolve()),
    printPageToPdf: vi.fn(() => Promise.resolve(new Uint8Array([37, 80, 68, 70]))),
    fileSize: vi.fn(() => Promise.resolve(2)),
    readFile: vi.fn(() => Promise.resolve(new TextEncoder().encode('{}'))),
    baseName: (path: string) => path.split('/').pop() ?? path,
    backups: {
      write: vi.fn(() => Promise.resolve('tidemark-2026-11-29T21-40-00-000Z-manual.json')),
      list: vi.fn(() => Promise.resolve({ backups: [], folder: '/data/backups' })),
      read: vi.fn(() => Promise.resolve('{}')),
    },
    backupSettled: vi.fn(),
    showNotification: vi.fn(() => true),
    openExternal: vi.fn(() => Promise.resolve()),
  } satisfies HandlerDeps
  const effects = [
    deps.appInfo,
    deps.chooseSavePath,
    deps.chooseOpenPath,
    deps.writeTextFile,
    deps.writeBinaryFile,
    deps.printPageToPdf,
    deps.fileSize,
    deps.readFile,
    deps.backups.write,
    deps.backups.list,
    deps.backups.read,
    deps.backupSettled,
    deps.showNotification,
    deps.openExternal,
  ]
  return { deps, effects }
}

/** A request each channel accepts from our page: a new channel fails tsc until it is here. */
const validRequests: { [M in IpcMethod]: IpcRequest<M> } = {
  getAppInfo: undefined,
  saveTextFile: { suggestedName: 'tidemark.json', contents: '{}' },
  openTextFile: { extensions: ['json'] },
  writeBackup: { contents: '{}', reason: 'manual' },
  listBackups: undefined,
  readBackup: { fileName: 'tidemark-2026-11-29T21-40-00-000Z-manual.json' },
  printToPdf: { suggestedName: 'report.pdf' },
  showNotification: { title: 'Offer deadline', body: 'Tomorrow' },
  openExternal: { url: 'https://example.com/' },
}

/** A request each channel's schema refuses: a field of the wrong type or one it does not know. */
const invalidRequests: { [M in IpcMethod]: unknown } = {
  getAppInfo: { anything: true },
  saveTextFile: { suggestedName: '../../.bashrc', contents: 'x' },
  openTextFile: { extensions: ['json; rm -rf /'] },
  writeBackup: { contents: '{}', reason: 'nightly' },
  listBackups: 'all of them',
  readBackup: { fileName: '../../../etc/passwd' },
  printToPdf: { suggestedName: 'report.exe' },
  showNotification: { title: 'x', body: 'y', icon: '/etc/passwd' },
  openExternal: { url: 'file:///etc/passwd' },
}

const methods = Object.keys(IPC_CHANNELS) as IpcMethod[]
const ours = { url: 'app://tidemark/index.html#/settings', isMainFrame: true }

const strangers = [
  { url: 'app://tidemark/index.html', isMainFrame: false },
  { url: 'https://attacker.example/', isMainFrame: true },
  { url: 'http://127.0.0.1:47821/', isMainFrame: true },
  { url: 'file:///home/u/evil.html', isMainFrame: true },
  { url: 'app://tidemark.evil/index.html', isMainFrame: true },
  { url: 'app://tidemark@evil/index.html', isMainFrame: true },
  { url: 'about:blank', isMainFrame: true },
  null,
]

describe('every IPC channel', () => {
  it('has a valid and an invalid request in this test (the lists follow the contract)', () => {
    expect(Object.keys(validRequests).sort()).toEqual([...methods].sort())
    expect(Object.keys(invalidRequests).sort()).toEqual([...methods].sort())
  })

  it.each(methods)(
    '%s works for our page (so the refusals below are not vacuous)',
    async (method) => {
      const { deps } = spyDeps()
      const result = await dispatch(createHandlers(deps), method, ours, validRequests[method])
      expect(result.ok).toBe(true)
    },
  )

  describe.each(methods)('%s', (method) => {
    it.each(strangers)('refuses the sender %j with no side effect', async (sender) => {
      const { deps, effects } = spyDeps()
      const warn = vi.fn()
      const result = await dispatch(
        createHandlers(deps),
        method,
        sender,
        validRequests[method],
        warn,
      )
      expect(result).toEqual({
        ok: false,
        error: { code: 'untrusted-sender', detail: sender?.url ?? '(no frame)' },
      })
      expect(warn).toHaveBeenCalledTimes(1)
      for (const effect of effects) expect(effect).not.toHaveBeenCalled()
    })

    it('refuses a payload that fails its schema with no side effect', async () => {
      const { deps, effects } = spyDeps()
      const result = await dispatch(createHandlers(deps), method, ours, invalidRequests[method])
      expect(result.ok ? 'ok' : result.error.code).toBe('invalid-payload')
      for (const effect of effects) expect(effect).not.toHaveBeenCalled()
    })

    it('refuses a payload carrying __proto__ with no side effect, and leaves Object.prototype alone', async () => {
      const { deps, effects } = spyDeps()
      const hostile: unknown = JSON.parse(
        `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}`,
      )
      const result = await dispatch(createHandlers(deps), method, ours, hostile)
      expect(result.ok ? 'ok' : result.error.code).toBe('invalid-payload')
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined()
      for (const effect of effects) expect(effect).not.toHaveBeenCalled()
    })
  })
})
