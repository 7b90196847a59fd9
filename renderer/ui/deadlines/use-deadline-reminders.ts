import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { openOffersByDeadline } from '../../data/repositories/offers'
import type { StoredOffer } from '../../data/records'
import type { UiLanguage } from '../i18n/i18n'
import { useServices } from '../services'
import type { DeadlineReminder } from './deadline-reminders'
import { formatDeadlineDate } from './deadline-text'
import { deliverReminders } from './deliver-reminders'
import { useNotificationAccess } from './use-notification-access'
import { useNow } from './use-now'

/** How often the calendar is read again: a day's change is noticed within this. */
const CLOCK_INTERVAL_MS = 10 * 60 * 1000

/**
 * Open offers with a deadline, live, and the time they are measured from; shows each due
 * reminder once as a desktop notification, in the interface language, whenever notifications
 * are allowed. Mount it once (the banner does).
 */
export function useDeadlineReminders(): { offers: StoredOffer[] | undefined; now: Date } {
  const { db, platform } = useServices()
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const offers = useLiveQuery(() => openOffersByDeadline(db), [db])
  const now = useNow(CLOCK_INTERVAL_MS)
  const { access } = useNotificationAccess()

  useEffect(() => {
    if (!offers || access !== 'granted') return
    const say = ({ offer, kind }: DeadlineReminder) => ({
      title: t('offerStatus.notification.title', {
        offer: offer.role === '' ? offer.company : `${offer.company} · ${offer.role}`,
      }),
      body: t(`offerStatus.notification.${kind}`, {
        date: formatDeadlineDate(offer.deadline, language, now),
      }),
    })
    deliverReminders(db, platform, offers, now, say).catch((error: unknown) => {
      // The banner still lists the offer; a notification that failed is only a missed extra.
      console.warn('A deadline reminder was not shown:', error)
    })
  }, [db, platform, offers, now, access, t, language])

  return { offers, now }
}
