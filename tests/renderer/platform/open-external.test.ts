// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { IpcResult, OpenExternalResult, TidemarkApi } from '../../../preload/api'
import { detectPlatform, PlatformError } from '../../../renderer/platform'

afterEach(() => {
  vi.restoreAllMocks()
})

/** A preload API whose openExternal is a spy answering `answer`; the rest is never called. */
function electronWith(answer: IpcResult<OpenExternalResult>) {
  const unused = () => Promise.reject(new Error('not used in these tests'))
  const openExternal = vi.fn<TidemarkApi['openExternal']>(() => Promise.resolve(answer))
  const api: TidemarkApi = {
    getAppInfo: unused,
    saveTextFile: unused,
    openTextFile: unused,
    printToPdf: unused,
    writeBackup: unused,
    listBackups: unused,
    readBackup: unused,
    showNotification: unused,
    openExternal,
    onBackupRequested: () => () => undefined,
  }
  return { platform: detectPlatform({ tidemark: api }), openExternal }
}

describe('openExternal in Electron', () => {
  it('asks main to open the link', async () => {
    const { platform, openExternal } = electronWith({ ok: true, value: { status: 'opened' } })
    await platform.openExternal('https://example.com/jobs')
    expect(openExternal).toHaveBeenCalledExactlyOnceWith({ url: 'https://example.com/jobs' })
  })

  it("throws main's refusal as PlatformError", async () => {
    const { platform } = electronWith({
      ok: false,
      error: {
        code: 'invalid-payload',
        detail: 'url: must be an http, https or mailto link (not file:)',
      },
    })
    const failure = platform.openExternal('file:///etc/passwd')
    await expect(failure).rejects.toBeInstanceOf(PlatformError)
    await expect(failure).rejects.toMatchObject({ error: { code: 'invalid-payload' } })
  })
})

describe('openExternal in a browser', () => {
  it.each([
    ['https://example.com/jobs?id=1', 'https://example.com/jobs?id=1'],
    ['http://example.com', 'http://example.com/'],
    ['mailto:hr@example.com', 'mailto:hr@example.com'],
  ])('opens %s in a new tab that cannot reach back (noopener, noreferrer)', async (url, opened) => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    await detectPlatform({}).openExternal(url)
    expect(open).toHaveBeenCalledExactlyOnceWith(opened, '_blank', 'noopener,noreferrer')
  })

  it.each([
    ['javascript:alert(1)', 'not javascript:'],
    ['file:///etc/passwd', 'not file:'],
    ['data:text/html,<script>alert(1)</script>', 'not data:'],
    ['app://tidemark/index.html', 'not app:'],
    ['/journal', 'must be an absolute URL'],
    [`https://example.com/${'a'.repeat(2048)}`, 'at most 2048'],
  ])('refuses %s with a specific error, and opens nothing', async (url, reason) => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    const failure = detectPlatform({}).openExternal(url)
    await expect(failure).rejects.toBeInstanceOf(PlatformError)
    await expect(failure).rejects.toMatchObject({ error: { code: 'invalid-payload' } })
    await expect(failure).rejects.toThrow(reason)
    expect(open).not.toHaveBeenCalled()
  })
})
