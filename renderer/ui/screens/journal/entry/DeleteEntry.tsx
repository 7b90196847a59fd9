import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoredJournalEntry } from '../../../../data/records'
import { deleteJournalEntry } from '../../../../data/repositories/journal'
import { ConfirmDelete } from '../../../confirm/ConfirmDelete'
import { useServices } from '../../../services'
import { noteDeleted, onDeletedChange, undoOffered } from './deleted-entry'

/**
 * Deletes the journal entry, keeping it for Undo (DeletedEntryNotice). Where that line offers
 * Undo, the delete is done at once, as on the Skills and Goals lists; where it does not, the
 * delete is asked once more, saying it cannot be undone.
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
  const undoable = useSyncExternalStore(onDeletedChange, undoOffered)

  async function remove() {
    await deleteJournalEntry(db, entry.id)
    noteDeleted(entry)
  }

  if (undoable) {
    return (
      <button
        type="button"
        className="danger"
        onClick={() => {
          remove().then(onDeleted, (cause: unknown) => {
            onFailed(cause instanceof Error ? cause.message : String(cause))
          })
        }}
      >
        {t('journalEntry.delete')}
      </button>
    )
  }
  return (
    <ConfirmDelete
      words={{
        button: t('journalEntry.delete'),
        question: t('journalEntry.confirmDelete', { title: entry.title }),
        yes: t('journalEntry.confirmDeleteYes'),
        no: t('journalEntry.confirmDeleteNo'),
      }}
      remove={remove}
      onDeleted={onDeleted}
      onFailed={onFailed}
      confirmClassName="je-confirm"
    />
  )
}
