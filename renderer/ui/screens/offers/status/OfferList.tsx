import { Fragment, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfferStatus, StoredOffer } from '../../../../data/records'
import { acceptOffer, setOfferStatus } from '../../../../data/repositories/offers'
import { RemindMe } from '../../../deadlines/RemindMe'
import { useNow } from '../../../deadlines/use-now'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import { useServices } from '../../../services'
import { inEnteredOrder } from '../entered-order'
import { AcceptConfirm } from './AcceptConfirm'
import { OfferRow } from './OfferRow'
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
  const { t } = useTranslation()
  const { db } = useServices()
  const now = useNow(CLOCK_INTERVAL_MS)
  const [accepting, setAccepting] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<Message>(null)
  const selects = useRef(new Map<string, HTMLSelectElement>())
  /** Each offer's group when the list first showed it: closed (true) or live. */
  const placed = useRef(new Map<string, boolean>())
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
  // down). An offer keeps the group it had when the list first showed it, so a status changed
  // here does not move its row away from the focus: the list sorts it anew when next opened.
  for (const offer of offers) {
    if (!placed.current.has(offer.id)) placed.current.set(offer.id, isClosed(offer.status))
  }
  const liveOffers = offers.filter((offer) => placed.current.get(offer.id) === false)
  const closedOffers = offers.filter((offer) => placed.current.get(offer.id) === true)
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

  function changeStatus(offer: StoredOffer, status: OfferStatus) {
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

  /** One table of offers: the live ones, or the closed ones inside their fold. */
  function renderTable(shown: readonly StoredOffer[], caption: string) {
    if (!live) return null
    return (
      <div className="offer-table-scroll">
        <table className="offer-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('offerStatus.columns.offer')}</th>
              <th scope="col">{t('offerStatus.columns.status')}</th>
              <th scope="col">{t('offerStatus.columns.deadline')}</th>
              <th scope="col">{t('offerStatus.columns.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((offer) => (
              <Fragment key={offer.id}>
                <OfferRow
                  offer={offer}
                  assessment={verdicts.get(offer.id)}
                  shownStatus={accepting === offer.id ? 'accepted' : offer.status}
                  now={now}
                  selectRef={(element) => {
                    if (element) selects.current.set(offer.id, element)
                    else selects.current.delete(offer.id)
                  }}
                  onStatusChange={(status) => {
                    changeStatus(offer, status)
                  }}
                />
                {accepting === offer.id && (
                  <tr className="offer-accept-row">
                    <td colSpan={4}>
                      <AcceptConfirm
                        offer={offer}
                        assessment={verdicts.get(offer.id)}
                        live={live}
                        busy={busy}
                        onAccept={(makeCurrentPay) => {
                          accept(offer, makeCurrentPay)
                        }}
                        onCancel={() => {
                          setAccepting(null)
                          setMessage(null)
                          selects.current.get(offer.id)?.focus()
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    )
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
          {liveOffers.length > 0 ? (
            renderTable(liveOffers, t('offerStatus.caption'))
          ) : (
            <p className="hint offer-none-live">{t('offerStatus.closed.noneLive')}</p>
          )}
          {closedOffers.length > 0 ? (
            <details className="offer-closed">
              <summary>{t('offerStatus.closed.summary', { count: closedOffers.length })}</summary>
              {renderTable(closedOffers, t('offerStatus.closed.caption'))}
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
