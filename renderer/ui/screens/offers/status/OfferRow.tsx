import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { OfferAssessment } from '../../../../domain/assess'
import { OFFER_STATUSES, type OfferStatus, type StoredOffer } from '../../../../data/records'
import { ATTENTION_DAYS, daysLeft, isOpen } from '../../../deadlines/deadline-reminders'
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
  const open = isOpen(offer)
  return (
    <tr>
      <th scope="row">
        <a className="offer-link" href={`#/offers/${encodeURIComponent(offer.id)}`}>
          {offer.company}
        </a>
        {offer.role !== '' && <span className="offer-role">{offer.role}</span>}
      </th>
      <td>
        <select
          ref={selectRef}
          className="offer-status-select"
          aria-label={t('offerStatus.statusLabel', { company: offer.company })}
          value={shownStatus}
          onChange={(event) => {
            onStatusChange(event.target.value as OfferStatus)
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
              {date(offer.deadline)}
            </span>
            {open && (
              <span className="offer-days-left" data-urgency={urgency(left)}>
                {daysLeftText(t, left)}
              </span>
            )}
          </>
        )}
      </td>
      <td>
        {assessment?.ok ? (
          <span className="offer-verdict" data-level={assessment.risk.level}>
            {t('offerStatus.verdict', {
              recommendation: t(
                `offerStatus.recommendations.${verdictName(assessment.recommendation)}`,
              ),
              risk: t(`offerStatus.risk.${assessment.risk.level}`),
              score: formatNumber(assessment.risk.score, language),
            })}
          </span>
        ) : (
          <span className="offer-unreadable">{t('offerStatus.payUnreadable')}</span>
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
