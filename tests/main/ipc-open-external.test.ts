import { describe, expect, it, vi } from 'vitest'
import type { IpcResult } from '../../preload/api'
import { createHandlers, dispatch, type HandlerDeps } from '../../main/ipc/handlers'

const ours = { url: 'app://tidemark/index.html#/journal/42', isMainFrame: true }

function outcome(result: IpcResult<unknown>): string {
  return result.ok ? 'ok' : `${result.error.code}: ${result.error.detail}`
}

/** Handlers whose only working dependency is the system's link opener, a spy. */
function withOpener(openExternal: HandlerDeps['openExternal'] = () => Promise.resolve()) {
  const unused = () => Promise.reject(new Error('not used here'))
  const deps: HandlerDeps = {
    appInfo: () => ({ version: '0.1.0', systemLocale: 'zh-CN' }),
    chooseSavePath: unused,
    chooseOpenPath: unused,
    writeTextFile: unused,
    writeBinaryFile: unused,
    printPageToPdf: unused,
    fileSize: unused,
    readFile: unused,
    baseName: (path) => path,
    backups: { write: unused, list: unused, read: unused },
    backupSettled: vi.fn(),
    showNotification: vi.fn(() => true),
    openExternal: vi.fn(openExternal),
  }
  return { deps, handlers: createHandlers(deps) }
}

describe('openExternal', () => {
  it.each([
    ['https://www.zhipuai.cn/jobs?id=42#apply', 'https://www.zhipuai.cn/jobs?id=42#apply'],
    ['http://example.com', 'http://example.com/'],
    ['mailto:hr@example.com?subject=Offer', 'mailto:hr@example.com?subject=Offer'],
    ['HTTPS://Example.COM/路径', 'https://example.com/%E8%B7%AF%E5%BE%84'],
  ])('hands %s to the system as its parsed form', async (url, opened) => {
    const { deps, handlers } = withOpener()
    const result = await dispatch(handlers, 'openExternal', ours, { url })
    expect(result).toEqual({ ok: true, value: { status: 'opened' } })
    expect(deps.openExternal).toHaveBeenCalledExactlyOnceWith(opened)
  })

  it.each([
    ['javascript:alert(1)', 'not javascript:'],
    ['JavaScript:alert(document.domain)', 'not javascript:'],
    ['file:///etc/passwd', 'not file:'],
    ['data:text/html,<script>alert(1)</script>', 'not data:'],
    ['app://tidemark/index.html', 'not app:'],
    ['vbscript:msgbox(1)', 'not vbscript:'],
    ['ms-settings:privacy', 'not ms-settings:'],
    ['smb://attacker.example/share', 'not smb:'],
    ['ftp://example.com/file', 'not ftp:'],
    ['//example.com/no-scheme', 'must be an absolute URL'],
    ['/journal/42', 'must be an absolute URL'],
    ['', 'must be an absolute URL'],
    [`https://example.com/${'a'.repeat(2048)}`, 'url'],
  ])('refuses %s with a specific error, and opens nothing', async (url, reason) => {
    const { deps, handlers } = withOpener()
    const result = await dispatch(handlers, 'openExternal', ours, { url })
    expect(outcome(result)).toMatch(/^invalid-payload: url: /)
    expect(outcome(result)).toContain(reason)
    expect(deps.openExternal).not.toHaveBeenCalled()
  })

  it('names the scheme it refused, in words the log can use', async () => {
    const { handlers } = withOpener()
    expect(
      outcome(
        await dispatch(handlers, 'openExternal', ours, {
          url: 'file:///C:/Windows/System32/calc.exe',
        }),
      ),
    ).toBe('invalid-payload: url: must be an http, https or mailto link (not file:)')
  })

  it.each([
    [undefined, '(payload)'],
    ['https://example.com', '(payload)'],
    [{}, 'url'],
    [{ url: 42 }, 'url'],
    [{ url: ['https://example.com'] }, 'url'],
    [{ url: 'https://example.com', target: '_self' }, 'target'],
  ])(
    'refuses the malformed payload %j, naming the field, and opens nothing',
    async (payload, field) => {
      const { deps, handlers } = withOpener()
      const result = await dispatch(handlers, 'openExternal', ours, payload)
      expect(outcome(result)).toMatch(/^invalid-payload: /)
      expect(outcome(result)).toContain(field)
      expect(deps.openExternal).not.toHaveBeenCalled()
    },
  )

  it('refuses a sender that is not our top frame, and opens nothing', async () => {
    const { deps, handlers } = withOpener()
    const warn = vi.fn()
    const link = { url: 'https://example.com/' }
    const iframe = { url: 'app://tidemark/index.html', isMainFrame: false }
    expect(outcome(await dispatch(handlers, 'openExternal', iframe, link, warn))).toBe(
      'untrusted-sender: app://tidemark/index.html',
    )
    const elsewhere = { url: 'https://attacker.example/', isMainFrame: true }
    expect(outcome(await dispatch(handlers, 'openExternal', elsewhere, link, warn))).toBe(
      'untrusted-sender: https://attacker.example/',
    )
    expect(outcome(await dispatch(handlers, 'openExternal', null, link, warn))).toBe(
      'untrusted-sender: (no frame)',
    )
    expect(warn).toHaveBeenCalledTimes(3)
    expect(warn.mock.calls[0]?.[0]).toContain('tidemark:open-external')
    expect(deps.openExternal).not.toHaveBeenCalled()
  })

  it('answers io-failed when the system cannot open the link, not a crash', async () => {
    const { handlers } = withOpener(() => Promise.reject(new Error('no application for https')))
    expect(
      outcome(await dispatch(handlers, 'openExternal', ours, { url: 'https://example.com/' })),
    ).toBe('io-failed: no application for https')
  })
})
