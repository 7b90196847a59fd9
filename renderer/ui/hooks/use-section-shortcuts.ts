import { useLayoutEffect } from 'react'
import { SECTIONS } from '../sections'

/** Alt+1 … Alt+6 open the sections in navigation order (keyboard-first). */
export function useSectionShortcuts(): void {
  // In the commit that draws the first screen, as the quick entry's Alt+J (see QuickEntry).
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      const index = Number.parseInt(event.key, 10) - 1
      const section = SECTIONS[index]
      if (section === undefined) return
      event.preventDefault()
      window.location.hash = `#/${section}`
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [])
}
