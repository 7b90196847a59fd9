import { useEffect, useRef } from 'react'

/** Whether typing a letter there writes text (so "n" must not act as a shortcut). */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
}

/**
 * "n" (when focus is not in a field) or Alt+N (anywhere) starts a new skill, while the Skills
 * screen is shown. Alt+N is matched by the key's position, since on a Mac Alt+N types "˜".
 */
export function useNewSkillShortcut(onNew: () => void): void {
  const latest = useRef(onNew)
  useEffect(() => {
    latest.current = onNew
  })
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey) return
      const plainN = !event.altKey && event.key === 'n' && !isTextEntry(event.target)
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
