import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { readLastAutomaticBackup } from '../data/repositories/meta'
import { DeadlineBanner } from './deadlines/DeadlineBanner'
import { useExportReminder } from './hooks/use-export-reminder'
import { useServices } from './services'

/**
 * Every banner above the screens: the data's (`Banners`) and the offers' deadlines. App loads
 * this module once the first frame is painted: the deadlines read the offers through their
 * repository, which brings the records' zod schemas, code the first screen does not need.
 */
export function AllBanners() {
  return (
    <>
      <Banners />
      <DeadlineBanner />
    </>
  )
}

/** Messages about the data itself, above every screen: a newer version elsewhere, an export due. */
export function Banners() {
  const { t, i18n } = useTranslation()
  const { db } = useServices()
  const reminder = useExportReminder()
  const lastBackup = useLiveQuery(() => readLastAutomaticBackup(db), [db])
  const [versionChanged, setVersionChanged] = useState(false)

  useEffect(() => {
    // Another window opened a newer schema: Dexie closes this connection; say so, offer a reload.
    const listener = () => {
      setVersionChanged(true)
    }
    db.on('versionchange', listener)
    return () => {
      db.on('versionchange').unsubscribe(listener)
    }
  }, [db])

  return (
    <>
      {versionChanged && (
        <div className="banner warning" role="alert">
          <span>{t('versionChange.message')}</span>
          <button
            type="button"
            onClick={() => {
              window.location.reload()
            }}
          >
            {t('versionChange.reload')}
          </button>
        </div>
      )}
      {lastBackup?.error != null && (
        <div className="banner warning" role="alert" data-testid="backup-failed">
          <span>
            {t('backups.failed', {
              when: new Intl.DateTimeFormat(i18n.language, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }).format(new Date(lastBackup.at)),
              detail: lastBackup.error,
            })}
          </span>
          <a href="#/settings">{t('backups.title')}</a>
        </div>
      )}
      {reminder && (
        <div className="banner" role="status" data-testid="export-reminder">
          <span>
            {reminder.kind === 'never'
              ? t('reminder.neverExported')
              : t('reminder.exportDue', { days: reminder.days })}
          </span>
          <a href="#/settings">{t('reminder.action')}</a>
        </div>
      )}
    </>
  )
}
