import { describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { digestEntries } from '../../../../renderer/data/search/entry-digest'
import { indexedEntry } from '../../../../renderer/data/search/indexed-entry'
import { exportDocument } from '../../../../renderer/data/transfer/export'
import { applyImportAt, checkImportText } from '../../../../renderer/data/transfer/import'
import {
  checkImportOffThread,
  importWorkerHandler,
  summarize,
  warmImportCheck,
  type CheckWorker,
  type ImportMessage,
} from '../../../../renderer/data/transfer/import-check-off-thread'
import { ImportRefused } from '../../../../renderer/data/transfer/import-problems'
import { TransferCancelled } from '../../../../renderer/data/transfer/progress'
import { generateExport } from '../../../helpers/export-generator'
import { freshDatabases } from '../search/search-fixtures'

const freshDb = freshDatabases('import-worker')

/**
 * A worker that runs the import's worker side on this thread, each message a task of its own
 * and structured-cloned as postMessage clones it, keeping what it sends and the databases it
 * opens (fake-indexeddb: the same databases, by name, as the test's).
 */
function fakeWorker(sent: ImportMessage[] = []) {
  let terminated = false
  const opened: TidemarkDatabase[] = []
  const handle = importWorkerHandler(
    (message) => {
      const copy = structuredClone(message)
      sent.push(copy)
      setTimeout(() => {
        if (!terminated) worker.onmessage?.(new MessageEvent('message', { data: copy }))
      }, 0)
    },
    (name) => {
      const db = new TidemarkDatabase(name)
      opened.push(db)
      return db
    },
  )
  const worker: CheckWorker & {
    terminated: () => boolean
    moved: Transferable[]
    opened: TidemarkDatabase[]
  } = {
    onmessage: null,
    onerror: null,
    terminated: () => terminated,
    moved: [],
    opened,
    postMessage(request, transfer) {
      worker.moved.push(...transfer)
      // Moved as postMessage moves it: the sender's buffer is emptied.
      const received = structuredClone(request, { transfer })
      setTimeout(() => {
        handle(received)
      }, 0)
    },
    terminate() {
      terminated = true
    },
  }
  return worker
}

/** Every table's rows, for comparing two databases. */
async function contents(db: TidemarkDatabase) {
  const tables = ['settings', 'profile', 'skills', 'skillSnapshots', 'offers', 'journal', 'goals']
  return Object.fromEntries(
    await Promise.all(tables.map(async (name) => [name, await db.table(name).toArray()])),
  ) as Record<string, unknown>
}

describe('the import check on a worker', () => {
  it('sends back only the summary of the file it checked, and keeps the records', async () => {
    const { text } = generateExport(50, 4)
    const sent: ImportMessage[] = []
    const worker = fakeWorker(sent)
    const checked = await checkImportOffThread(text, { startWorker: () => worker })
    expect(checked.summary).toEqual(summarize(checkImportText(text)))
    expect(checked.summary.counts.journal).toBe(50)
    expect(sent.map((message) => message.type)).toEqual(['checked'])
    // Kept for the write: not stopped until written or disposed of.
    expect(worker.terminated()).toBe(false)
    checked.dispose()
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
    const worker = fakeWorker()
    const there = await checkImportOffThread(bad, { startWorker: () => worker }).catch(
      (error: unknown) => error,
    )
    expect(there).toBeInstanceOf(ImportRefused)
    expect((there as ImportRefused).problem).toEqual((here as ImportRefused).problem)
    expect(worker.terminated()).toBe(true)
    const notJson = await checkImportOffThread('{"format":', {
      startWorker: () => fakeWorker(),
    }).catch((error: unknown) => error)
    expect((notJson as ImportRefused).problem.code).toBe('not-json')
  })

  it('stops the worker when cancelled, and says so', async () => {
    const { text } = generateExport(3000, 6)
    const worker = fakeWorker()
    const controller = new AbortController()
    const checking = checkImportOffThread(text, {
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
      checkImportOffThread(generateExport(1, 1).text, { startWorker: () => worker }),
    ).rejects.toThrow('boom')
  })

  it('takes the file’s bytes, moved to the worker and decoded there as the import decodes them', async () => {
    const { text } = generateExport(20, 9)
    const bytes = new TextEncoder().encode(`\ufeff${text}`).buffer
    const worker = fakeWorker()
    const checked = await checkImportOffThread(bytes, { startWorker: () => worker })
    expect(checked.summary).toEqual(summarize(checkImportText(text)))
    expect(worker.moved).toEqual([bytes])
    expect(bytes.byteLength).toBe(0)
    checked.dispose()

    const notUtf8 = new Uint8Array([...new TextEncoder().encode('{"format":"'), 0xc3, 0x28, 0x22])
    const refused = await checkImportOffThread(notUtf8.buffer, {
      startWorker: () => fakeWorker(),
    }).catch((error: unknown) => error)
    expect((refused as ImportRefused).problem.code).toBe('not-utf8')
    const here = await checkImportOffThread(new Uint8Array([0xff]).buffer, {
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
    const checked = await checkImportOffThread(text, { startWorker: warm.startWorker })
    expect(checked.summary).toEqual(summarize(checkImportText(text)))
    // The check took the worker started ahead.
    expect(started).toHaveLength(1)
    checked.dispose()
    expect(started[0]?.terminated()).toBe(true)
    warm.dispose()

    const unused = warmImportCheck(start)
    expect(started).toHaveLength(2)
    unused.dispose()
    expect(started[1]?.terminated()).toBe(true)
  })

  it('checks and writes on this thread where there is no worker', async () => {
    const { text } = generateExport(10, 8)
    const checked = await checkImportOffThread(text, { startWorker: null })
    expect(checked.summary).toEqual(summarize(checkImportText(text)))
    const db = freshDb()
    const written: string[] = []
    const applied = await checked.apply(db, 'merge', {
      onJournalWritten: (entries) => written.push(...entries.map((entry) => entry.id)),
    })
    expect(applied.written).toBeNull()
    expect(written).toHaveLength(10)
    expect(await db.journal.count()).toBe(10)
  })
})

describe('the import written on its worker', { timeout: 30_000 }, () => {
  it('stores what the write on this thread stores, says how far it is, and closes its connection', async () => {
    const { text } = generateExport(1200, 12)
    const here = freshDb()
    const there = freshDb()
    // The same data in both before: a skill, copied over.
    await saveSkill(here, { name: 'kept before', domain: 'nlp', level: 2 })
    const start = await exportDocument(here, { version: 't', now: new Date() })
    await applyImportAt(there, checkImportText(start), 'replace')
    await applyImportAt(here, checkImportText(start), 'replace')
    const expected = await applyImportAt(here, checkImportText(text), 'merge')

    const sent: ImportMessage[] = []
    const worker = fakeWorker(sent)
    const checked = await checkImportOffThread(text, { startWorker: () => worker })
    const progress: number[] = []
    const journalWrittenHere: unknown[] = []
    const applied = await checked.apply(there, 'merge', {
      onProgress: (step) => progress.push(step.done),
      onJournalWritten: (entries) => journalWrittenHere.push(...entries),
    })
    expect(applied.counts).toEqual(expected.counts)
    expect(applied.journalKept).toBe(expected.journalKept)
    expect(applied.revision).toBe(expected.revision)
    expect(await contents(there)).toEqual(await contents(here))
    // The entries stayed on the worker: only their digest came back, the file's entries'.
    expect(journalWrittenHere).toEqual([])
    expect(applied.written).toEqual(
      digestEntries(checkImportText(text).data.journal.map(indexedEntry)),
    )
    expect(progress.length).toBeGreaterThan(2)
    const records = Object.values(checked.summary.counts).reduce((sum, count) => sum + count)
    expect(progress.at(-1)).toBe(records)
    // No record crossed: every message is small.
    for (const message of sent) expect(JSON.stringify(message).length).toBeLessThan(2000)
    expect(worker.opened).toHaveLength(1)
    expect(worker.opened[0]?.isOpen()).toBe(false)
    expect(worker.terminated()).toBe(true)
    await expect(checked.apply(there, 'merge')).rejects.toThrow('already written')
  })

  it('cancelled mid-write, leaves exactly the old data, and says so only once rolled back', async () => {
    const db = freshDb()
    await saveSkill(db, { name: 'kept before', domain: 'nlp', level: 2 })
    const before = await contents(db)
    const { text } = generateExport(3000, 13)
    const worker = fakeWorker()
    const checked = await checkImportOffThread(text, { startWorker: () => worker })
    const controller = new AbortController()
    const writing = checked.apply(db, 'replace', {
      signal: controller.signal,
      onProgress: (step) => {
        if (step.phase === 'write' && step.done >= 1000) controller.abort()
      },
    })
    await expect(writing).rejects.toBeInstanceOf(TransferCancelled)
    // Rolled back before the answer came: the worker's connection is closed already.
    expect(worker.opened[0]?.isOpen()).toBe(false)
    expect(await contents(db)).toEqual(before)
    expect(worker.terminated()).toBe(true)
  })
})
