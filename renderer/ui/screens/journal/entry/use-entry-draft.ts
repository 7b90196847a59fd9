import { useCallback, useEffect, useRef } from 'react'
import type { UseFormSubscribe } from 'react-hook-form'
import { clearDraft, DRAFT_DELAY_MS, writeDraft } from './entry-draft'
import type { EntryFormFields } from './entry-form-fields'

/**
 * Keeps a new entry's inputs as the draft while the user types (after a pause), and once more
 * when the form goes away (the window closing, the dialog shutting). `discard` ends it: the
 * draft is removed and nothing this form still holds writes it back.
 */
export function useEntryDraft(
  enabled: boolean,
  subscribe: UseFormSubscribe<EntryFormFields>,
  getValues: () => EntryFormFields,
): { discard: () => void } {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const pending = useRef(false)
  const done = useRef(false)

  useEffect(() => {
    if (!enabled) return undefined
    const flush = () => {
      clearTimeout(timer.current)
      if (!pending.current || done.current) return
      pending.current = false
      writeDraft(getValues())
    }
    const stop = subscribe({
      formState: { values: true },
      callback: () => {
        if (done.current) return
        pending.current = true
        clearTimeout(timer.current)
        timer.current = setTimeout(flush, DRAFT_DELAY_MS)
      },
    })
    window.addEventListener('pagehide', flush)
    return () => {
      stop()
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [enabled, subscribe, getValues])

  const discard = useCallback(() => {
    clearTimeout(timer.current)
    pending.current = false
    done.current = true
    clearDraft()
  }, [])

  return { discard }
}
