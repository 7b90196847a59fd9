import { useEffect, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import {
  readLastExportAt,
  recordExport,
  restoreLastExportAt,
} from '../../../data/repositories/meta'
import type { PreparedImport } from '../../../data/search/search-client'
import type { ExportDocument } from '../../../data/transfer/export-format'
import { exportDocument } from '../../../data/transfer/export'
import { checkImportText, type ImportMode } from '../../../data/transfer/import'
import {
  checkImportTextOffThread,
  warmImportCheck,
} from '../../../data/transfer/import-check-off-thread'
import { TransferCancelled, type TransferProgress } from '../../../data/transfer/progress'
import { ImportRefused } from '../../../data/transfer/import-problems'
import type { SameNameCount } from '../../../data/transfer/same-name'
import { sameNameCountsStored } from '../../../data/transfer/same-name-stored'
import { requestPersistentStorage, type UiLanguage } from '../../../platform'
import { fileDate } from '../../format/file-date'
import { useServices } from '../../services'
import { holdsNothing, importCountsAsExport } from './import-as-export'
import { importProblemText } from './import-problem-text'
import { pickedFileProblem } from './picked-file-problem'
import { importCombinedText } from './import-combined-text'
import { importResultText } from './import-result-text'
import { ImportResult } from './ImportResult'
import { ImportConfirm } from './ImportConfirm'
import { LastExport } from './LastExport'
import { importWithUndo, type ImportOutcome } from './import-with-undo'
import { forgetReplaced, keepReplaced, replacedData, type ReplacedData } from './replaced-data'
import { ReplaceUndo } from './ReplaceUndo'
import { looksLikeRulesFile } from './rules-file-hint'
import { storedCounts, type StoredCount } from './stored-counts'
import { transferFailureText } from './transfer-failure-text'
import { TransferProgressBar } from './TransferProgressBar'

type State =
  | { step: 'idle' }
  | { step: 'working'; progress: TransferProgress | null }
  | {
      step: 'confirm'
      fileName: string
      document: ExportDocument
      prepared: PreparedImport
      stored: StoredCount[]
      sameName: SameNameCount[]
    }
  | { step: 'indexing' }
  | { step: 'exported'; fileName: string }
  | { step: 'imported'; fileName: string; mode: ImportMode; outcome: ImportOutcome }
  | { step: 'cancelled' }
  | { step: 'undone'; searchReady: boolean }
  | { step: 'savedBefore'; fileName: string }
  | { step: 'error'; message: string }

/** Export everything to one file; import one (merge or replace), with progress and cancel. */
export function DataTransferPanel({
  exportButtonRef,
}: {
  /** The export button, for the Storage section's "Export now" (SettingsScreen). */
  exportButtonRef?: RefObject<HTMLButtonElement | null>
}) {
  const { t, i18n } = useTranslation()
  const { db, search, platform } = useServices()
  const [state, setState] = useState<State>({ step: 'idle' })
  const abort = useRef<AbortController | null>(null)
  /** The file whose search index is drafted while it is checked and confirmed. */
  const prepared = useRef<PreparedImport | null>(null)
  /** Browser mode: the data a replace removed, for Undo (kept across visits, not a reload). */
  const [kept, setKept] = useState(() => replacedData(db))
  const busy = state.step === 'working' || state.step === 'indexing'
  const importButton = useRef<HTMLButtonElement>(null)
  /** Set when the element that had focus goes away: the import button takes it once drawn
   *  (enabled again), rather than the page's body. */
  const focusImport = useRef(false)
  useEffect(() => {
    if (!focusImport.current || busy) return
    focusImport.current = false
    importButton.current?.focus()
  }, [state, busy])
  const ownExportButton = useRef<HTMLButtonElement>(null)
  const exportButton = exportButtonRef ?? ownExportButton
  /** Set as an export starts: its button is disabled while it runs, which drops focus to the
   *  page's body; once it is done, the button takes focus back if nothing else took it. */
  const focusExport = useRef(false)
  useEffect(() => {
    if (!focusExport.current || busy) return
    focusExport.current = false
    const focused = document.activeElement
    if (!focused || focused === document.body || !focused.isConnected) exportButton.current?.focus()
  }, [state, busy, exportButton])

  /** The answer to the user's last action: a refusal, or what an import or export did. */
  const answer = useRef<HTMLParagraphElement>(null)
  // The import button sits at the foot of a 800 px window; its refusal or result is drawn below
  // it, out of view, and the page looked unchanged (new-user trial 22 #3). Brought into view,
  // focus left where it is: the alert and the status line are announced as they change.
  const answered = state.step === 'error' || state.step === 'imported' || state.step === 'exported'
  useEffect(() => {
    if (answered) answer.current?.scrollIntoView({ block: 'nearest' })
  }, [answered, state])

  function failure(error: unknown): State {
    if (error instanceof TransferCancelled) return { step: 'cancelled' }
    return { step: 'error', message: transferFailureText(t, error) }
  }

  async function runExport() {
    // Browser mode: ask again that the browser keep the data (main.tsx asks once, at start,
    // and Settings says the answer). An export is a click by someone who means to keep it:
    // Chromium, which grants by how much the site is used, may grant now what it refused at
    // start, and a browser that asks the user (Firefox) can ask on this click, before any
    // await ends it. Not awaited: the export goes on whatever the answer.
    if (platform.kind === 'browser') void requestPersistentStorage()
    const controller = new AbortController()
    abort.current = controller
    focusExport.current = true
    setState({ step: 'working', progress: null })
    try {
      const now = new Date()
      const text = await exportDocument(
        db,
        { version: __APP_VERSION__, now },
        {
          signal: controller.signal,
          onProgress: (progress) => {
            setState({ step: 'working', progress })
          },
        },
      )
      const outcome = await platform.saveTextFile(`tidemark-export-${fileDate(now)}.json`, text)
      if (outcome.status === 'cancelled') {
        setState({ step: 'cancelled' })
        return
      }
      await recordExport(db, now)
      setState({ step: 'exported', fileName: outcome.fileName })
    } catch (error) {
      setState(failure(error))
    }
  }

  /** The file's draft is not wanted any more (refused, cancelled, imported, left). */
  function dropPrepared() {
    prepared.current?.drop()
    prepared.current = null
  }
  useEffect(() => dropPrepared, [])

  async function chooseImport() {
    // The check's worker loads its code while the user picks the file.
    const warm = warmImportCheck()
    /** Whether the file opened is a rules file, read from its start before its bytes go to the
     *  check's worker (a buffer sent there is no longer readable here). */
    let rulesFile = false
    try {
      // Its bytes where the platform has them: they are decoded on the check's worker.
      const outcome = await platform.openDataFile(['json'])
      if (outcome.status === 'cancelled') {
        warm.dispose()
        return
      }
      rulesFile = looksLikeRulesFile(outcome.contents)
      const controller = new AbortController()
      abort.current = controller
      setState({ step: 'working', progress: { phase: 'check', done: 0, total: 1 } })
      // The search drafts the file's index from its own copy while the file is checked.
      dropPrepared()
      const draft = search.prepareImport(outcome.contents)
      prepared.current = draft
      // Checked on a worker: the window keeps answering, and Cancel stops the check.
      const document = await checkImportTextOffThread(outcome.contents, {
        signal: controller.signal,
        startWorker: warm.startWorker,
        language: i18n.language as UiLanguage,
      })
      const [stored, sameName] = await Promise.all([
        storedCounts(db),
        sameNameCountsStored(db, document.data),
      ])
      setState({
        step: 'confirm',
        fileName: outcome.fileName,
        document,
        prepared: draft,
        stored,
        sameName,
      })
    } catch (error) {
      warm.dispose()
      dropPrepared()
      // The import button was disabled while the file was checked, which dropped focus to the
      // page's body: it takes it back, and the refusal is said by its own alert.
      focusImport.current = true
      // A file not UTF-8, or too large, to read: said as the import's own refusal.
      const picked = pickedFileProblem(error)
      // A rules file belongs to the Rules screen: say where it goes.
      const refusedRules =
        rulesFile && error instanceof ImportRefused && error.problem.code === 'not-tidemark'
      setState(
        picked
          ? { step: 'error', message: importProblemText(t, picked) }
          : refusedRules
            ? {
                step: 'error',
                // The Rules screen's own button, so the two always name it alike.
                message: t('settings.transfer.problem.rulesFile', {
                  button: t('rules.file.import'),
                }),
              }
            : failure(error),
      )
    }
  }

  async function runImport(
    fileName: string,
    document: ExportDocument,
    mode: ImportMode,
    draft: PreparedImport,
  ) {
    const controller = new AbortController()
    abort.current = controller
    setState({ step: 'working', progress: null })
    try {
      const heldNothing = await holdsNothing(db)
      const exportedBefore = await readLastExportAt(db)
      const outcome = await importWithUndo(
        { db, search, backups: platform.backups },
        document,
        mode,
        {
          signal: controller.signal,
          onProgress: (progress) => {
            setState({ step: 'working', progress })
          },
          onIndexing: () => {
            setState({ step: 'indexing' })
          },
          prepared: draft,
        },
      )
      // The user holds the file this data now is: the export reminder need not ask for another.
      // (Not recorded, the reminder stays: the import itself went through.)
      if (importCountsAsExport(mode, heldNothing)) {
        await recordExport(db, new Date()).catch(() => undefined)
      }
      // Undo takes back the latest replace only: a later import makes the one kept stale. A
      // replace of nothing has nothing to give back (trial 18: an empty database offered "Undo
      // the replace" and "Save the earlier data as a file").
      if (outcome.keptBefore !== null && !heldNothing) {
        keepReplaced(db, outcome.keptBefore, new Date(), exportedBefore)
      } else forgetReplaced(db)
      setKept(replacedData(db))
      setState({ step: 'imported', fileName, mode, outcome })
    } catch (error) {
      setState(failure(error))
    } finally {
      // The choice the user clicked, and the progress's Cancel, are gone: the keyboard goes
      // back to where the import began, and the status line says how it ended.
      focusImport.current = true
      // Taken by the import, or of no more use: either way it is done with.
      if (prepared.current === draft) prepared.current = null
      draft.drop()
    }
  }

  /** Puts back the data a browser-mode replace removed, exactly: the kept export, replacing. */
  async function undoReplace({ text, lastExportAt }: ReplacedData) {
    const controller = new AbortController()
    abort.current = controller
    setState({ step: 'working', progress: null })
    try {
      const document = checkImportText(text)
      const outcome = await importWithUndo(
        { db, search, backups: platform.backups },
        document,
        'replace',
        {
          signal: controller.signal,
          onProgress: (progress) => {
            setState({ step: 'working', progress })
          },
          onIndexing: () => {
            setState({ step: 'indexing' })
          },
          keepBefore: false,
        },
      )
      // The replace was counted as an export; the data put back is the user's own again, of
      // which they may hold no copy: the reminder goes back to what it said before.
      await restoreLastExportAt(db, lastExportAt).catch(() => undefined)
      forgetReplaced(db)
      setKept(null)
      setState({ step: 'undone', searchReady: outcome.searchReady })
    } catch (error) {
      setState(failure(error))
    } finally {
      // Undo's own button was disabled while it ran (and is gone once it has undone), the
      // progress's Cancel too: however it ended, the keyboard goes back to the import button.
      focusImport.current = true
    }
  }

  async function saveBefore(text: string, replacedAt: Date) {
    try {
      const outcome = await platform.saveTextFile(
        `tidemark-before-replace-${fileDate(replacedAt)}.json`,
        text,
      )
      setState(
        outcome.status === 'cancelled'
          ? { step: 'cancelled' }
          : { step: 'savedBefore', fileName: outcome.fileName },
      )
    } catch (error) {
      setState(failure(error))
    }
  }

  return (
    <div className="panel" aria-labelledby="data-transfer-title">
      <h2 id="data-transfer-title">{t('data.title')}</h2>
      <p>{t('data.intro')}</p>
      <div className="actions">
        <button type="button" ref={exportButton} onClick={() => void runExport()} disabled={busy}>
          {t('data.export')}
        </button>
        <button
          type="button"
          ref={importButton}
          onClick={() => void chooseImport()}
          disabled={busy}
        >
          {t('data.import')}
        </button>
      </div>
      <LastExport />

      {state.step === 'working' && (
        <div className="transfer-progress">
          <TransferProgressBar progress={state.progress} />
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('data.cancel')}
          </button>
        </div>
      )}
      {state.step === 'indexing' && (
        <p role="status" className="status">
          {t('data.indexing')}
        </p>
      )}
      {state.step === 'confirm' && (
        <ImportConfirm
          fileName={state.fileName}
          document={state.document}
          stored={state.stored}
          sameName={state.sameName}
          keptForUndo={platform.backups === null}
          onChoose={(mode) => void runImport(state.fileName, state.document, mode, state.prepared)}
          onCancel={() => {
            dropPrepared()
            focusImport.current = true
            setState({ step: 'idle' })
          }}
        />
      )}
      {/* A refusal or failure answers the user's own action and is an error: an alert, as on the
          Rules screen. Drawn only then, so each one is announced (the step before it is 'working'). */}
      {state.step === 'error' && (
        <p role="alert" className="status error pre-line" ref={answer}>
          {state.message}
        </p>
      )}
      <p role="status" className="status" ref={state.step === 'error' ? undefined : answer}>
        {state.step === 'exported' && t('data.exported', { fileName: state.fileName })}
        {state.step === 'cancelled' && t('data.cancelled')}
        {state.step === 'undone' &&
          (state.searchReady
            ? t('settings.transfer.undone')
            : `${t('settings.transfer.undone')} ${t('data.searchLater')}`)}
        {state.step === 'savedBefore' &&
          t('settings.transfer.savedBefore', { fileName: state.fileName })}
        {state.step === 'imported' &&
          importResultText(t, i18n.language, {
            fileName: state.fileName,
            mode: state.mode,
            counts: state.outcome.counts,
          })}
      </p>
      {state.step === 'imported' && (
        <>
          {state.outcome.undoBackup !== null && (
            <p>{t('data.undoBackup', { fileName: state.outcome.undoBackup })}</p>
          )}
          {!state.outcome.searchReady && <p className="status error">{t('data.searchLater')}</p>}
          <ImportResult counts={state.outcome.counts} mode={state.mode} />
          {importCombinedText(t, i18n.language, state.outcome.combined).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </>
      )}
      {kept !== null && (
        <ReplaceUndo
          kept={kept}
          disabled={busy}
          onUndo={() => void undoReplace(kept)}
          onSave={() => void saveBefore(kept.text, kept.replacedAt)}
        />
      )}
    </div>
  )
}
