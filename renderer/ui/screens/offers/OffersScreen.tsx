import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Offer } from '../../../domain/model/offer'
import { useAssessment } from '../../hooks/use-assessment'
import { useHashPath } from '../../hooks/use-hash-path'
import { DeletedOfferNotice } from './DeletedOfferNotice'
import { OfferComparison } from './compare/OfferComparison'
import { OfferEditor } from './editor/OfferEditor'
import { OfferList } from './status/OfferList'
import { NarrowVerdictBar } from './verdict/NarrowVerdictBar'
import { OfferVerdict } from './verdict/OfferVerdict'
import './offers-screen.css'

/**
 * The offers: #/offers lists them with their status and deadlines and compares them with the
 * current job; #/offers/new and #/offers/<id> show one offer's form beside its verdict, which
 * moves as the user types (the form hands its valid, unsaved offer up as a draft).
 */
export function OffersScreen({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation()
  const path = useHashPath()
  // Moving within the screen (the list's "Add an offer", an offer's link, Back) takes away
  // the element that had focus; the screen's heading takes it rather than the page's body.
  const shownPath = useRef(path)
  useEffect(() => {
    if (shownPath.current === path) return
    shownPath.current = path
    const focused = document.activeElement
    if (!focused || focused === document.body || !focused.isConnected) headingRef.current?.focus()
  }, [path, headingRef])
  return (
    <section aria-labelledby="section-title" className="section offers-screen">
      <h1 id="section-title" ref={headingRef} tabIndex={-1}>
        {t('sections.offers.title')}
      </h1>
      <DeletedOfferNotice />
      {path === '' ? (
        <OffersOverview />
      ) : (
        <OfferDetail key={path} offerId={path === 'new' ? null : path} headingRef={headingRef} />
      )}
    </section>
  )
}

function OffersOverview() {
  const { t } = useTranslation()
  const live = useAssessment()
  return (
    <>
      <p className="lead">{t('sections.offers.intro')}</p>
      <OfferList live={live} />
      {live ? <OfferComparison live={live} /> : null}
    </>
  )
}

function OfferDetail({
  offerId,
  headingRef,
}: {
  offerId: string | null
  headingRef: RefObject<HTMLHeadingElement | null>
}) {
  const [draft, setDraft] = useState<Offer | undefined>()
  const assessmentDraft = useMemo(() => ({ offer: draft }), [draft])
  const live = useAssessment(assessmentDraft)
  const onDraftChange = useCallback((offer: Offer | undefined) => {
    setDraft(offer)
  }, [])
  const shownId = draft?.id ?? offerId
  return (
    <>
      {live && shownId ? <NarrowVerdictBar live={live} offerId={shownId} /> : null}
      <div className="offer-layout">
        <div className="offer-form-column">
          <OfferEditor
            offerId={offerId}
            live={live}
            onDraftChange={onDraftChange}
            screenHeading={headingRef}
          />
        </div>
        <aside className="offer-verdict-column" aria-labelledby="offer-verdict-title">
          {live ? <OfferVerdict live={live} offerId={shownId} /> : null}
        </aside>
      </div>
    </>
  )
}
