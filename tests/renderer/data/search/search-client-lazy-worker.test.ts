import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { startSearchWorker } from '../../../../renderer/data/search/search-client'

/** A stand-in for the browser's Worker: counts the workers made and the messages posted. */
class FakeWorker {
  static made: FakeWorker[] = []
  posted: unknown[] = []
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  terminated = false
  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    FakeWorker.made.push(this)
  }
  postMessage(message: unknown) {
    this.posted.push(message)
  }
  terminate() {
    this.terminated = true
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  FakeWorker.made = []
})

/** The start the search worker waits for (the first rows painted), settled by `paint`. */
function firstPaint(): { painted: Promise<void>; paint: () => void } {
  let paint!: () => void
  const painted = new Promise<void>((resolve) => {
    paint = resolve
  })
  return { painted, paint }
}

describe('the search worker’s start', () => {
  it('makes no worker until the start it waits for has settled, then one, asked to open', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const db = new TidemarkDatabase(`lazy-worker-${crypto.randomUUID()}`)
    const { painted, paint } = firstPaint()
    const search = startSearchWorker(db, painted)
    // A search typed before then waits too, without making the worker.
    const answer = search.search('推理', 10)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(FakeWorker.made).toHaveLength(0)

    paint()
    await vi.waitFor(() => {
      expect(FakeWorker.made).toHaveLength(1)
    })
    const [worker] = FakeWorker.made
    if (!worker) throw new Error('no worker')
    expect(worker.options).toEqual({ type: 'module' })
    expect(worker.posted).toEqual([{ id: 1, method: 'open', request: { databaseName: db.name } }])

    // The worker answers: the open, then the search that waited for it.
    worker.onmessage?.(
      new MessageEvent('message', { data: { id: 1, ok: true, response: { state: 'ready' } } }),
    )
    await vi.waitFor(() => {
      expect(worker.posted).toHaveLength(2)
    })
    worker.onmessage?.(
      new MessageEvent('message', { data: { id: 2, ok: true, response: { hits: [], total: 0 } } }),
    )
    await expect(answer).resolves.toEqual({ hits: [], total: 0 })
    expect(FakeWorker.made).toHaveLength(1)
    search.close()
    expect(worker.terminated).toBe(true)
  })

  it('closed before it started, never makes one', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const db = new TidemarkDatabase(`lazy-worker-${crypto.randomUUID()}`)
    const { painted, paint } = firstPaint()
    const search = startSearchWorker(db, painted)
    search.ready.catch(() => undefined)
    search.close()
    paint()
    await expect(search.ready).rejects.toThrow('closed')
    expect(FakeWorker.made).toHaveLength(0)
  })
})
