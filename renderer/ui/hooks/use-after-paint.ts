import { startTransition, useEffect, useState } from 'react'

/**
 * `value`, handed on only once a frame has been painted since it changed: what depends on it
 * renders after the keystroke's own frame, never inside it. Made for the charts, whose redraw
 * (recharts, tens of ms) would otherwise start before the browser paints the figures a
 * keystroke moved: useDeferredValue alone lets React begin that low-priority render in the very
 * next task, and recharts' store updates then run synchronously until done. A value that changes
 * again before the paint restarts the wait, so a burst of keystrokes redraws once.
 * A window that paints nothing (hidden) keeps the last value shown until it paints again.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value)
  useEffect(() => {
    if (Object.is(shown, value)) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // requestAnimationFrame runs just before a paint; a task queued there runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        startTransition(() => {
          setShown(() => value)
        })
      }, 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [value, shown])
  return shown
}
