import { Fragment, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupInfo } from '../../platform'
import './backup-table.css'

/**
 * The app's backups as a table, newest first as given: when, why, how big, and the caller's
 * action for each (Settings restores in place; the start-up error screen replaces a database
 * that cannot be opened). A raw copy of data that could not be opened ('rescue') gets no
 * action: this version cannot restore it, so the row says so and where the file is.
 */
export function BackupTable({
  backups,
  folder,
  action,
}: {
  backups: readonly BackupInfo[]
  /** The backups folder on disk, as main listed it. */
  folder: string
  action: (backup: BackupInfo) => ReactNode
}) {
  const { t, i18n } = useTranslation()
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const size = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 })
  return (
    <table className="figures backup-table" aria-label={t('backups.title')}>
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
          <Fragment key={backup.fileName}>
            <tr>
              <th scope="row" id={backup.reason === 'rescue' ? rowId(backup.fileName) : undefined}>
                {when.format(new Date(backup.createdAt))}
              </th>
              <td>{t(`backups.reasons.${backup.reason}`)}</td>
              <td>{t('backups.megabytes', { size: size.format(backup.bytes / 1048576) })}</td>
              <td>{backup.reason === 'rescue' ? null : action(backup)}</td>
            </tr>
            {backup.reason === 'rescue' ? (
              // A row of its own beneath: a file name and a folder are too long for a cell.
              <tr className="backup-raw-row">
                <td colSpan={4} className="backup-raw-note" headers={rowId(backup.fileName)}>
                  {t('backups.rescueNote', { fileName: backup.fileName, folder })}
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
    </table>
  )
}

/** The id of a raw copy's row heading, which its note beneath names as its header (a screen
 *  reader then reads the note as that copy's, not under the table's first column). */
function rowId(fileName: string): string {
  return `backup-row-${fileName.replace(/[^\w-]/g, '_')}`
}
