/**
 * What the keystroke probe (probe.ts) puts on the app's `window` for scripts/bench-ui.mts to
 * read through page.evaluate: one declaration, read by both sides. Times are ms on the page's
 * clock (performance.now(), the same origin as an event's timeStamp).
 */

/** One keystroke, from its keydown to the frames that showed what it changed. */
export interface KeystrokeRecord {
  key: string
  /** The keydown event's timeStamp: when the browser received the key, before any queueing. */
  keydownAt: number
  /** The first frame painted after the keystroke's own events (keydown, input, change) ran. */
  firstPaintAt: number | undefined
  /** The frame painted after the last change to the typed field's own form. */
  formPaintAt: number | undefined
  /** The frame painted after the last change to the assessment's figures, reasons and gaps
   *  (its charts left out: they redraw at low priority on purpose). Undefined: nothing moved. */
  panelPaintAt: number | undefined
  /** The frame painted after the last change anywhere on the page but a chart's drawing. */
  lastPaintAt: number | undefined
  /** Event Timing's duration of the keydown (keydown → the next paint after its handlers,
   *  rounded to 8 ms by the browser); undefined under its 16 ms threshold. */
  eventDurationMs: number | undefined
  /** Long tasks (50 ms and over) running at or after the keydown, until the page settled. */
  longTasksMs: number[]
}

export interface UiProbe {
  /** Starts recording the next keystroke. */
  arm(): void
  /**
   * Resolves once the page has settled after the armed keystroke: no DOM change for
   * `quietMs` and then an idle moment (no task waiting, a low-priority redraw included).
   */
  settle(quietMs: number): Promise<KeystrokeRecord>
}

declare global {
  interface Window {
    benchUiProbe?: UiProbe
  }
}
