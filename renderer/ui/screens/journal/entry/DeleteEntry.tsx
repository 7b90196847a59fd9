import { useTranslation } from 'react-i18next'
import type { StoredJournalEntry } from '../../../../data/records'
import { deleteJournalEntry } from '../../../../data/repositories/journal'
import { ConfirmDelete } from '../../../confirm/ConfirmDelete'
import { useServices } from '../../../services'
import { noteDeleted } from './deleted-entry'

/** Deletes the journal entry once confirmed, keeping it for Undo (DeletedEntryNotice). */
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
  return (
    <ConfirmDelete
      words={{
        button: t('journalEntry.delete'),
        question: t('journalEntry.confirmDelete', { title: entry.title }),
        yes: t('journalEntry.confirmDeleteYes'),
        no: t('journalEntry.confirmDeleteNo'),
      }}
      remove={async () => {
        await deleteJournalEntry(db, entry.id)
        // Kept for Undo (DeletedEntryNotice), which outlives this page.
        noteDeleted(entry)
      }}
      onDeleted={onDeleted}
      onFailed={onFailed}
      confirmClassName="je-confirm"
    />
  )
}
