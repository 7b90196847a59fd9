import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { UiLanguage } from '../i18n/i18n'
import { offersNeedingAttention } from './deadline-reminders'
import { daysLeftText, formatDeadlineDate } from './deadline-text'
import { RemindMe } from './RemindMe'
import { useDeadlineReminders } from './use-deadline-reminders'
import './deadline-banner.css'

/**
 * At the foot of every screen: the open offers due within two days and the overdue ones, each linking
 * to its offer. Also shows each due reminder once as a desktop notification where allowed, so
 * mount it once, in the app's frame.
 */
export function DeadlineBanner() {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { offers, now } = useDeadlineReminders()
  const attention = offersNeedingAttention(offers ?? [], now)
  if (attention.length === 0) return null
  const overdue = attention.some((entry) => entry.daysLeft < 0)
  return (
    <section
      className={overdue ? 'banner warning deadline-banner' : 'banner deadline-banner'}
      aria-labelledby="deadline-banner-title"
      data-testid="deadline-banner"
    >
      <div>
        <p id="deadline-banner-title" className="deadline-banner-title">
          {bannerTitle(attention, t)}
        </p>
        <ul className="deadline-banner-list">
          {attention.map(({ offer, daysLeft }) => (
            <li key={offer.id} className={daysLeft < 0 ? 'overdue' : undefined}>
              <a href={`#/offers/${encodeURIComponent(offer.id)}`}>
                {offer.role === '' ? offer.company : `${offer.company} · ${offer.role}`}
              </a>{' '}
              <span className="deadline-banner-when">
                {t('offerStatus.banner.item', {
                  days: daysLeftText(t, daysLeft),
                  date: formatDeadlineDate(offer.deadline, language, now),
                })}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <RemindMe compact />
    </section>
  )
}

/**
 * The banner's title says what the list holds: offers due soon, offers past their deadline
 * (trial 16 L11: an overdue one was called "soon"), or both.
 */
function bannerTitle(attention: readonly { daysLeft: number }[], t: TFunction): string {
  const late = attention.filter((entry) => entry.daysLeft < 0).length
  const soon = attention.length - late
  if (late === 0) return t('offerStatus.banner.title', { count: soon })
  if (soon === 0) return t('offerStatus.banner.overdue', { count: late })
  return `${t('offerStatus.banner.overdue', { count: late })}${t('offerStatus.banner.alsoSoon', { count: soon })}`
}
