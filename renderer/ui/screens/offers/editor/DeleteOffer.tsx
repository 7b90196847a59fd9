import { useTranslation } from 'react-i18next'
import type { StoredOffer } from '../../../../data/records'
import { deleteOffer } from '../../../../data/repositories/offers'
import { ConfirmDelete } from '../../../confirm/ConfirmDelete'
import { useServices } from '../../../services'

/** Deletes the offer once confirmed. Its journal entries stay. */
export function DeleteOffer({
  offer,
  onDeleted,
  onFailed,
}: {
  offer: StoredOffer
  onDeleted: () => void
  onFailed: (detail: string) => void
}) {
  const { t } = useTranslation()
  const { db } = useServices()
  return (
    <ConfirmDelete
      words={{
        button: t('offerEditor.delete'),
        question: t('offerEditor.confirmDelete', { company: offer.company }),
        yes: t('offerEditor.confirmDeleteYes'),
        no: t('offerEditor.confirmDeleteNo'),
      }}
      remove={() => deleteOffer(db, offer.id)}
      onDeleted={onDeleted}
      onFailed={onFailed}
      buttonClassName="oe-delete"
      confirmClassName="oe-confirm"
    />
  )
}
