import { useCallback, useLayoutEffect, useRef } from 'react'

/**
 * A function that keeps one identity for the component's life and always calls the latest
 * `callback`: memoised children (the skill rows, the form) get it without redrawing each time
 * the parent's state moves. Call it from events, not while rendering.
 */
export function useStableCallback<A extends unknown[], R>(
  callback: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(callback)
  useLayoutEffect(() => {
    latest.current = callback
  })
  return useCallback((...args: A) => latest.current(...args), [])
}
