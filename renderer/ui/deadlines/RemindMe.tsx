import { useTranslation } from 'react-i18next'
import { ATTENTION_DAYS } from './deadline-reminders'
import { useNotificationAccess } from './use-notification-access'
import './remind-me.css'

/**
 * Desktop reminders: where the browser has not asked yet, a "Remind me" button (browsers ask
 * only on a click); otherwise a line saying whether reminders are on. `compact` shows the
 * button alone, and nothing once the question is settled (for the banner).
 */
export function RemindMe({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation()
  const { access, request } = useNotificationAccess()
  if (access === 'ask') {
    const button = (
      <button
        type="button"
        className="remind-me"
        onClick={() => {
          void request()
        }}
      >
        {t('offerStatus.reminders.remindMe')}
      </button>
    )
    if (compact) return button
    return (
      <p className="remind-me-line">
        <span className="hint">{t('offerStatus.reminders.ask')}</span> {button}
      </p>
    )
  }
  if (compact) return null
  const key = access === 'granted' ? 'on' : access
  // The deadline banner is among the notices at the window's foot (Banners.tsx), on every screen.
  return (
    <p className="hint remind-me-line">
      {t(`offerStatus.reminders.${key}`, { days: ATTENTION_DAYS })}
    </p>
  )
}
