import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { restoreOffer, type DeletedOffer } from '../../../data/repositories/offers'
import { sentenceGap } from '../../format/sentence-gap'
import type { UiLanguage } from '../../i18n/i18n'
import { useServices } from '../../services'
import { forgetDeletedOffer, lastDeletedOffer, onDeletedOfferChange } from './deleted-offer'

type Said =
  | { kind: 'restored'; deleted: DeletedOffer }
  | { kind: 'failed'; deleted: DeletedOffer; detail: string }
  | undefined

/**
 * The offers screen's live line for a deleted offer: "Deleted the offer from …" with Undo
 * (focused as it appears: the offer's page, which had the focus, is gone), which puts the offer
 * back exactly with its journal links (restoreOffer) and says so with a link to it. Mounted by
 * the screen above the list and the offer's page, so it outlives the page; leaving the offers
 * screen ends the offer of Undo, as in the journal and the skills.
 */
export function DeletedOfferNotice() {
  const { t, i18n } = useTranslation()
  const { db } = useServices()
  const deleted = useSyncExternalStore(onDeletedOfferChange, lastDeletedOffer)
  const [said, setSaid] = useState<Said>()
  const undoButton = useRef<HTMLButtonElement>(null)
  const openLink = useRef<HTMLAnchorElement>(null)
  useEffect(() => forgetDeletedOffer, [])
  useEffect(() => {
    if (deleted) undoButton.current?.focus()
  }, [deleted])
  useEffect(() => {
    if (said?.kind === 'restored') openLink.current?.focus()
  }, [said])

  async function undo(offer: DeletedOffer) {
    forgetDeletedOffer()
    try {
      await restoreOffer(db, offer)
      setSaid({ kind: 'restored', deleted: offer })
    } catch (cause) {
      setSaid({
        kind: 'failed',
        deleted: offer,
        detail: cause instanceof Error ? cause.message : String(cause),
      })
    }
  }

  return (
    <p role="status" className={!deleted && said?.kind === 'failed' ? 'status error' : 'status'}>
      {deleted ? (
        <>
          {t('offerEditor.undo.deleted', { company: deleted.offer.company })}{' '}
          <button
            type="button"
            ref={undoButton}
            aria-label={t('offerEditor.undo.named', { company: deleted.offer.company })}
            onClick={() => void undo(deleted)}
          >
            {t('offerEditor.undo.button')}
          </button>
        </>
      ) : said?.kind === 'restored' ? (
        <>
          {t('offerEditor.undo.restored', { company: said.deleted.offer.company })}
          {sentenceGap(i18n.language as UiLanguage)}
          <a ref={openLink} href={`#/offers/${encodeURIComponent(said.deleted.offer.id)}`}>
            {t('offerEditor.undo.open')}
          </a>
        </>
      ) : said?.kind === 'failed' ? (
        t('offerEditor.undo.failed', { company: said.deleted.offer.company, detail: said.detail })
      ) : null}
    </p>
  )
}
