import { describe, expect, it, vi } from 'vitest'
import { MAX_TEXT_FILE_BYTES, type IpcResult } from '../../preload/api'
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
    fileSize: () => Promise.resolve(12),
    readFile: () => Promise.resolve(new TextEncoder().encode('{"hello":"潮位"}')),
    baseName: (path) => path.split('/').pop() ?? path,
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
      fakeDeps({ readFile: () => Promise.resolve(new Uint8Array([0xff, 0xfe, 0x00])) }),
    )
    const notText = await dispatch(binary, 'openTextFile', ours, {
      extensions: ['json'],
    })
    expect(outcome(notText)).toMatch(/^file-not-text/)

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
