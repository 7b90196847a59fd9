import { describe, expect, it, vi } from 'vitest'
import { createHandlers, dispatch, type HandlerDeps } from '../../main/ipc/handlers'
import { MAX_TEXT_FILE_BYTES, type IpcResult } from '../../preload/api'

/**
 * Review 29 I1, main's side: an export saved again as UTF-16 (Windows Notepad's "Unicode") was
 * refused by the open dialog as "not a UTF-8 text file", and Settings then said "not UTF-8, not a
 * Tidemark export". It is read as text, either byte order, and the import checks it whole as it
 * checks any export (tests/renderer/data/transfer/import-utf16.test.ts holds main's decoding and
 * the browser's to the same answers).
 */

const ours = { url: 'app://tidemark/index.html', isMainFrame: true }
const EXPORT = '{"format":"tidemark","version":4,"data":{"journal":[{"title":"字节二面 😀"}]}}'

function deps(bytes: Uint8Array, size = bytes.byteLength): HandlerDeps {
  const refused = () => Promise.reject(new Error('not in this test'))
  return {
    appInfo: () => ({ version: '0.1.0', systemLocale: 'zh-CN' }),
    chooseSavePath: (name) => Promise.resolve(`/home/u/Documents/${name}`),
    chooseOpenPath: () => Promise.resolve('C:\\Users\\u\\Documents\\unicode.json'),
    writeTextFile: vi.fn(refused),
    writeBinaryFile: vi.fn(refused),
    printPageToPdf: vi.fn(refused),
    fileSize: () => Promise.resolve(size),
    readFile: vi.fn(() => Promise.resolve(bytes)),
    baseName: (path) => path.split('\\').pop() ?? path,
    backups: { write: vi.fn(refused), list: vi.fn(refused), read: vi.fn(refused) },
    backupSettled: vi.fn(),
    showNotification: vi.fn(() => true),
    openExternal: vi.fn(refused),
  }
}

async function open(handlerDeps: HandlerDeps): Promise<IpcResult<unknown>> {
  return dispatch(createHandlers(handlerDeps), 'openTextFile', ours, { extensions: ['json'] })
}

function utf16le(text: string): Uint8Array {
  return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])
}
function utf16be(text: string): Uint8Array {
  return new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()])
}

describe('openTextFile, a file saved as UTF-16 with its mark', () => {
  for (const [order, bytes] of [
    ['little-endian (Notepad’s “Unicode”)', utf16le(EXPORT)],
    ['big-endian', utf16be(EXPORT)],
  ] as const) {
    it(`is opened as its text, the mark dropped: ${order}`, async () => {
      expect(await open(deps(bytes))).toEqual({
        ok: true,
        value: { status: 'opened', fileName: 'unicode.json', contents: EXPORT },
      })
    })
  }

  it('is refused when half a surrogate pair stands inside it, as any file not text', async () => {
    const broken = utf16le(EXPORT)
    broken.set([0x3d, 0xd8], 10)
    const result = await open(deps(broken))
    expect(result.ok ? 'opened' : result.error.code).toBe('file-not-text')
  })

  it('keeps the size limit: a file over it is refused before a byte is read', async () => {
    const handlerDeps = deps(utf16le(EXPORT), MAX_TEXT_FILE_BYTES + 2)
    const result = await open(handlerDeps)
    expect(result.ok ? 'opened' : result.error.code).toBe('file-too-large')
    expect(handlerDeps.readFile).not.toHaveBeenCalled()
  })
})
