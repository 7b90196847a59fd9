import type {
  SearchMethod,
  SearchProtocol,
  SearchRequestMessage,
  SearchResponseMessage,
} from '../../../renderer/data/search/search-protocol'
import type { QueryTimes, SearchBench, SearchMeasurement } from './bench-api'

/**
 * Talks to the app's built search worker (assets/search-worker-*.js) the way search-client.ts
 * does, one request at a time, and times each round trip on this page's UI thread.
 */

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, (message: SearchResponseMessage) => void>()

function call<M extends SearchMethod>(
  method: M,
  request: SearchProtocol[M]['request'],
): Promise<SearchProtocol[M]['response']> {
  if (!worker) throw new Error('search worker not started')
  const id = nextId++
  const sent = worker
  return new Promise((resolve, reject) => {
    pending.set(id, (message) => {
      // The worker answers each method with that method's response (search-worker.ts).
      if (message.ok) resolve(message.response as SearchProtocol[M]['response'])
      else reject(new Error(message.error))
    })
    const message = { id, method, request } as SearchRequestMessage
    sent.postMessage(message)
  })
}

/** Watches the UI thread while searching: long tasks and the gaps between frames. */
function watchMainThread() {
  let longestTaskMs = 0
  let longTasks = 0
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks++
      longestTaskMs = Math.max(longestTaskMs, entry.duration)
    }
  })
  observer.observe({ type: 'longtask' })
  let longestFrameGapMs = 0
  let last = performance.now()
  let watching = true
  const frame = (now: number) => {
    longestFrameGapMs = Math.max(longestFrameGapMs, now - last)
    last = now
    if (watching) requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
  return () => {
    watching = false
    observer.disconnect()
    return { longestTaskMs, longTasks, longestFrameGapMs }
  }
}

const bench: SearchBench = {
  async open(workerUrl, databaseName) {
    worker = new Worker(new URL(workerUrl, location.href), { type: 'module' })
    worker.onmessage = (event: MessageEvent<SearchResponseMessage>) => {
      const answer = pending.get(event.data.id)
      pending.delete(event.data.id)
      answer?.(event.data)
    }
    const start = performance.now()
    const status = await call('open', { databaseName })
    return { status, openMs: performance.now() - start }
  },

  async measure(queries, warmUpRounds, rounds): Promise<SearchMeasurement> {
    const results: QueryTimes[] = queries.map((query) => ({ query, times: [], total: 0 }))
    for (let round = 0; round < warmUpRounds; round++) {
      for (const query of queries) await call('search', { query, limit: 50 })
    }
    const stop = watchMainThread()
    // Queries interleaved, round after round, so a slow moment is shared out among them.
    for (let round = 0; round < rounds; round++) {
      for (const result of results) {
        const start = performance.now()
        const answer = await call('search', { query: result.query, limit: 50 })
        result.times.push(performance.now() - start)
        result.total = answer.total
      }
    }
    // One more frame, so a long task at the very end is seen too.
    await new Promise((resolve) => requestAnimationFrame(resolve))
    return { queries: results, ...stop() }
  },
}

window.benchSearch = bench
