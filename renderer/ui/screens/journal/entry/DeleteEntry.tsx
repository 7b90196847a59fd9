import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoredJournalEntry } from '../../../../data/records'
import { deleteJournalEntry } from '../../../../data/repositories/journal'
import { useServices } from '../../../services'

/**
 * Delete, asked once more: the question takes the place of the button with "Keep it" focused
 * (Escape keeps it too), so a stray Enter never deletes.
 */
export function DeleteEntry({
  entry,
  onDeleted,
  onFailed,
}: {
  entry: StoredJournalEntry
  onDeleted: () => void
  onFailed: (detail: string) => void
}) {
  const { t } = useTranslation()
  const { db } = useServices()
  const [asking, setAsking] = useState(false)
  const keepButton = useRef<HTMLButtonElement>(null)
  const deleteButton = useRef<HTMLButtonElement>(null)
  const focusNext = useRef<'keep' | 'delete' | null>(null)

  useEffect(() => {
    const target = focusNext.current === 'keep' ? keepButton.current : deleteButton.current
    if (focusNext.current === null || !target) return
    focusNext.current = null
    target.focus()
  }, [asking])

  function ask(next: boolean) {
    focusNext.current = next ? 'keep' : 'delete'
    setAsking(next)
  }

  async function confirm() {
    try {
      await deleteJournalEntry(db, entry.id)
      onDeleted()
    } catch (cause) {
      setAsking(false)
      onFailed(cause instanceof Error ? cause.message : String(cause))
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault()
      ask(false)
    }
  }

  if (!asking) {
    return (
      <button
        type="button"
        ref={deleteButton}
        className="danger"
        onClick={() => {
          ask(true)
        }}
      >
        {t('journalEntry.delete')}
      </button>
    )
  }
  return (
    <div
      className="je-confirm"
      role="group"
      aria-labelledby="je-confirm-question"
      onKeyDown={onKeyDown}
    >
      <p id="je-confirm-question">{t('journalEntry.confirmDelete', { title: entry.title })}</p>
      <button
        type="button"
        className="danger"
        onClick={() => {
          void confirm()
        }}
      >
        {t('journalEntry.confirmDeleteYes')}
      </button>
      <button
        type="button"
        ref={keepButton}
        onClick={() => {
          ask(false)
        }}
      >
        {t('journalEntry.confirmDeleteNo')}
      </button>
    </div>
  )
}
