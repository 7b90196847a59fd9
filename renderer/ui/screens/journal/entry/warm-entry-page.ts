import { useEffect } from 'react'
import { preloadEntryMarkdown } from './lazy-markdown'

/** A link that opens one entry (#/journal/<id> or #/journal/new), not a view of the journal. */
const ENTRY_LINK =
  'a[href^="#/journal/"]:not([href="#/journal/jobs"]):not([href="#/journal/goals"])'

let warmed = false
let loaded: typeof import('./EntryPage') | undefined

type EntryPageModule = typeof import('./EntryPage')

/** Loads the entry page's module (the chunk the journal's lazy component fetches too). */
function loadEntryPage(): Promise<EntryPageModule> {
  return import('./EntryPage').then((module) => {
    loaded = module
    return module
  })
}

/**
 * The journal's lazy entry page's loader. Once the module is here (warmed while the timeline was
 * shown), it answers with a thenable that calls back at once, which React.lazy reads as loaded
 * in the same render: a promise, even a settled one, calls back later, so the first entry opened
 * showed the fallback and came ~300 ms after "New entry" (React's fallback throttle), the keys
 * typed meanwhile lost (trial 19 #8).
 */
export function entryPageForLazy(): Promise<{ default: EntryPageModule['EntryPage'] }> {
  if (!loaded) return loadEntryPage().then((module) => ({ default: module.EntryPage }))
  const value = { default: loaded.EntryPage }
  const settled = {
    then(onFulfilled?: ((answer: typeof value) => unknown) | null) {
      onFulfilled?.(value)
      return settled
    },
  }
  // React.lazy reads only `then` (its types ask for a Promise).
  return settled as unknown as Promise<typeof value>
}

/**
 * Loads an entry's page and its Markdown renderer (react-markdown, ~120 kB) ahead of the first
 * entry opened: loaded on that open, the body said "Loading…" for 0.5-2.5 s (new-user trial 11).
 * Each chunk is the one the page's own lazy import fetches, so it is fetched once.
 */
export function warmEntryPage(): void {
  if (warmed) return
  warmed = true
  // A chunk that fails to load here is fetched again when the entry opens, and fails there.
  void loadEntryPage().catch(() => undefined)
  preloadEntryMarkdown().catch(() => undefined)
}

type IdleHandle = { cancel: () => void }

function whenIdle(run: () => void): IdleHandle {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 5000 })
    return {
      cancel: () => {
        window.cancelIdleCallback(id)
      },
    }
  }
  const id = window.setTimeout(run, 1000)
  return {
    cancel: () => {
      window.clearTimeout(id)
    },
  }
}

/**
 * While the journal is shown: warms the entry page (warmEntryPage) once the browser is idle
 * after the journal has painted (a frame, then an idle moment: never in the first page's
 * work), or at once when the pointer or the focus reaches a link to an entry.
 */
export function useWarmEntryPage(): void {
  useEffect(() => {
    if (warmed) return
    let idle: IdleHandle | undefined
    const frame = window.requestAnimationFrame(() => {
      idle = whenIdle(warm)
    })
    function onReach(event: Event) {
      if (event.target instanceof Element && event.target.closest(ENTRY_LINK)) warm()
    }
    function stop() {
      window.cancelAnimationFrame(frame)
      idle?.cancel()
      document.removeEventListener('pointerover', onReach)
      document.removeEventListener('focusin', onReach)
    }
    function warm() {
      stop()
      warmEntryPage()
    }
    document.addEventListener('pointerover', onReach, { passive: true })
    document.addEventListener('focusin', onReach)
    return stop
  }, [])
}

/** For tests: as if nothing had been warmed. */
export function resetWarmEntryPage(): void {
  warmed = false
}
