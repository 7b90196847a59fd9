import { describe, expect, it } from 'vitest'
import { checkImportText } from '../../../../renderer/data/transfer/import'
import {
  checkImportTextOffThread,
  answerCheck,
  warmImportCheck,
  type CheckMessage,
  type CheckWorker,
} from '../../../../renderer/data/transfer/import-check-off-thread'
import { ImportRefused } from '../../../../renderer/data/transfer/import-problems'
import { CHUNK, TransferCancelled } from '../../../../renderer/data/transfer/progress'
import { setZodMessages } from '../../../../renderer/data/zod-messages'
import { generateExport } from '../../../helpers/export-generator'

/**
 * A worker that runs the check on this thread, each message a task of its own and structured-
 * cloned as postMessage clones it, counting what it sends.
 */
function fakeWorker(sent: CheckMessage[] = []) {
  let terminated = false
  const worker: CheckWorker & { terminated: () => boolean; moved: Transferable[] } = {
    onmessage: null,
    onerror: null,
    terminated: () => terminated,
    moved: [],
    postMessage(request, transfer) {
      worker.moved.push(...transfer)
      // Moved as postMessage moves it: the sender's buffer is emptied.
      const received = structuredClone(request, { transfer })
      setTimeout(() => {
        answerCheck(received, (message) => {
          const copy = structuredClone(message)
          sent.push(copy)
          setTimeout(() => {
            if (!terminated) worker.onmessage?.(new MessageEvent('message', { data: copy }))
          }, 0)
        })
      }, 0)
    },
    terminate() {
      terminated = true
    },
  }
  return worker
}

describe('the import check on a worker', () => {
  it('gives the same document as checking here, its records sent a chunk at a time', async () => {
    const { text } = generateExport(CHUNK * 2 + 5, 4)
    const sent: CheckMessage[] = []
    const worker = fakeWorker(sent)
    const document = await checkImportTextOffThread(text, { startWorker: () => worker })
    expect(document).toEqual(checkImportText(text))
    const journalChunks = sent.filter(
      (message) => message.type === 'rows' && message.table === 'journal',
    )
    expect(journalChunks.map((message) => message.type === 'rows' && message.rows.length)).toEqual([
      CHUNK,
      CHUNK,
      5,
    ])
    expect(sent[0]?.type).toBe('document')
    expect(sent.at(-1)?.type).toBe('done')
    expect(worker.terminated()).toBe(true)
  })

  it('refuses what checking here refuses, with the same problem', async () => {
    const bad = generateExport(3, 5).text.replace('"kind":"', '"kind":"nonsense-')
    const here = (() => {
      try {
        checkImportText(bad)
      } catch (error) {
        return error
      }
      return null
    })()
    expect(here).toBeInstanceOf(ImportRefused)
    const there = await checkImportTextOffThread(bad, { startWorker: () => fakeWorker() }).catch(
      (error: unknown) => error,
    )
    expect(there).toBeInstanceOf(ImportRefused)
    expect((there as ImportRefused).problem).toEqual((here as ImportRefused).problem)
    const notJson = await checkImportTextOffThread('{"format":', {
      startWorker: () => fakeWorker(),
    }).catch((error: unknown) => error)
    expect((notJson as ImportRefused).problem.code).toBe('not-json')
  })

  it('names the line where a file that is not JSON breaks, from its bytes on the worker', async () => {
    const text = generateExport(3, 5).text
    const lines = text.split('\n')
    expect(lines[13]).toMatch(/^ {6}\{"id":"gen-000001"/)
    const refusedWith = async (bad: string) => {
      const bytes = new TextEncoder().encode(bad).buffer
      const error = await checkImportTextOffThread(bytes, {
        startWorker: () => fakeWorker(),
      }).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ImportRefused)
      return (error as ImportRefused).problem
    }
    // Cut short inside line 14 ("Unexpected end of JSON input"): that line.
    expect(await refusedWith(text.slice(0, text.indexOf('"gen-000001"')))).toMatchObject({
      code: 'not-json',
      line: 14,
    })
    // Cut short just after line 13's newline: the last line written, not the empty one after.
    expect(
      await refusedWith(text.slice(0, text.indexOf('      {"id":"gen-000001"'))),
    ).toMatchObject({ code: 'not-json', line: 13 })
    // Broken mid-file (a comma taken out at the end of line 3): where the parser stops, line 4.
    expect(await refusedWith(text.replace(/("version": \d+),/, '$1'))).toMatchObject({
      code: 'not-json',
      line: 4,
    })
  })

  it('stops the worker when cancelled, and says so', async () => {
    const { text } = generateExport(CHUNK * 3, 6)
    const worker = fakeWorker()
    const controller = new AbortController()
    const checking = checkImportTextOffThread(text, {
      startWorker: () => worker,
      signal: controller.signal,
    })
    controller.abort()
    await expect(checking).rejects.toBeInstanceOf(TransferCancelled)
    expect(worker.terminated()).toBe(true)
  })

  it('fails, not hangs, when the worker does', async () => {
    const worker = fakeWorker()
    worker.postMessage = () => {
      // Node has no ErrorEvent: the check reads only its message.
      const event = { message: 'boom' } as ErrorEvent
      setTimeout(() => worker.onerror?.(event), 0)
    }
    await expect(
      checkImportTextOffThread(generateExport(1, 1).text, { startWorker: () => worker }),
    ).rejects.toThrow('boom')
  })

  it('takes the file’s bytes, moved to the worker and decoded there as the import decodes them', async () => {
    const { text } = generateExport(CHUNK + 3, 9)
    const bytes = new TextEncoder().encode(`\ufeff${text}`).buffer
    const worker = fakeWorker()
    expect(await checkImportTextOffThread(bytes, { startWorker: () => worker })).toEqual(
      checkImportText(text),
    )
    expect(worker.moved).toEqual([bytes])
    expect(bytes.byteLength).toBe(0)

    const notUtf8 = new Uint8Array([...new TextEncoder().encode('{"format":"'), 0xc3, 0x28, 0x22])
    const refused = await checkImportTextOffThread(notUtf8.buffer, {
      startWorker: () => fakeWorker(),
    }).catch((error: unknown) => error)
    expect((refused as ImportRefused).problem.code).toBe('not-utf8')
    const here = await checkImportTextOffThread(new Uint8Array([0xff]).buffer, {
      startWorker: null,
    }).catch((error: unknown) => error)
    expect((here as ImportRefused).problem.code).toBe('not-utf8')
  })

  it('can start its worker before the file is chosen, and stops it when none is', async () => {
    const started: ReturnType<typeof fakeWorker>[] = []
    const start = () => {
      const worker = fakeWorker()
      started.push(worker)
      return worker
    }
    const warm = warmImportCheck(start)
    expect(started).toHaveLength(1)
    const { text } = generateExport(10, 10)
    expect(await checkImportTextOffThread(text, { startWorker: warm.startWorker })).toEqual(
      checkImportText(text),
    )
    // The check took the worker started ahead, and stopped it when done.
    expect(started).toHaveLength(1)
    expect(started[0]?.terminated()).toBe(true)
    warm.dispose()

    const unused = warmImportCheck(start)
    expect(started).toHaveLength(2)
    unused.dispose()
    expect(started[1]?.terminated()).toBe(true)
  })

  it('checks on this thread where there is no worker', async () => {
    const { text } = generateExport(10, 8)
    expect(await checkImportTextOffThread(text, { startWorker: null })).toEqual(
      checkImportText(text),
    )
  })
})

describe('zod’s messages in a refusal from the worker', () => {
  /** A file whose first entry's title is too long: a field with no message of ours. */
  function titleTooLong(): string {
    const document = JSON.parse(generateExport(1, 1).text) as {
      data: { journal: { title: string }[] }
    }
    const [entry] = document.data.journal
    if (entry) entry.title = 'x'.repeat(250)
    return JSON.stringify(document)
  }

  async function refusal(language: 'en' | 'zh-CN' | undefined): Promise<string> {
    const refused = await checkImportTextOffThread(titleTooLong(), {
      startWorker: () => fakeWorker(),
      ...(language ? { language } : {}),
    }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ImportRefused)
    const { problem } = refused as ImportRefused
    if (problem.code !== 'invalid') throw new Error(`refused as ${problem.code}`)
    return problem.issues.map((issue) => issue.message).join('\n')
  }

  it('are in the language the interface sends with the file', async () => {
    try {
      const chinese = await refusal('zh-CN')
      expect(chinese).toMatch(/[\u4e00-\u9fff]/)
      expect(chinese).not.toMatch(/too big/i)
      expect(await refusal('en')).toMatch(/too big/i)
      expect(await refusal(undefined)).toMatch(/too big/i)
    } finally {
      setZodMessages('en')
    }
  })
})
