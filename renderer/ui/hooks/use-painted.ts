import { useEffect, useState } from 'react'

/**
 * Whether a frame has been painted since `ready` became true: false until the task after that
 * paint (requestAnimationFrame runs just before a paint; a task queued there runs after it),
 * then true for good. Work that the first screen need not wait for starts then. A window that
 * paints nothing (hidden, minimized, a background tab) runs no animation frame: `latestMs`,
 * when given, ends the wait anyway.
 */
export function usePainted(ready = true, latestMs?: number): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (painted || !ready) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const done = () => {
      setPainted(true)
    }
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(done, 0)
    })
    const latest = latestMs === undefined ? undefined : setTimeout(done, latestMs)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
      clearTimeout(latest)
    }
  }, [painted, ready, latestMs])
  return painted
}
