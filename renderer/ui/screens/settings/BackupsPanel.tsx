import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { exportDocument } from '../../../data/transfer/export'
import { checkImportText } from '../../../data/transfer/import'
import type { BackupInfo, ListBackupsResult, PlatformBackups } from '../../../platform'
import { BackupTable } from '../../backups/BackupTable'
import { useServices } from '../../services'
import { importWithUndo } from './import-with-undo'
import { transferFailureText } from './transfer-failure-text'

type State =
  | { step: 'idle' }
  | { step: 'working'; action: 'backup' | 'restore' }
  | { step: 'confirm'; backup: BackupInfo }
  | { step: 'done'; message: string }
  | { step: 'error'; message: string }

/**
 * The desktop app's automatic backups: the list, a backup made now, and a restore that first
 * saves the current data as one more backup, so the restore itself can be undone.
 */
export function BackupsPanel({ backups }: { backups: PlatformBackups }) {
  const { t, i18n } = useTranslation()
  const { db, search } = useServices()
  const [list, setList] = useState<ListBackupsResult | null>(null)
  const [state, setState] = useState<State>({ step: 'idle' })

  // Raised after each backup or restore: the list is read again.
  const [listVersion, setListVersion] = useState(0)
  const refresh = () => {
    setListVersion((version) => version + 1)
  }

  useEffect(() => {
    let live = true
    backups.list().then(
      (result) => {
        if (live) setList(result)
      },
      (error: unknown) => {
        if (live) setState({ step: 'error', message: transferFailureText(t, error) })
      },
    )
    return () => {
      live = false
    }
  }, [backups, t, listVersion])

  async function currentAsBackup() {
    const contents = await exportDocument(db, { version: __APP_VERSION__, now: new Date() })
    return backups.write(contents, 'manual')
  }

  async function backUpNow() {
    setState({ step: 'working', action: 'backup' })
    try {
      const { fileName } = await currentAsBackup()
      setState({ step: 'done', message: t('backups.saved', { fileName }) })
    } catch (error) {
      setState({ step: 'error', message: transferFailureText(t, error) })
    }
    refresh()
  }

  async function restore(backup: BackupInfo) {
    setState({ step: 'working', action: 'restore' })
    try {
      // Read and check the backup before anything changes; then keep today's data first.
      const document = checkImportText((await backups.read(backup.fileName)).contents)
      const outcome = await importWithUndo({ db, search, backups }, document, 'replace')
      const restored = t('backups.restored', { fileName: outcome.undoBackup ?? '' })
      setState({
        step: 'done',
        message: outcome.searchReady ? restored : `${restored}\n${t('data.searchLater')}`,
      })
    } catch (error) {
      setState({ step: 'error', message: transferFailureText(t, error) })
    }
    refresh()
  }

  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const busy = state.step === 'working'

  return (
    <div className="panel" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p>{t('backups.intro')}</p>
      <div className="actions">
        <button type="button" onClick={() => void backUpNow()} disabled={busy}>
          {t('backups.now')}
        </button>
      </div>
      {list !== null && list.backups.length === 0 && <p className="muted">{t('backups.none')}</p>}
      {list !== null && list.backups.length > 0 && (
        <BackupTable
          backups={list.backups}
          folder={list.folder}
          action={(backup) => (
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setState({ step: 'confirm', backup })
              }}
            >
              {t('backups.restore')}
            </button>
          )}
        />
      )}
      {state.step === 'confirm' && (
        <div className="confirm" role="group" aria-labelledby="restore-confirm-title">
          <h3 id="restore-confirm-title">
            {t('backups.confirmTitle', { when: when.format(new Date(state.backup.createdAt)) })}
          </h3>
          <p>{t('backups.confirmText')}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void restore(state.backup)}>
              {t('backups.confirmRestore')}
            </button>
            <button
              type="button"
              onClick={() => {
                setState({ step: 'idle' })
              }}
            >
              {t('data.cancel')}
            </button>
          </div>
        </div>
      )}
      {/* A failure (a backup that cannot be read or restored) is an alert, as the import's is. */}
      {state.step === 'error' && (
        <p role="alert" className="status error pre-line">
          {state.message}
        </p>
      )}
      <p role="status" className="status pre-line">
        {state.step === 'working' && t(`backups.working.${state.action}`)}
        {state.step === 'done' && state.message}
      </p>
    </div>
  )
}
