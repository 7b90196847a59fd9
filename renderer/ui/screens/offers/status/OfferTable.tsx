import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfferAssessment } from '../../../../domain/assess'
import type { OfferStatus, StoredOffer } from '../../../../data/records'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import { AcceptConfirm } from './AcceptConfirm'
import { OfferRow } from './OfferRow'

/**
 * One table of offers, a row each with its status, deadline and verdict, and the accept
 * question under the row being accepted. The list draws two: the live offers, and the closed
 * ones inside their fold.
 */
export function OfferTable({
  offers,
  caption,
  live,
  verdicts,
  accepting,
  busy,
  now,
  registerSelect,
  onStatusChange,
  onAccept,
  onCancelAccept,
}: {
  offers: readonly StoredOffer[]
  /** Names the table for screen readers (visually hidden). */
  caption: string
  live: LiveAssessment
  verdicts: ReadonlyMap<string, OfferAssessment>
  /** The offer whose accept question is open, if any. */
  accepting: string | null
  busy: boolean
  now: Date
  /** Keeps each row's status select, for the list to hand the focus back to it. */
  registerSelect: (offerId: string, element: HTMLSelectElement | null) => void
  onStatusChange: (offer: StoredOffer, status: OfferStatus) => void
  onAccept: (offer: StoredOffer, makeCurrentPay: boolean) => void
  onCancelAccept: (offer: StoredOffer) => void
}) {
  const { t } = useTranslation()
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
          {offers.map((offer) => (
            <Fragment key={offer.id}>
              <OfferRow
                offer={offer}
                assessment={verdicts.get(offer.id)}
                shownStatus={accepting === offer.id ? 'accepted' : offer.status}
                now={now}
                selectRef={(element) => {
                  registerSelect(offer.id, element)
                }}
                onStatusChange={(status) => {
                  onStatusChange(offer, status)
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
                        onAccept(offer, makeCurrentPay)
                      }}
                      onCancel={() => {
                        onCancelAccept(offer)
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
