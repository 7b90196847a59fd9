import { describe, expect, it, vi } from 'vitest'
import { IPC_CHANNELS, type IpcResult } from '../../preload/api'
import { createHandlers, dispatch, type HandlerDeps } from '../../main/ipc/handlers'
import { MAX_TEXT_FILE_BYTES } from '../../main/ipc/payloads'

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
      IPC_CHANNELS.saveTextFile,
      { url: 'https://x.test/', isMainFrame: true },
      {
        suggestedName: 'a.json',
        contents: '{}',
      },
    )
    expect(result).toEqual({
      ok: false,
      error: { code: 'untrusted-sender', detail: 'https://x.test/' },
    })
    expect(deps.writeTextFile).not.toHaveBeenCalled()
  })

  it('answers app info', async () => {
    const result = await dispatch(
      createHandlers(fakeDeps()),
      IPC_CHANNELS.getAppInfo,
      ours,
      undefined,
    )
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
    const result = await dispatch(createHandlers(deps), IPC_CHANNELS.saveTextFile, ours, payload)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-payload')
    expect(result.error.detail).toContain(field)
    expect(deps.writeTextFile).not.toHaveBeenCalled()
  })

  it('saves through the atomic writer and reports the file name', async () => {
    const deps = fakeDeps()
    const result = await dispatch(createHandlers(deps), IPC_CHANNELS.saveTextFile, ours, {
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
      await dispatch(handlers, IPC_CHANNELS.saveTextFile, ours, {
        suggestedName: 'a.json',
        contents: '',
      }),
    ).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    })
    expect(
      await dispatch(handlers, IPC_CHANNELS.openTextFile, ours, { extensions: ['json'] }),
    ).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    })
  })

  it('turns a failed write into io-failed with the OS message', async () => {
    const handlers = createHandlers(
      fakeDeps({ writeTextFile: () => Promise.reject(new Error('ENOSPC: no space left')) }),
    )
    const result = await dispatch(handlers, IPC_CHANNELS.saveTextFile, ours, {
      suggestedName: 'a.json',
      contents: '{}',
    })
    expect(result).toEqual({
      ok: false,
      error: { code: 'io-failed', detail: 'ENOSPC: no space left' },
    })
  })

  it('opens UTF-8 text, and refuses files that are too large or not text', async () => {
    const opened = await dispatch(createHandlers(fakeDeps()), IPC_CHANNELS.openTextFile, ours, {
      extensions: ['json'],
    })
    expect(opened).toEqual({
      ok: true,
      value: { status: 'opened', fileName: 'tidemark.json', contents: '{"hello":"潮位"}' },
    })

    const tooLarge = createHandlers(
      fakeDeps({ fileSize: () => Promise.resolve(MAX_TEXT_FILE_BYTES + 1) }),
    )
    const large = await dispatch(tooLarge, IPC_CHANNELS.openTextFile, ours, {
      extensions: ['json'],
    })
    expect(outcome(large)).toMatch(/^file-too-large/)

    const binary = createHandlers(
      fakeDeps({ readFile: () => Promise.resolve(new Uint8Array([0xff, 0xfe, 0x00])) }),
    )
    const notText = await dispatch(binary, IPC_CHANNELS.openTextFile, ours, {
      extensions: ['json'],
    })
    expect(outcome(notText)).toMatch(/^file-not-text/)

    const badFilter = await dispatch(createHandlers(fakeDeps()), IPC_CHANNELS.openTextFile, ours, {
      extensions: ['../x'],
    })
    expect(outcome(badFilter)).toMatch(/^invalid-payload: extensions\.0/)
  })
})
