import { useTranslation } from 'react-i18next'
import type { StoredOffer } from '../../../../data/records'
import { deleteOfferWithUndo } from '../../../../data/repositories/offers'
import { ConfirmDelete } from '../../../confirm/ConfirmDelete'
import { useServices } from '../../../services'
import { noteDeletedOffer } from '../deleted-offer'

/** Deletes the offer once confirmed, with Undo (DeletedOfferNotice). Its journal entries stay. */
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
      remove={async () => {
        noteDeletedOffer(await deleteOfferWithUndo(db, offer.id))
      }}
      onDeleted={onDeleted}
      onFailed={onFailed}
      buttonClassName="oe-delete"
      confirmClassName="oe-confirm"
    />
  )
}
