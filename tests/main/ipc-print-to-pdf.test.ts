import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { IpcResult } from '../../preload/api'
import { writeFileAtomically } from '../../main/atomic-write'
import { createHandlers, dispatch, type HandlerDeps } from '../../main/ipc/handlers'

const ours = { url: 'app://tidemark/index.html', isMainFrame: true }
const PDF = new TextEncoder().encode('%PDF-1.4 潮位')

function outcome(result: IpcResult<unknown>): string {
  return result.ok ? 'ok' : `${result.error.code}: ${result.error.detail}`
}

/** Handlers whose PDF goes through the real atomic writer into a fresh folder. */
function withFolder(overrides: Partial<HandlerDeps> = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'tidemark-pdf-'))
  const unused = () => Promise.reject(new Error('not used here'))
  const deps: HandlerDeps = {
    appInfo: () => ({ version: '0.1.0', systemLocale: 'en-US' }),
    chooseSavePath: vi.fn((name: string) => Promise.resolve(join(folder, name))),
    chooseOpenPath: unused,
    writeTextFile: unused,
    writeBinaryFile: writeFileAtomically,
    printPageToPdf: vi.fn(() => Promise.resolve(PDF)),
    fileSize: unused,
    readFile: unused,
    baseName: (path) => path.split('/').pop() ?? path,
    backups: { write: unused, list: unused, read: unused },
    backupSettled: vi.fn(),
    showNotification: () => {
      throw new Error('not used here')
    },
    openExternal: unused,
    ...overrides,
  }
  return { folder, deps, handlers: createHandlers(deps) }
}

describe('printToPdf', () => {
  it('asks where, prints the page and writes the PDF bytes there', async () => {
    const { folder, deps, handlers } = withFolder()
    const result = await dispatch(handlers, 'printToPdf', ours, {
      suggestedName: 'tidemark-assessment-2026-11-29.pdf',
    })
    expect(result).toEqual({
      ok: true,
      value: { status: 'saved', fileName: 'tidemark-assessment-2026-11-29.pdf' },
    })
    expect(deps.chooseSavePath).toHaveBeenCalledWith('tidemark-assessment-2026-11-29.pdf')
    expect(readFileSync(join(folder, 'tidemark-assessment-2026-11-29.pdf'))).toEqual(
      Buffer.from(PDF),
    )
    // Atomic: no temporary file is left beside it.
    expect(readdirSync(folder)).toEqual(['tidemark-assessment-2026-11-29.pdf'])
  })

  it('prints nothing when the user cancels the dialog', async () => {
    const { deps, handlers } = withFolder({ chooseSavePath: () => Promise.resolve(null) })
    const result = await dispatch(handlers, 'printToPdf', ours, { suggestedName: 'a.pdf' })
    expect(result).toEqual({ ok: true, value: { status: 'cancelled' } })
    expect(deps.printPageToPdf).not.toHaveBeenCalled()
  })

  it.each([
    [{ suggestedName: '../../evil.pdf' }, 'suggestedName'],
    [{ suggestedName: '/tmp/x.pdf' }, 'suggestedName'],
    [{ suggestedName: 'report.md' }, 'suggestedName: must end in .pdf'],
    [{ suggestedName: '' }, 'suggestedName'],
    [{ suggestedName: 42 }, 'suggestedName'],
    [{ suggestedName: 'a.pdf', pageSize: 'A3' }, 'pageSize'],
    [{}, 'suggestedName'],
    ['a.pdf', '(payload)'],
    [undefined, '(payload)'],
  ])('refuses %j naming the field, before any dialog or printing', async (payload, field) => {
    const { folder, deps, handlers } = withFolder()
    const result = await dispatch(handlers, 'printToPdf', ours, payload)
    expect(outcome(result)).toMatch(/^invalid-payload: /)
    expect(outcome(result)).toContain(field)
    expect(deps.chooseSavePath).not.toHaveBeenCalled()
    expect(deps.printPageToPdf).not.toHaveBeenCalled()
    expect(readdirSync(folder)).toEqual([])
  })

  it('refuses a sender that is not our top frame', async () => {
    const { deps, handlers } = withFolder()
    const result = await dispatch(
      handlers,
      'printToPdf',
      { url: 'app://tidemark/index.html', isMainFrame: false },
      { suggestedName: 'a.pdf' },
      vi.fn(),
    )
    expect(outcome(result)).toMatch(/^untrusted-sender/)
    expect(deps.chooseSavePath).not.toHaveBeenCalled()
    expect(deps.printPageToPdf).not.toHaveBeenCalled()
  })

  it('answers io-failed when printing fails, and keeps an existing file whole', async () => {
    const { folder, handlers } = withFolder({
      printPageToPdf: () => Promise.reject(new Error('printing failed')),
    })
    writeFileSync(join(folder, 'a.pdf'), 'the old report')
    const result = await dispatch(handlers, 'printToPdf', ours, { suggestedName: 'a.pdf' })
    expect(result).toEqual({ ok: false, error: { code: 'io-failed', detail: 'printing failed' } })
    expect(readFileSync(join(folder, 'a.pdf'), 'utf8')).toBe('the old report')
  })

  it('answers io-failed with the OS message when the folder cannot be written', async () => {
    const { handlers } = withFolder({
      chooseSavePath: () => Promise.resolve('/nonexistent-folder-for-tidemark/a.pdf'),
    })
    const result = await dispatch(handlers, 'printToPdf', ours, { suggestedName: 'a.pdf' })
    expect(outcome(result)).toMatch(/^io-failed: ENOENT/)
  })

  it('checks its answer against the contract', async () => {
    const { handlers } = withFolder()
    const broken = {
      ...handlers,
      printToPdf: () => Promise.resolve({ status: 'saved', fileName: 'a.pdf', path: '/home/u' }),
    } as unknown as typeof handlers
    const result = await dispatch(broken, 'printToPdf', ours, { suggestedName: 'a.pdf' }, vi.fn())
    expect(outcome(result)).toMatch(/^invalid-response: .*path/)
  })
})
