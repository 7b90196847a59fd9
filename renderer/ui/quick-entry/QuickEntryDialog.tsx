import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoredJournalEntry } from '../../data/records'
import { EntryForm } from '../screens/journal/entry/EntryForm'
import './quick-entry.css'

/**
 * The quick entry's modal: the entry form with the cursor in the title. Escape, Close or
 * Cancel shut it (what was typed stays as the draft); Ctrl/Cmd+Enter saves and shuts it.
 */
export default function QuickEntryDialog({
  onClose,
  onSaved,
}: {
  onClose: () => void
  onSaved: (entry: StoredJournalEntry) => void
}) {
  const { t } = useTranslation()
  const titleId = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog || dialog.open) return
    dialog.showModal()
    // showModal puts focus on the first control, Close; the form's own focus on the title came
    // some 30 ms later, and keys typed at once after Alt+J went to Close and were lost (a CI run
    // saved nothing: its Ctrl+Enter fell on Close). The title has it as the dialog opens.
    dialog.querySelector<HTMLElement>('input[name="title"]')?.focus()
  }, [])

  return (
    <dialog
      ref={dialogRef}
      className="quick-entry-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // The browser's own Escape: close through React, so the form unmounts and keeps its draft.
        event.preventDefault()
        onClose()
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return
        event.preventDefault()
        onClose()
      }}
    >
      <div className="quick-entry-content">
        <div className="quick-entry-header">
          <h2 id={titleId}>{t('journalEntry.quick.title')}</h2>
          <button type="button" onClick={onClose}>
            {t('journalEntry.quick.close')}
          </button>
        </div>
        <EntryForm keepDraft focusTitle labelledBy={titleId} onSaved={onSaved} onCancel={onClose} />
      </div>
    </dialog>
  )
}
