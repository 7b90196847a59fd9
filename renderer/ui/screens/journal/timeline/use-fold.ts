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
    try {
      worker = new Worker(new URL('./fold-worker.ts', import.meta.url), { type: 'module' })
    } catch {
      // A worker that cannot be made answers as written, as one that fails to load does: the
      // job search waits on foldTexts and would otherwise read the journal for ever (review 33 L1).
      broken = true
      return Promise.resolve(texts)
    }
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
  // The answers are this call's own: the cache may be cleared while the worker answers (past
  // its limit, here or by another screen's fold), which returned names folded before the wait
  // as written and split 錦江 and 锦江 again (review 33 M1).
  const answers = new Map<string, string>()
  const missing: string[] = []
  for (const text of new Set(texts)) {
    const known = cache.get(text)
    if (known === undefined) missing.push(text)
    else answers.set(text, known)
  }
  if (missing.length > 0) {
    const folded = await foldInWorker(missing)
    if (cache.size > CACHE_LIMIT) {
      cache.clear()
      asked.clear()
    }
    missing.forEach((text, index) => {
      const answer = folded[index] ?? text
      answers.set(text, answer)
      cache.set(text, answer)
    })
  }
  return texts.map((text) => answers.get(text) ?? text)
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
