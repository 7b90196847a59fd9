import { describe, expect, it, vi } from 'vitest'
import type { TidemarkApi } from '../../../preload/api'
import { detectPlatform, PlatformError } from '../../../renderer/platform'

const saveTextFile = vi.fn(() =>
  Promise.resolve({ ok: true as const, value: { status: 'saved' as const, fileName: 'a.json' } }),
)

function fakeApi(overrides: Partial<TidemarkApi> = {}): TidemarkApi {
  return {
    getAppInfo: () =>
      Promise.resolve({ ok: true, value: { version: '0.1.0', systemLocale: 'zh-CN' } }),
    saveTextFile,
    openTextFile: () => Promise.resolve({ ok: true, value: { status: 'cancelled' } }),
    writeBackup: () => Promise.resolve({ ok: true, value: { fileName: 'b.json' } }),
    listBackups: () =>
      Promise.resolve({ ok: true, value: { backups: [], folder: '/data/backups' } }),
    readBackup: () => Promise.resolve({ ok: true, value: { contents: '{}' } }),
    printToPdf: () => Promise.resolve({ ok: true, value: { status: 'cancelled' } }),
    showNotification: () => Promise.resolve({ ok: true, value: { status: 'shown' } }),
    openExternal: () => Promise.resolve({ ok: true, value: { status: 'opened' } }),
    onBackupRequested: () => () => undefined,
    ...overrides,
  }
}

describe('detectPlatform', () => {
  it('uses the browser adapter without a preload API', () => {
    expect(detectPlatform({}).kind).toBe('browser')
  })

  it('uses the preload API inside Electron, the system locale first', async () => {
    vi.stubGlobal('navigator', { languages: ['en-US'] })
    const platform = detectPlatform({ tidemark: fakeApi() })
    expect(platform.kind).toBe('electron')
    expect(await platform.systemLanguages()).toEqual(['zh-CN', 'en-US'])
    vi.unstubAllGlobals()
  })

  it('passes file saves to main and turns its error answers into PlatformError', async () => {
    const api = fakeApi({
      openTextFile: () =>
        Promise.resolve({ ok: false, error: { code: 'file-not-text', detail: 'x.bin' } }),
    })
    const platform = detectPlatform({ tidemark: api })
    expect(await platform.saveTextFile('a.json', '{}')).toEqual({
      status: 'saved',
      fileName: 'a.json',
    })
    expect(saveTextFile).toHaveBeenCalledWith({ suggestedName: 'a.json', contents: '{}' })
    const failure = await platform.openTextFile(['json']).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(PlatformError)
    expect((failure as PlatformError).error.code).toBe('file-not-text')
  })

  it('asks main for a PDF in Electron and answers its outcome', async () => {
    const printToPdf = vi.fn<TidemarkApi['printToPdf']>(() =>
      Promise.resolve({ ok: true, value: { status: 'saved', fileName: 'report.pdf' } }),
    )
    const platform = detectPlatform({ tidemark: fakeApi({ printToPdf }) })
    expect(await platform.printToPdf('report.pdf')).toEqual({
      status: 'saved',
      fileName: 'report.pdf',
    })
    expect(printToPdf).toHaveBeenCalledWith({ suggestedName: 'report.pdf' })
    const refused = detectPlatform({
      tidemark: fakeApi({
        printToPdf: () =>
          Promise.resolve({ ok: false, error: { code: 'io-failed', detail: 'EACCES' } }),
      }),
    })
    const failure = await refused.printToPdf('report.pdf').catch((error: unknown) => error)
    expect((failure as PlatformError).error).toEqual({ code: 'io-failed', detail: 'EACCES' })
  })

  it('opens the print dialog in a browser, where the user saves the PDF', async () => {
    const print = vi.fn()
    vi.stubGlobal('window', { print })
    expect(await detectPlatform({}).printToPdf('report.pdf')).toEqual({ status: 'print-dialog' })
    expect(print).toHaveBeenCalledOnce()
    vi.unstubAllGlobals()
  })
})
