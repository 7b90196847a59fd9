import { useRef, useState, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfferAssessment } from '../../../../domain/assess'
import { OFFER_STATUSES, type OfferStatus, type StoredOffer } from '../../../../data/records'
import {
  ATTENTION_DAYS,
  daysLeft,
  deadlineLooksMistyped,
  isOpen,
} from '../../../deadlines/deadline-reminders'
import { daysLeftText, formatDay, formatDeadlineDate } from '../../../deadlines/deadline-text'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber, verdictName } from '../../../reasons/names'

/** One offer: who and what, its status (changed in place), its deadline and the verdict. */
export function OfferRow({
  offer,
  assessment,
  shownStatus,
  now,
  selectRef,
  onStatusChange,
}: {
  offer: StoredOffer
  assessment: OfferAssessment | undefined
  /** The stored status, or the one the user is confirming. */
  shownStatus: OfferStatus
  now: Date
  selectRef: Ref<HTMLSelectElement>
  onStatusChange: (status: OfferStatus) => void
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const date = (isoDate: string) => formatDeadlineDate(isoDate, language, now)
  const left = offer.deadline === undefined ? null : daysLeft(offer.deadline, now)
  // A year-6 or 2031 deadline (stored before the form held the range, or imported) is shown as
  // typed, with a word to check it, not as "Thu, Feb 2, 6 · 44133 days overdue".
  const mistyped = offer.deadline !== undefined && deadlineLooksMistyped(offer.deadline, now)
  const open = isOpen(offer)
  // Each change is saved as it is made, by the keyboard too (new-user trial 34 L5): a choice the
  // arrows stepped to used to wait for Enter or leaving the field, so it looked chosen and a
  // reload dropped it. Accepted still asks its question before anything is stored. Esc puts
  // back, and saves, the status the offer had when the field took the focus.
  const statusAtFocus = useRef<OfferStatus | null>(null)
  // The choice just made, shown until the stored status catches up: the select is controlled,
  // and drawn back at the stored one before the write lands, a quick second ↓ stepped on from
  // the old status.
  const [chosen, setChosen] = useState<OfferStatus | null>(null)
  // Cleared when the stored status comes to it (not merely equals it: an earlier write may
  // still be on its way).
  const [drawnStatus, setDrawnStatus] = useState(shownStatus)
  if (drawnStatus !== shownStatus) {
    setDrawnStatus(shownStatus)
    if (chosen === shownStatus) setChosen(null)
  }
  function choose(status: OfferStatus) {
    setChosen(status)
    onStatusChange(status)
  }

  return (
    <tr>
      <th scope="row">
        <a className="offer-link" href={`#/offers/${encodeURIComponent(offer.id)}`}>
          {offer.company}
        </a>
        {offer.role !== '' && <span className="offer-role">{offer.role}</span>}
      </th>
      <td className="offer-status-cell">
        <select
          ref={selectRef}
          className="offer-status-select"
          aria-label={t('offerStatus.statusLabel', { company: offer.company })}
          value={chosen ?? shownStatus}
          onFocus={() => {
            statusAtFocus.current = shownStatus
          }}
          onKeyDown={(event) => {
            const before = statusAtFocus.current
            if (event.key === 'Escape' && before !== null && before !== (chosen ?? shownStatus)) {
              event.preventDefault()
              choose(before)
            }
          }}
          onChange={(event) => {
            choose(event.target.value as OfferStatus)
          }}
          onBlur={() => {
            setChosen(null)
          }}
        >
          {OFFER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`offerStatus.statuses.${status}`)}
            </option>
          ))}
        </select>
        {offer.statusDate !== undefined && (
          <span className="offer-since">
            {t('offerStatus.since', { date: formatDay(offer.statusDate, language, now) })}
          </span>
        )}
      </td>
      <td>
        {offer.deadline === undefined || left === null ? (
          <span className="muted">{t('offerStatus.noDeadline')}</span>
        ) : (
          <>
            <span className={open ? 'offer-deadline' : 'offer-deadline muted'}>
              {mistyped ? offer.deadline : date(offer.deadline)}
            </span>
            {open && (
              <span
                className={mistyped ? 'offer-days-left offer-date-check' : 'offer-days-left'}
                data-urgency={mistyped ? 'overdue' : urgency(left)}
              >
                {mistyped ? t('offerStatus.daysLeft.mistyped') : daysLeftText(t, left)}
              </span>
            )}
          </>
        )}
      </td>
      <td>
        {assessment?.ok ? (
          // A closed offer's verdict is what Tidemark said, not a step to take: "Negotiate" on
          // an offer already accepted read as advice (trials 22 #10 and 23 L8).
          <span
            className={open ? 'offer-verdict' : 'offer-verdict muted'}
            data-level={assessment.risk.level}
          >
            {t(open ? 'offerStatus.verdict' : 'offerStatus.verdictClosed', {
              recommendation: t(
                `offerStatus.recommendations.${verdictName(assessment.recommendation)}`,
              ),
              risk: t(`offerStatus.risk.${assessment.risk.level}`),
              score: formatNumber(assessment.risk.score, language),
            })}
          </span>
        ) : (
          <span className="offer-unreadable">
            {/* A pay in a currency with no rate was read: it wants a rate, not a correction
                (new-user trial 21 #4). */}
            {assessment?.error.code === 'no-exchange-rate'
              ? t('offerStatus.payNoRate', { currency: assessment.error.currency })
              : t('offerStatus.payUnreadable')}
          </span>
        )}
      </td>
    </tr>
  )
}

/** How the days left are drawn: overdue, within two days, or later. */
function urgency(days: number): 'overdue' | 'soon' | 'later' {
  if (days < 0) return 'overdue'
  return days <= ATTENTION_DAYS ? 'soon' : 'later'
}
