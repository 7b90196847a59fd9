import { useTranslation } from 'react-i18next'
import { localDate } from '../../../../data/snapshots'
import { useExportReminder } from '../../../hooks/use-export-reminder'
import type { UiLanguage } from '../../../i18n/i18n'
import { useServices } from '../../../services'
import { formatDay } from '../dashboard-format'
import type { DashboardData } from '../use-dashboard-data'
import { DashboardCard } from './DashboardCard'

/**
 * Whether the data is safe: in browser mode, the export reminder's state (the banner above
 * says it too when an export is due; this card is where to look any time); in the desktop app,
 * the last automatic backup.
 */
export function BackupCard({
  lastExportAt,
  lastAutomaticBackup,
  today,
}: Pick<DashboardData, 'lastExportAt' | 'lastAutomaticBackup' | 'today'>) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { platform } = useServices()
  const reminder = useExportReminder()

  let text: string
  let attention = false
  if (platform.kind === 'browser') {
    if (reminder?.kind === 'never') {
      text = t('dashboard.backup.browserNever')
      attention = true
    } else if (reminder?.kind === 'due') {
      text = t('dashboard.backup.browserDue', { days: reminder.days })
      attention = true
    } else if (lastExportAt) {
      text = t('dashboard.backup.browserRecent', {
        date: formatDay(localDate(new Date(lastExportAt)), language, today),
      })
    } else text = t('dashboard.backup.browserEmpty')
  } else if (lastAutomaticBackup) {
    const when = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(lastAutomaticBackup.at))
    attention = lastAutomaticBackup.error !== null
    text = attention
      ? t('dashboard.backup.desktopFailed', { when })
      : t('dashboard.backup.desktopLast', { when })
  } else text = t('dashboard.backup.desktopNone')

  return (
    <DashboardCard
      title={t('dashboard.backup.title')}
      link={{
        href: '#/settings',
        label:
          platform.kind === 'browser'
            ? t('dashboard.backup.exportLink')
            : t('dashboard.backup.backupsLink'),
      }}
      className={attention ? 'dash-backup dash-attention' : 'dash-backup'}
      testId="dashboard-backup"
    >
      <p>{text}</p>
    </DashboardCard>
  )
}
