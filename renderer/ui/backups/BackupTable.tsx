import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupInfo } from '../../platform'

/**
 * The app's backups as a table, newest first as given: when, why, how big, and the caller's
 * action for each (Settings restores in place; the start-up error screen replaces a database
 * that cannot be opened).
 */
export function BackupTable({
  backups,
  action,
}: {
  backups: readonly BackupInfo[]
  action: (backup: BackupInfo) => ReactNode
}) {
  const { t, i18n } = useTranslation()
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const size = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 })
  return (
    <table className="figures" aria-label={t('backups.title')}>
      <thead>
        <tr>
          <th scope="col">{t('backups.when')}</th>
          <th scope="col">{t('backups.reason')}</th>
          <th scope="col">{t('backups.size')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('backups.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.fileName}>
            <th scope="row">{when.format(new Date(backup.createdAt))}</th>
            <td>{t(`backups.reasons.${backup.reason}`)}</td>
            <td>{t('backups.megabytes', { size: size.format(backup.bytes / 1048576) })}</td>
            <td>{action(backup)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
