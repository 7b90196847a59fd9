import { startTransition, useEffect, useMemo, useState } from 'react'
import type { Fold } from './highlight'

/**
 * The fold that highlighting needs, answered by a worker (fold-worker.ts) and cached: a text
 * not folded yet is used as written (简体 still highlights) and asked for; when the answers
 * arrive the screen renders again with them.
 */

const cache = new Map<string, string>()
const asked = new Set<string>()
const waiting = new Set<string>()
const CACHE_LIMIT = 5000

let worker: Worker | null = null
/** The worker failed to load: every text is answered as written from then on. */
let broken = false
let nextId = 1
const replies = new Map<number, { texts: string[]; resolve: (folded: string[]) => void }>()

function foldInWorker(texts: string[]): Promise<string[]> {
  if (typeof Worker !== 'function' || broken) return Promise.resolve(texts)
  if (!worker) {
    worker = new Worker(new URL('./fold-worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<{ id: number; folded: string[] }>) => {
      replies.get(event.data.id)?.resolve(event.data.folded)
      replies.delete(event.data.id)
    }
    // A worker that cannot load answers every text as written: a screen that waits for the
    // fold (foldTexts) shows its figures unfolded rather than waiting for ever.
    worker.onerror = () => {
      broken = true
      for (const { texts: asked, resolve } of replies.values()) resolve(asked)
      replies.clear()
    }
  }
  const id = nextId++
  const started = worker
  return new Promise((resolve) => {
    replies.set(id, { texts, resolve })
    started.postMessage({ id, texts })
  })
}

/**
 * `texts` folded to Simplified, each one (the cache's answers, the worker for the rest): for a
 * screen whose counts depend on the fold (the job search's companies), which waits for it
 * rather than counting 錦江 and 锦江 apart until the answers arrive.
 */
export async function foldTexts(texts: readonly string[]): Promise<string[]> {
  const missing = [...new Set(texts.filter((text) => !cache.has(text)))]
  if (missing.length > 0) {
    const folded = await foldInWorker(missing)
    if (cache.size > CACHE_LIMIT) {
      cache.clear()
      asked.clear()
    }
    missing.forEach((text, index) => cache.set(text, folded[index] ?? text))
  }
  return texts.map((text) => cache.get(text) ?? text)
}

/** Screens to tell when answers arrive. */
const listeners = new Set<() => void>()
let flushQueued = false

/** Sends every text waiting, once per task however many rows asked. */
function queueFlush(): void {
  if (flushQueued) return
  flushQueued = true
  queueMicrotask(() => {
    flushQueued = false
    const texts = [...waiting]
    waiting.clear()
    if (texts.length === 0) return
    for (const text of texts) asked.add(text)
    void foldInWorker(texts).then((folded) => {
      if (cache.size > CACHE_LIMIT) {
        cache.clear()
        asked.clear()
      }
      texts.forEach((text, index) => cache.set(text, folded[index] ?? text))
      for (const listener of listeners) listener()
    })
  })
}

/** A fold for highlighting: `given` when a caller has one (tests), else the worker's. */
export function useFold(given?: Fold): Fold {
  // A new map once answers arrive: a new fold, so highlights are worked out again.
  const [known, setKnown] = useState<ReadonlyMap<string, string>>(() => new Map(cache))
  useEffect(() => {
    if (given) return
    const listener = () => {
      // A transition: the rows' highlights are worked out again in slices, not one long task.
      startTransition(() => {
        setKnown(new Map(cache))
      })
    }
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }, [given])
  return useMemo<Fold>(() => {
    if (given) return given
    return (text) => {
      const folded = known.get(text)
      if (folded !== undefined) return folded
      if (!asked.has(text)) {
        waiting.add(text)
        queueFlush()
      }
      return text
    }
  }, [given, known])
}
