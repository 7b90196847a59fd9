import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { readWhatCanBeRead, type OpenFailure } from '../data/open-database'
import type { CheckedRestore, RestoreFailed, RestoreProgress } from '../data/restore-at-startup'
import type { BackupInfo, ListBackupsResult, Platform } from '../platform'
import { BackupTable } from './backups/BackupTable'
import { fileDate } from './format/file-date'
import { transferFailureText } from './screens/settings/transfer-failure-text'
import './startup-error.css'

/**
 * Shown when the database cannot open: say why plainly, change nothing, and offer a way out:
 * try again, save whatever can still be read to a file, or restore a backup (an export file in
 * a browser) in place of what cannot be opened.
 */
export function StartupError({
  failure,
  databaseName,
  platform,
}: {
  failure: OpenFailure
  databaseName: string
  platform: Platform
}) {
  const { t } = useTranslation()
  const [rescue, setRescue] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle')
  const [rescueDetail, setRescueDetail] = useState('')
  const [data, setData] = useState<DataState>('untouched')

  async function saveRescue() {
    setRescue('saving')
    try {
      const now = new Date()
      const text = await readWhatCanBeRead(databaseName, now)
      const outcome = await platform.saveTextFile(`tidemark-rescue-${fileDate(now)}.json`, text)
      setRescue(outcome.status === 'saved' ? 'saved' : 'idle')
    } catch (error) {
      setRescueDetail(error instanceof Error ? error.message : String(error))
      setRescue('failed')
    }
  }

  // Until a restore deletes the old database, the failure and its ways out stand as they were;
  // from then on, "nothing was changed" would be false, and the restore panel speaks.
  const untouched = data === 'untouched'
  return (
    <main className="startup-error" aria-labelledby="startup-error-title">
      <h1 id="startup-error-title">
        {data === 'restored' ? t('startup.restore.doneTitle') : t('errors.title')}
      </h1>
      {(data === 'untouched' || data === 'restoring') && (
        <p role="alert">{t(`errors.open.${failure.kind}`)}</p>
      )}
      {untouched && (
        <>
          <p className="muted">{t('errors.open.nothingChanged')}</p>
          <div className="actions">
            <button
              type="button"
              onClick={() => {
                window.location.reload()
              }}
            >
              {t('errors.open.retry')}
            </button>
            <button type="button" onClick={() => void saveRescue()} disabled={rescue === 'saving'}>
              {t('errors.open.rescue')}
            </button>
          </div>
        </>
      )}
      <p role="status">
        {untouched && rescue === 'saving' && t('errors.open.rescueSaving')}
        {untouched && rescue === 'saved' && t('errors.open.rescueSaved')}
        {untouched &&
          rescue === 'failed' &&
          t('errors.open.rescueFailed', { detail: rescueDetail })}
      </p>
      <RestoreSection
        failure={failure}
        databaseName={databaseName}
        platform={platform}
        copySaved={rescue === 'saved'}
        onDataChange={setData}
      />
      {data !== 'restored' && (
        <details>
          <summary>{t('errors.details')}</summary>
          <p className="muted">{failure.detail}</p>
        </details>
      )}
    </main>
  )
}

/**
 * Where the stored data stands: as it was ('untouched'), being replaced ('restoring'), deleted
 * by a restore that then failed to write ('deleted'), or replaced by the restore ('restored').
 */
type DataState = 'untouched' | 'restoring' | 'deleted' | 'restored'

/**
 * The restore's code (the import and its checks) loads only when a restore is started: the
 * start-up bundle every launch pays for stays as it was.
 */
const loadRestore = () => import('../data/restore-at-startup')

type Source = { kind: 'backup'; backup: BackupInfo } | { kind: 'file'; fileName: string }

interface Confirming {
  step: 'confirm'
  source: Source
  checked: CheckedRestore
  /** Why the copy of what can be read could not be kept, when a first try failed. */
  copyProblem: string | null
}

type RestoreState =
  | { step: 'idle' }
  | { step: 'checking' }
  /** The file was refused; nothing was touched. */
  | { step: 'refused'; message: string }
  | Confirming
  | { step: 'working'; progress: RestoreProgress }
  | { step: 'failed'; message: string }
  | { step: 'done'; records: number; rescue: string | null; rescueRestorable: boolean }

function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Restoring in place of a database that cannot be opened: the app's automatic backups (newest
 * first) or an export file. The file is checked in full before the confirmation; the restore
 * itself (renderer/data/restore-at-startup.ts) keeps a copy of what can be read before it
 * deletes anything, and the page is reloaded once the user opens the restored data.
 */
function RestoreSection({
  failure,
  databaseName,
  platform,
  copySaved,
  onDataChange,
}: {
  failure: OpenFailure
  databaseName: string
  platform: Platform
  copySaved: boolean
  onDataChange: (state: DataState) => void
}) {
  const { t, i18n } = useTranslation()
  const { backups } = platform
  const [list, setList] = useState<ListBackupsResult | 'loading' | { failed: string }>('loading')
  const [listVersion, setListVersion] = useState(0)
  const [state, setState] = useState<RestoreState>({ step: 'idle' })
  // Set once a try has deleted the old database and failed to write: what is there now is a
  // fresh, empty database, so a second try keeps no copy of it (an empty "before a restore"
  // backup would crowd out the real one in the rotation) and asks for no consent to lose it.
  const [replaced, setReplaced] = useState<{ rescue: string | null } | null>(null)
  const openButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!backups) return
    let live = true
    backups.list().then(
      (result) => {
        if (live) setList(result)
      },
      (error: unknown) => {
        if (live) setList({ failed: transferFailureText(t, error) })
      },
    )
    return () => {
      live = false
    }
  }, [backups, t, listVersion])

  useEffect(() => {
    if (state.step === 'done') openButton.current?.focus()
  }, [state.step])

  const number = new Intl.NumberFormat(i18n.language)
  const listed = list !== 'loading' && 'backups' in list ? list : null
  // Buttons say they are unavailable (aria-disabled) rather than being disabled: a disabled
  // button drops the keyboard focus to the page, and the user would have to find their place.
  const busy = state.step === 'checking' || state.step === 'working'

  /** Reads and checks the whole file before anything else: a bad one stops here. */
  async function check(source: Source, read: () => Promise<string | ArrayBuffer>) {
    if (busy) return
    setState({ step: 'checking' })
    try {
      const [text, { checkRestoreFile }] = await Promise.all([read(), loadRestore()])
      setState({ step: 'confirm', source, checked: checkRestoreFile(text), copyProblem: null })
    } catch (error) {
      setState({ step: 'refused', message: transferFailureText(t, error) })
    }
  }

  async function chooseFile() {
    if (busy) return
    try {
      // Its bytes where the platform has them, decoded as an import's are (checkRestoreFile).
      const opened = await platform.openDataFile(['json'])
      if (opened.status === 'cancelled') return
      await check({ kind: 'file', fileName: opened.fileName }, () =>
        Promise.resolve(opened.contents),
      )
    } catch (error) {
      setState({ step: 'refused', message: transferFailureText(t, error) })
    }
  }

  async function restore(confirming: Confirming) {
    // In the app, what can be read becomes one more backup; else the user saved it or agreed.
    const keepRescue =
      backups && replaced === null && confirming.copyProblem === null
        ? async (contents: string, restorable: boolean) =>
            (await backups.write(contents, restorable ? 'before-restore' : 'rescue')).fileName
        : null
    setState({
      step: 'working',
      progress: keepRescue ? { stage: 'rescue' } : { stage: 'delete', blocked: false },
    })
    onDataChange('restoring')
    // Already loaded by the check that led to this confirmation.
    let code: Awaited<ReturnType<typeof loadRestore>>
    try {
      code = await loadRestore()
    } catch (error) {
      setState(failedState(confirming, null, error))
      onDataChange('untouched')
      return
    }
    const { restoreAtStartup, RestoreFailed } = code
    try {
      const outcome = await restoreAtStartup({
        databaseName,
        checked: confirming.checked,
        keepRescue,
        appVersion: __APP_VERSION__,
        now: new Date(),
        onProgress: (progress) => {
          setState({ step: 'working', progress })
        },
      })
      const records = Object.values(outcome.counts).reduce((sum, table) => sum + table.added, 0)
      setState({
        step: 'done',
        records,
        rescue: outcome.rescue,
        rescueRestorable: outcome.rescueRestorable,
      })
      onDataChange('restored')
    } catch (error) {
      const failed = error instanceof RestoreFailed ? error : null
      setState(failedState(confirming, failed, error))
      if (failed?.stage === 'write' || replaced !== null) {
        // The first copy's name stays: a later try keeps none.
        setReplaced((earlier) => earlier ?? { rescue: failed?.rescue ?? null })
        onDataChange('deleted')
      } else {
        onDataChange('untouched')
      }
    }
    setListVersion((version) => version + 1)
  }

  function failedState(
    confirming: Confirming,
    error: RestoreFailed | null,
    thrown: unknown,
  ): RestoreState {
    if (error === null) {
      return { step: 'failed', message: t('data.failed', { detail: errorDetail(thrown) }) }
    }
    switch (error.stage) {
      case 'read':
        // Nothing was deleted: back to the confirmation, which now asks to restore without a copy.
        return {
          ...confirming,
          copyProblem: t('startup.restore.failed.read', { detail: errorDetail(error.reason) }),
        }
      case 'keep':
        return {
          ...confirming,
          copyProblem: t('startup.restore.failed.keep', {
            detail: transferFailureText(t, error.reason),
          }),
        }
      case 'delete':
        return {
          step: 'failed',
          message: t('startup.restore.failed.delete', { detail: errorDetail(error.reason) }),
        }
      case 'write':
        return {
          step: 'failed',
          message:
            error.rescue === null
              ? t('startup.restore.failed.writeNoCopy', { detail: errorDetail(error.reason) })
              : t('startup.restore.failed.writeKept', {
                  detail: errorDetail(error.reason),
                  fileName: error.rescue,
                }),
        }
    }
  }

  if (state.step === 'done') {
    return (
      <section className="panel startup-restore" aria-labelledby="startup-restore-title">
        <h2 id="startup-restore-title">{t('startup.restore.heading')}</h2>
        <p role="status">
          {t('startup.restore.done', {
            count: state.records,
            formatted: number.format(state.records),
          })}
          {state.rescue !== null &&
            ` ${t(state.rescueRestorable ? 'startup.restore.doneKept' : 'startup.restore.doneKeptRaw', { fileName: state.rescue })}`}
        </p>
        <div className="actions">
          <button
            type="button"
            ref={openButton}
            onClick={() => {
              window.location.reload()
            }}
          >
            {t('startup.restore.open')}
          </button>
        </div>
      </section>
    )
  }

  return (
    <section className="panel startup-restore" aria-labelledby="startup-restore-title">
      <h2 id="startup-restore-title">
        {t(backups ? 'startup.restore.heading' : 'startup.restore.headingBrowser')}
      </h2>
      <p>{t(backups ? 'startup.restore.intro' : 'startup.restore.introBrowser')}</p>
      {backups && list === 'loading' && <p className="muted">{t('startup.restore.loading')}</p>}
      {backups && listed !== null && listed.backups.length === 0 && (
        <p className="muted">{t('startup.restore.none')}</p>
      )}
      {backups && list !== 'loading' && 'failed' in list && (
        <p className="status error">{t('startup.restore.listFailed', { detail: list.failed })}</p>
      )}
      {listed !== null && listed.backups.length > 0 && (
        <BackupTable
          backups={listed.backups}
          folder={listed.folder}
          action={(backup) => (
            <button
              type="button"
              aria-disabled={busy}
              onClick={() =>
                void check({ kind: 'backup', backup }, async () =>
                  backups ? (await backups.read(backup.fileName)).contents : '',
                )
              }
            >
              {t('startup.restore.choose')}
            </button>
          )}
        />
      )}
      <div className="actions">
        <button type="button" aria-disabled={busy} onClick={() => void chooseFile()}>
          {t('startup.restore.fromFile')}
        </button>
      </div>
      {state.step === 'confirm' && (
        <RestoreConfirm
          key={`${sourceKey(state.source)} ${String(state.copyProblem)}`}
          confirming={state}
          newer={failure.kind === 'newer-version' && replaced === null}
          replaced={replaced}
          keptAsBackup={backups !== null}
          copySaved={copySaved}
          onRestore={() => void restore(state)}
          onCancel={() => {
            setState({ step: 'idle' })
          }}
        />
      )}
      <RestoreStatus state={state} />
    </section>
  )
}

function sourceKey(source: Source): string {
  return source.kind === 'backup' ? `backup:${source.backup.fileName}` : `file:${source.fileName}`
}

/**
 * What the file holds and what restoring it costs, with the consents it needs: that what cannot
 * be opened may be lost (when no copy of it is kept) and, for data a newer Tidemark wrote, that
 * the newer data is discarded.
 */
function RestoreConfirm({
  confirming,
  newer,
  replaced,
  keptAsBackup,
  copySaved,
  onRestore,
  onCancel,
}: {
  confirming: Confirming
  newer: boolean
  /** A try already replaced the old data (and kept this copy of it, if any). */
  replaced: { rescue: string | null } | null
  keptAsBackup: boolean
  copySaved: boolean
  onRestore: () => void
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation()
  const [acceptLoss, setAcceptLoss] = useState(false)
  const [acceptNewer, setAcceptNewer] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
  }, [])

  const { source, checked, copyProblem } = confirming
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const number = new Intl.NumberFormat(i18n.language)
  const willKeepCopy = replaced === null && keptAsBackup && copyProblem === null
  const needsLossConsent = replaced === null && !willKeepCopy && !copySaved
  const ready = (!needsLossConsent || acceptLoss) && (!newer || acceptNewer)
  const { app, exportedAt } = checked.document
  const counted = ['skills', 'offers', 'journal', 'goals'] as const

  return (
    <div className="confirm" role="group" aria-labelledby="startup-restore-confirm">
      <h3 id="startup-restore-confirm" ref={heading} tabIndex={-1}>
        {source.kind === 'backup'
          ? t('startup.restore.confirm.titleBackup', {
              when: when.format(new Date(source.backup.createdAt)),
            })
          : t('startup.restore.confirm.titleFile', { fileName: source.fileName })}
      </h3>
      <p>
        {t('startup.restore.confirm.made', {
          when: when.format(new Date(exportedAt)),
          version: app.version,
        })}
      </p>
      <ul className="startup-restore-counts">
        {counted.map((table) => (
          <li key={table}>
            {t('startup.restore.confirm.count', {
              table: t(`data.table.${table}`),
              count: number.format(checked.records[table]),
            })}
          </li>
        ))}
      </ul>
      <p>{t('startup.restore.confirm.replaces')}</p>
      {replaced !== null && (
        <p>
          {replaced.rescue === null
            ? t('startup.restore.confirm.alreadyReplaced')
            : t('startup.restore.confirm.alreadyReplacedKept', { fileName: replaced.rescue })}
        </p>
      )}
      {willKeepCopy && <p>{t('startup.restore.confirm.keptAsBackup')}</p>}
      {replaced === null && !willKeepCopy && copySaved && (
        <p>{t('startup.restore.confirm.copySaved')}</p>
      )}
      {replaced === null && copyProblem !== null && !copySaved && (
        <p className="startup-restore-warning">
          {t('startup.restore.confirm.copyFailed', { reason: copyProblem })}
        </p>
      )}
      {copyProblem === null && needsLossConsent && (
        <p className="startup-restore-warning">{t('startup.restore.confirm.noCopy')}</p>
      )}
      {needsLossConsent && (
        <label className="startup-restore-consent">
          <input
            type="checkbox"
            checked={acceptLoss}
            onChange={(event) => {
              setAcceptLoss(event.target.checked)
            }}
          />
          {t('startup.restore.confirm.acceptLoss')}
        </label>
      )}
      {newer && (
        <>
          <p className="startup-restore-warning">{t('startup.restore.confirm.newer')}</p>
          <label className="startup-restore-consent">
            <input
              type="checkbox"
              checked={acceptNewer}
              onChange={(event) => {
                setAcceptNewer(event.target.checked)
              }}
            />
            {t('startup.restore.confirm.acceptNewer')}
          </label>
        </>
      )}
      <div className="actions">
        <button type="button" className="danger" disabled={!ready} onClick={onRestore}>
          {t('startup.restore.confirm.restore')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('startup.restore.confirm.cancel')}
        </button>
      </div>
    </div>
  )
}

/** The one live line: checking, a refusal, the restore's progress or why it stopped. */
function RestoreStatus({ state }: { state: RestoreState }) {
  const { t, i18n } = useTranslation()
  const number = new Intl.NumberFormat(i18n.language)
  const error = state.step === 'refused' || state.step === 'failed'
  let text = ''
  if (state.step === 'checking') text = t('startup.restore.checking')
  if (error) text = state.message
  if (state.step === 'working') {
    const { progress } = state
    if (progress.stage === 'rescue') text = t('startup.restore.progress.rescue')
    else if (progress.stage === 'delete') {
      text = t(
        progress.blocked ? 'startup.restore.progress.blocked' : 'startup.restore.progress.delete',
      )
    } else {
      text = t('startup.restore.progress.write', {
        done: number.format(progress.done),
        total: number.format(progress.total),
      })
    }
  }
  const write = state.step === 'working' && state.progress.stage === 'write' ? state.progress : null
  return (
    <div className="progress-row">
      {state.step === 'working' && (
        <progress
          aria-label={text}
          {...(write && write.total > 0 ? { value: write.done, max: write.total } : {})}
        />
      )}
      <p role="status" className={error ? 'status error pre-line' : 'status pre-line'}>
        {text}
      </p>
    </div>
  )
}
