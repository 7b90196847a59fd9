import { useRef, useState, type KeyboardEvent, type Ref } from 'react'
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
import { payRatesWrongTexts } from '../../../format/rate-wrong'
import { formatNumber, verdictName } from '../../../reasons/names'

/**
 * Keys that move a closed select's choice in Chromium on Linux and Windows (and Firefox),
 * firing a change at each step; the popup's own keys (opened with Alt+↓, Space or F4) reach the
 * page only once it closes on a pick.
 */
function movesChoice(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false
  return (
    event.key.startsWith('Arrow') ||
    event.key.startsWith('Page') ||
    event.key === 'Home' ||
    event.key === 'End' ||
    event.key.length === 1
  )
}

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
  // A choice the keyboard stepped to and not yet saved: arrowing from "Considering" to
  // "Declined" passed "Negotiating" and "Accepted", each saved (and Accepted asked its question:
  // new-user trial 12). Enter or leaving the select saves it, Esc puts the stored one back; a
  // pick with the mouse, or from the open popup, saves at once as before.
  const [pending, setPending] = useState<OfferStatus | null>(null)
  const stepping = useRef(false)
  const hintId = `offer-status-hint-${offer.id}`

  function commit() {
    if (pending === null) return
    setPending(null)
    onStatusChange(pending)
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
          value={pending ?? shownStatus}
          aria-describedby={hintId}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && pending !== null) {
              event.preventDefault()
              commit()
            } else if (event.key === 'Escape' && pending !== null) {
              event.preventDefault()
              setPending(null)
            } else if (movesChoice(event)) {
              // The change such a key makes comes in the same task as the key; a later one
              // is a pick.
              stepping.current = true
              setTimeout(() => {
                stepping.current = false
              })
            }
          }}
          onChange={(event) => {
            const status = event.target.value as OfferStatus
            if (stepping.current) {
              setPending(status === shownStatus ? null : status)
              return
            }
            setPending(null)
            onStatusChange(status)
          }}
          onBlur={commit}
        >
          {OFFER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`offerStatus.statuses.${status}`)}
            </option>
          ))}
        </select>
        <span id={hintId} className="offer-status-pending" aria-live="polite">
          {pending === null ? '' : t('offerStatus.pendingHint')}
        </span>
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
          <>
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
            {payRatesWrongTexts(t, language, 'offerList', assessment.pay).map((text) => (
              <span key={text} className="offer-rate-wrong">
                {text}
              </span>
            ))}
          </>
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
