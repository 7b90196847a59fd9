import type { KeystrokeRecord, UiProbe } from './probe-api'

/**
 * tsx compiles with esbuild's keepNames, which wraps every named function in `__name(fn,
 * "name")`; a function sent to the page as source text then calls a helper the page lacks.
 * Evaluate this in the page first (it names nothing, so it needs no helper itself).
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn'

/**
 * Runs in the app's page (page.evaluate): watches keystrokes and the frames that show them.
 *
 * Why a MutationObserver and frame callbacks, not Event Timing alone: the assessment moves in a
 * later task than the key's own events (a form hands its draft up from an effect, the screen
 * then assesses and redraws), and Event Timing's duration ends at the first paint after the
 * key's handlers, which can come before the score has changed. So each DOM change is followed
 * to its frame instead: requestAnimationFrame runs just before the frame is drawn, and a
 * MessageChannel message posted from there runs in the next task, after that frame's paint.
 * A change made after a frame's rAF has run is in a later frame, and the chain started from it
 * ends later, so the latest chain to finish gives the paint of the last change. Event Timing's
 * keydown duration is kept beside it, as the browser's own INP-style figure.
 */
export function installProbe(): void {
  let record: KeystrokeRecord | undefined
  let armedForm: Element | null = null
  let lastMutationAt = performance.now()
  let chains = 0
  const longTasks: { startTime: number; duration: number }[] = []
  const keydownEntries = new Map<number, number>()

  const afterPaint = (write: (at: number) => void) => {
    chains++
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        chains--
        write(performance.now())
      }
      channel.port2.postMessage(0)
    })
  }
  const later = (current: number | undefined, at: number) =>
    current === undefined ? at : Math.max(current, at)
  const elementOf = (node: Node): Element | null =>
    node instanceof Element ? node : node.parentElement

  new MutationObserver((mutations) => {
    lastMutationAt = performance.now()
    const current = record
    if (!current) return
    let panel = false
    let form = false
    let visible = false
    for (const mutation of mutations) {
      const element = elementOf(mutation.target)
      if (!element) continue
      if (!element.closest('.chart-drawing')) visible = true
      if (element.closest('.assessment-panel') && !element.closest('.chart-figure')) panel = true
      if (armedForm?.contains(element)) form = true
    }
    if (panel) {
      afterPaint((at) => {
        current.panelPaintAt = later(current.panelPaintAt, at)
      })
    }
    if (form) {
      afterPaint((at) => {
        current.formPaintAt = later(current.formPaintAt, at)
      })
    }
    if (visible) {
      afterPaint((at) => {
        current.lastPaintAt = later(current.lastPaintAt, at)
      })
    }
  }).observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  })

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks.push({ startTime: entry.startTime, duration: entry.duration })
    }
  }).observe({ type: 'longtask' })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown') keydownEntries.set(entry.startTime, entry.duration)
    }
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)

  // The key's own events: a frame after each, so the first paint follows all of them.
  const onKeyEvent = (event: Event) => {
    const current = record
    if (!current) return
    if (event.type === 'keydown') {
      if (current.keydownAt !== 0) return
      current.keydownAt = event.timeStamp
      current.key = (event as KeyboardEvent).key
      const target = event.target instanceof Element ? event.target : null
      armedForm = target?.closest('form') ?? target?.closest('fieldset') ?? target
    }
    if (current.keydownAt === 0) return
    afterPaint((at) => {
      current.firstPaintAt = later(current.firstPaintAt, at)
    })
  }
  for (const type of ['keydown', 'input', 'change']) {
    window.addEventListener(type, onKeyEvent, { capture: true })
  }

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      setTimeout(resolve, ms)
    })
  // From a frame: with nothing to draw, headless Chromium may not start an idle period at all.
  const idle = () =>
    new Promise<void>((resolve) => {
      requestAnimationFrame(() => {
        requestIdleCallback(
          () => {
            resolve()
          },
          { timeout: 5_000 },
        )
      })
    })

  const probe: UiProbe = {
    arm() {
      record = {
        key: '',
        keydownAt: 0,
        firstPaintAt: undefined,
        formPaintAt: undefined,
        panelPaintAt: undefined,
        lastPaintAt: undefined,
        eventDurationMs: undefined,
        longTasksMs: [],
      }
      armedForm = null
    },
    async settle(quietMs) {
      const current = record
      if (!current) throw new Error('settle() before arm()')
      const started = performance.now()
      for (;;) {
        await wait(Math.max(5, quietMs / 4))
        const now = performance.now()
        if (current.keydownAt === 0) {
          if (now - started > 10_000) throw new Error('the key never reached the page')
          continue
        }
        if (now - lastMutationAt < quietMs || now - current.keydownAt < quietMs || chains > 0) {
          continue
        }
        await idle()
        if (performance.now() - lastMutationAt >= quietMs && chains === 0) break
      }
      record = undefined
      // Event Timing reports after the paint: by now the keydown's entry is in.
      current.eventDurationMs = keydownEntries.get(current.keydownAt)
      current.longTasksMs = longTasks
        .filter((task) => task.startTime + task.duration > current.keydownAt)
        .map((task) => task.duration)
      longTasks.length = 0
      keydownEntries.clear()
      return current
    },
  }
  window.benchUiProbe = probe
}
