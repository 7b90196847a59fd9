import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoredJournalEntry } from '../../data/records'
import { isQuickEntryShortcut } from './quick-entry-shortcut'
import './quick-entry-status.css'

// The form and its parts load on the first open: the app's start does not pay for them.
const QuickEntryDialog = lazy(() => import('./QuickEntryDialog'))

/** How long the "Saved" line stays after the dialog closes. */
const STATUS_MILLISECONDS = 8000

/**
 * The quick entry: Alt+J on any screen opens a journal entry's form in a dialog (see
 * QuickEntryDialog); once saved, a line says so, with a link to the entry.
 */
export function QuickEntry() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [saved, setSaved] = useState<Pick<StoredJournalEntry, 'id' | 'title'> | null>(null)
  const returnTo = useRef<HTMLElement | null>(null)

  // Added in the commit that draws the first screen (a layout effect): a passive effect runs in a
  // later task, and Alt+J pressed in between was lost.
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isQuickEntryShortcut(event)) return
      event.preventDefault()
      if (!returnTo.current) {
        returnTo.current =
          document.activeElement instanceof HTMLElement ? document.activeElement : null
      }
      setSaved(null)
      setOpen(true)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [])

  useEffect(() => {
    if (!saved) return undefined
    const timer = setTimeout(() => {
      setSaved(null)
    }, STATUS_MILLISECONDS)
    return () => {
      clearTimeout(timer)
    }
  }, [saved])

  // Focus goes back once the dialog has gone: while a modal is open the page behind it is inert
  // and refuses focus, which then fell to the page's body when the dialog unmounted.
  const focusAfterClose = useRef(false)
  const savedLink = useRef<HTMLAnchorElement>(null)
  useEffect(() => {
    if (open || !focusAfterClose.current) return
    focusAfterClose.current = false
    const before = returnTo.current
    returnTo.current = null
    if (before?.isConnected && before !== document.body) before.focus()
    // Opened from nowhere in particular: the line that says it was saved, read out with its link.
    else savedLink.current?.focus()
  }, [open])

  function close() {
    setOpen(false)
    focusAfterClose.current = true
  }

  return (
    <>
      {open ? (
        <Suspense fallback={null}>
          <QuickEntryDialog
            onClose={close}
            onSaved={(entry) => {
              setSaved({ id: entry.id, title: entry.title })
              close()
            }}
          />
        </Suspense>
      ) : null}
      <div role="status" className="quick-entry-status">
        {saved ? (
          <p>
            {t('journalEntry.quick.saved', { title: saved.title })}{' '}
            <a ref={savedLink} href={`#/journal/${encodeURIComponent(saved.id)}`}>
              {t('journalEntry.quick.openSaved')}
            </a>
          </p>
        ) : null}
      </div>
    </>
  )
}
