import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoredOffer } from '../../../../data/records'
import { deleteOffer } from '../../../../data/repositories/offers'
import { useServices } from '../../../services'

/**
 * Delete, asked once more: the question takes the place of the button with "Keep it" focused
 * (Escape keeps it too), so a stray Enter never deletes. The offer's journal entries stay.
 */
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
      await deleteOffer(db, offer.id)
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
        className="danger oe-delete"
        onClick={() => {
          ask(true)
        }}
      >
        {t('offerEditor.delete')}
      </button>
    )
  }
  return (
    <div
      className="oe-confirm"
      role="group"
      aria-labelledby="oe-confirm-question"
      onKeyDown={onKeyDown}
    >
      <p id="oe-confirm-question">{t('offerEditor.confirmDelete', { company: offer.company })}</p>
      <button
        type="button"
        className="danger"
        onClick={() => {
          void confirm()
        }}
      >
        {t('offerEditor.confirmDeleteYes')}
      </button>
      <button
        type="button"
        ref={keepButton}
        onClick={() => {
          ask(false)
        }}
      >
        {t('offerEditor.confirmDeleteNo')}
      </button>
    </div>
  )
}
