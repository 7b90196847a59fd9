import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { newId } from '../../../../data/validation'
import type { Offer } from '../../../../domain/model/offer'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import { useServices } from '../../../services'
import { wasJustSaved } from '../../../form/just-saved'
import { OfferForm } from './OfferForm'
import { NEW_OFFER, offerDrafts } from './offer-draft'
import './offer-editor.css'

/**
 * Entering or editing one offer (#/offers/new, #/offers/<id>): the stored offer is read live,
 * a new one gets its id here (the draft's and the save's). The form hands its valid, unsaved
 * offer up through `onDraftChange`, so the verdict beside it moves as the user types.
 */
export function OfferEditor({
  offerId,
  live,
  onDraftChange,
  screenHeading,
}: {
  offerId: string | null
  live: LiveAssessment | undefined
  onDraftChange: (offer: Offer | undefined) => void
  /** The screen's heading, where the app puts focus on arrival (see the new offer's form). */
  screenHeading?: RefObject<HTMLHeadingElement | null>
}) {
  const { t } = useTranslation()
  const { db } = useServices()
  // A new offer left unsaved comes back under the id it had (its draft's, then its save's).
  const [newOfferId] = useState(() => offerDrafts.read(db, NEW_OFFER)?.id ?? newId())
  const id = offerId ?? newOfferId
  const [savedBefore] = useState(() => offerId !== null && wasJustSaved(offerId))
  // undefined while reading; null when there is no such offer.
  const stored = useLiveQuery(
    async () => (offerId === null ? null : ((await db.offers.get(offerId)) ?? null)),
    [db, offerId],
  )
  const heading = useRef<HTMLHeadingElement>(null)
  const loading = !live || (offerId !== null && stored === undefined)

  // After a new offer is saved its own address opens this editor afresh: focus its heading.
  useEffect(() => {
    if (savedBefore && !loading) heading.current?.focus()
  }, [savedBefore, loading])

  // A new offer: its form's first field (the company) takes focus once drawn, since filling it
  // in is what the user came for, unless focus is somewhere of their choosing. In the next
  // frame: the app and the screen put focus on the screen's heading first, a frame after a move.
  const focusFirstField = useRef(offerId === null)
  const section = useRef<HTMLElement>(null)
  useEffect(() => {
    if (!focusFirstField.current || loading) return
    focusFirstField.current = false
    const frame = requestAnimationFrame(() => {
      const focused = document.activeElement
      const unchosen =
        !focused ||
        focused === document.body ||
        !focused.isConnected ||
        focused === screenHeading?.current ||
        focused === heading.current
      if (unchosen)
        section.current?.querySelector<HTMLElement>('form :is(input, select, textarea)')?.focus()
    })
    return () => {
      cancelAnimationFrame(frame)
    }
  }, [loading, screenHeading])

  let title = t('offerEditor.newTitle')
  if (offerId !== null)
    title = stored
      ? t('offerEditor.editTitle', { company: stored.company })
      : t('offerEditor.title')

  return (
    <section ref={section} className="panel offer-editor" aria-labelledby="offerEditor-title">
      <h2 id="offerEditor-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {loading ? (
        <p className="hint">{t('offerEditor.loading')}</p>
      ) : offerId !== null && !stored ? (
        <>
          <p>{t('offerEditor.notFound')}</p>
          <p>
            <a href="#/offers">{t('offerEditor.backToOffers')}</a>
          </p>
        </>
      ) : (
        <>
          {/* A saved offer's Save and Cancel act on changes, not on the offer (trial 19). */}
          <p className="hint oe-intro">
            {t(stored ? 'offerEditor.introSaved' : 'offerEditor.intro')}
          </p>
          <OfferForm
            offerId={id}
            stored={stored ?? undefined}
            live={live}
            savedBefore={savedBefore}
            onDraftChange={onDraftChange}
          />
        </>
      )}
    </section>
  )
}
