import { useEffect, useState, type RefObject } from 'react'

/**
 * Whether a box's content is wider than the box (a table in a narrow window), followed as either
 * resizes. False where ResizeObserver is missing: the box then stays a plain box.
 */
export function useOverflowsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false)
  useEffect(() => {
    const box = ref.current
    if (!box || typeof ResizeObserver === 'undefined') return
    const measure = () => {
      // A pixel of rounding is not a scroll.
      setOverflows(box.scrollWidth > box.clientWidth + 1)
    }
    const observer = new ResizeObserver(measure)
    observer.observe(box)
    for (const child of box.children) observer.observe(child)
    measure()
    return () => {
      observer.disconnect()
    }
  }, [ref])
  return overflows
}
