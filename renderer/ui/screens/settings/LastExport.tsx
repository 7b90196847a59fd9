import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { readLastExportAt } from '../../../data/repositories/meta'
import { localDate } from '../../../data/snapshots'
import type { UiLanguage } from '../../i18n/i18n'
import { useServices } from '../../services'
import { formatDay } from '../dashboard/dashboard-format'

/**
 * When the data was last exported, beside the export action (trial 32: only the dashboard's
 * Backup card said it): the day as that card writes it, or that it never was.
 */
export function LastExport() {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { db } = useServices()
  // The clock is read with the data, not during render (as the export reminder reads it).
  const read = useLiveQuery(
    async () => ({ lastExportAt: await readLastExportAt(db), today: localDate(new Date()) }),
    [db],
  )
  if (read === undefined) return null
  const { lastExportAt, today } = read
  return (
    <p className="muted" data-testid="last-export">
      {lastExportAt === null
        ? t('settings.transfer.neverExported')
        : t('settings.transfer.lastExport', {
            date: formatDay(localDate(new Date(lastExportAt)), language, today),
          })}
    </p>
  )
}
