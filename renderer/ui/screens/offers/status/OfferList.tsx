import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfferStatus, StoredOffer } from '../../../../data/records'
import { acceptOffer, setOfferStatus } from '../../../../data/repositories/offers'
import { RemindMe } from '../../../deadlines/RemindMe'
import { useNow } from '../../../deadlines/use-now'
import { currentPayRateWrongTexts } from '../../../format/current-pay-rate'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import type { UiLanguage } from '../../../i18n/i18n'
import { useServices } from '../../../services'
import { inEnteredOrder } from '../entered-order'
import { OfferTable } from './OfferTable'
import './offer-list.css'

/** How often "days left" is counted again while the list is open. */
const CLOCK_INTERVAL_MS = 10 * 60 * 1000

/**
 * Soonest deadline first, offers without one last, then in the order entered (the comparison's;
 * by company the list read alphabetical beside it: new-user trial 10). The status plays no part,
 * so a row stays where it is (and keeps focus) when the user changes its status.
 */
function byDeadline(offers: readonly StoredOffer[]): StoredOffer[] {
  const deadline = (offer: StoredOffer) => offer.deadline ?? '9999-12-31'
  // A stable sort over the entered order keeps it among offers due the same day.
  return inEnteredOrder(offers, (offer) => offer.createdAt).sort((a, b) =>
    deadline(a).localeCompare(deadline(b)),
  )
}

/** Decided: no longer weighed against the others day to day. */
function isClosed(status: OfferStatus): boolean {
  return status === 'accepted' || status === 'declined' || status === 'expired'
}

type Message = { text: string; error: boolean } | null

/**
 * The offers: each with its status (changed in place), its deadline and days left, and the
 * engine's verdict, linking to the offer. Accepting one asks whether its pay becomes the
 * current pay; "Remind me" turns on desktop reminders where the browser needs asking.
 */
export function OfferList({ live }: { live: LiveAssessment | undefined }) {
  const { t, i18n } = useTranslation()
  const { db } = useServices()
  const now = useNow(CLOCK_INTERVAL_MS)
  const [accepting, setAccepting] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<Message>(null)
  const selects = useRef(new Map<string, HTMLSelectElement>())
  /** The group (closed: true) of each offer whose status was changed here, before the change. */
  const [stayed, setStayed] = useState<ReadonlyMap<string, boolean>>(new Map())
  const statusLine = useRef<HTMLParagraphElement>(null)
  // The offer whose status takes the focus once the list has drawn the stored change (the write
  // sets the message, so a render follows).
  const focusAfter = useRef<string | null>(null)

  // After the render that follows the write, not in the handler: the list may have drawn its
  // rows again meanwhile. The row's status if it is still there, else the line announcing the
  // change: never the page's body (trial 15 #10).
  useEffect(() => {
    const offerId = focusAfter.current
    if (offerId === null) return
    focusAfter.current = null
    const select = selects.current.get(offerId)
    if (select?.isConnected) select.focus()
    else statusLine.current?.focus()
  })

  const offers = live ? byDeadline(live.sources.offers) : []
  // Live offers (considering, negotiating) in the list, closed ones folded under 'Closed (98)'
  // (trial 18 #6: a long-time user's 98 closed offers came first, the comparison ~7,600 px
  // down). An offer whose status is changed here stays in the group it was in, so its row does
  // not move away from the focus: the list sorts it anew when next opened.
  const closedHere = (offer: StoredOffer) => stayed.get(offer.id) ?? isClosed(offer.status)
  const liveOffers = offers.filter((offer) => !closedHere(offer))
  const closedOffers = offers.filter(closedHere)
  const verdicts = new Map(live?.assessment.offers.map((verdict) => [verdict.offerId, verdict]))

  /**
   * Stores a change and says so. `refocus`: the accept question had focus and goes away, so
   * focus returns to the row's status; a status saved from the select leaves focus where it
   * is (a keyboard choice is saved as the user tabs on: taking focus back would undo the Tab).
   */
  async function run(
    offer: StoredOffer,
    write: () => Promise<unknown>,
    done: string,
    refocus: boolean,
  ) {
    setBusy(true)
    try {
      await write()
      setAccepting(null)
      setMessage({ text: done, error: false })
    } catch (error) {
      setMessage({
        text: t('offerStatus.saveFailed', {
          detail: error instanceof Error ? error.message : String(error),
        }),
        error: true,
      })
    } finally {
      setBusy(false)
    }
    if (refocus) focusAfter.current = offer.id
  }

  /** Keeps the offer's row in its group while the list is open. */
  function stay(offer: StoredOffer) {
    if (!stayed.has(offer.id)) setStayed(new Map(stayed).set(offer.id, isClosed(offer.status)))
  }

  function changeStatus(offer: StoredOffer, status: OfferStatus) {
    stay(offer)
    if (status === 'accepted') {
      // Nothing is stored until the user says whether its pay becomes the current pay.
      setAccepting(offer.id)
      setMessage({
        text: t('offerStatus.accept.pending', { company: offer.company }),
        error: false,
      })
      return
    }
    setAccepting(null)
    const saved = t('offerStatus.saved', {
      company: offer.company,
      status: t(`offerStatus.statuses.${status}`),
    })
    void run(offer, () => setOfferStatus(db, offer.id, status), saved, false)
  }

  function accept(offer: StoredOffer, makeCurrentPay: boolean) {
    const done = makeCurrentPay
      ? t('offerStatus.accept.done', { company: offer.company })
      : t('offerStatus.saved', {
          company: offer.company,
          status: t('offerStatus.statuses.accepted'),
        })
    void run(offer, () => acceptOffer(db, offer.id, { makeCurrentPay }), done, true)
  }

  const tableProps = {
    verdicts,
    accepting,
    busy,
    now,
    registerSelect: (offerId: string, element: HTMLSelectElement | null) => {
      if (element) selects.current.set(offerId, element)
      else selects.current.delete(offerId)
    },
    onStatusChange: changeStatus,
    onAccept: accept,
    onCancelAccept: (offer: StoredOffer) => {
      setAccepting(null)
      setMessage(null)
      selects.current.get(offer.id)?.focus()
    },
  }

  return (
    <section className="panel offer-list" aria-labelledby="offerStatus-title">
      <div className="offer-list-header">
        <h2 id="offerStatus-title">{t('offerStatus.title')}</h2>
        <a className="offer-add" href="#/offers/new">
          {t('offerStatus.add')}
        </a>
      </div>
      {live && offers.length === 0 && (
        <div className="offer-list-empty" data-testid="offers-empty">
          <h3>{t('offerStatus.empty.title')}</h3>
          <p>{t('offerStatus.empty.text')}</p>
        </div>
      )}
      {offers.length > 0 && live && (
        <>
          <RemindMe />
          {currentPayRateWrongTexts(
            t,
            i18n.language as UiLanguage,
            'verdicts',
            live.assessment.currentPay,
          ).map((text) => (
            <p key={text} className="offer-current-rate-wrong" role="note">
              {text}
            </p>
          ))}
          {liveOffers.length > 0 ? (
            <OfferTable
              offers={liveOffers}
              caption={t('offerStatus.caption')}
              live={live}
              {...tableProps}
            />
          ) : (
            <p className="hint offer-none-live">{t('offerStatus.closed.noneLive')}</p>
          )}
          {closedOffers.length > 0 ? (
            <details className="offer-closed">
              <summary>{t('offerStatus.closed.summary', { count: closedOffers.length })}</summary>
              <OfferTable
                offers={closedOffers}
                caption={t('offerStatus.closed.caption')}
                live={live}
                {...tableProps}
              />
            </details>
          ) : null}
        </>
      )}
      <p
        role="status"
        ref={statusLine}
        tabIndex={-1}
        className={message?.error ? 'status error' : 'status'}
      >
        {message?.text}
      </p>
    </section>
  )
}
