import { useEffect, useRef } from 'react'
import { isTextEntry } from '../../../help/text-entry'

/**
 * "n" (when focus is not in a field) or Alt+N (anywhere) starts a new skill, while the Skills
 * screen is shown (the help overlay lists both). Alt+N is matched by the key's position, since
 * on a Mac Alt+N types "˜". With a form open, either key goes to its name instead.
 */
export function useNewSkillShortcut(onNew: () => void): void {
  const latest = useRef(onNew)
  useEffect(() => {
    latest.current = onNew
  })
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey) return
      const plainN = !event.altKey && event.key.toLowerCase() === 'n' && !isTextEntry(event.target)
      const altN = event.altKey && event.code === 'KeyN'
      if (!plainN && !altN) return
      // A dialog (the shortcuts overlay) keeps its keys.
      if (event.target instanceof Element && event.target.closest('dialog, [role="dialog"]')) return
      event.preventDefault()
      latest.current()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [])
}
