import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_RULESET } from '../../../domain/ruleset/default-ruleset'
import type { RulesetOverrides } from '../../../domain/ruleset/overrides'
import { parseOverridesFile, serializeOverridesFile } from '../../../data/transfer/overrides-file'
import { decodeTextBytes } from '../../../data/transfer/text-bytes'
import { PlatformError } from '../../../platform'
import { fileDate } from '../../format/file-date'
import type { UiLanguage } from '../../i18n/i18n'
import { useServices } from '../../services'
import { fileProblemText } from './file-problem-text'
import { changedPaths } from './override-paths'
import type { RulesStatus } from './PreviewBar'
import { ResetAllButton } from './ResetAllButton'
import { useDraftSelector, useDraftStore } from './use-rules-draft'

/** A refused file: its name, why, and where (one line an issue). */
interface Refusal {
  fileName: string
  summary: string
  details: string[]
}

/** A file read while edits were unsaved: what it holds, until the user says whether to use it. */
interface AskedImport {
  fileName: string
  overrides: RulesetOverrides
}

/**
 * How many rules differ from their defaults, and what to do about all of them at once: export
 * them to a file, import a file (into the draft, to be seen before saving), reset all.
 */
export function RulesFileBar({
  storedOverrides,
  busy,
  onStatus,
  onLoad,
  onResetAll,
}: {
  storedOverrides: RulesetOverrides
  busy: boolean
  onStatus: (status: RulesStatus | null) => void
  onLoad: (overrides: RulesetOverrides) => void
  onResetAll: () => Promise<void>
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { platform } = useServices()
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [asked, setAsked] = useState<AskedImport | null>(null)
  const importRef = useRef<HTMLButtonElement>(null)
  const keepRef = useRef<HTMLButtonElement>(null)
  const askedId = useId()
  /** Set when the question is answered: Import takes focus back once it is enabled again. */
  const focusImport = useRef(false)
  // After the commit that draws the question (or takes it away): a page this size can take
  // longer to draw than a timeout waits.
  useEffect(() => {
    // On "Keep my changes": a stray Enter keeps the edits (review 33 L6).
    if (asked) keepRef.current?.focus()
    else if (focusImport.current) importRef.current?.focus()
    focusImport.current = false
  }, [asked])
  const store = useDraftStore()
  const changed = changedPaths(storedOverrides, DEFAULT_RULESET).length
  const unsaved = useDraftSelector((draft) => draft.dirty)
  // Saved or discarded while the question is open: there are no edits left to ask about, and
  // "Keep my changes" would say they are as left (review 33 L3). The question goes.
  useEffect(
    () =>
      store.subscribe(() => {
        if (!store.current().dirty) setAsked(null)
      }),
    [store],
  )

  const failure = (error: unknown) => {
    const detail = error instanceof PlatformError ? error.error.code : String(error)
    onStatus({ text: t('rules.file.failed', { detail }), error: true })
  }

  async function exportFile() {
    setRefusal(null)
    // The file holds what is saved: with nothing saved it would be an empty file, downloaded
    // without a word (new-user trial). Said instead, and what to do when edits are unsaved.
    if (changed === 0) {
      onStatus({
        text: t(unsaved ? 'rules.file.nothingSaved' : 'rules.file.nothing'),
        error: false,
      })
      return
    }
    try {
      const now = new Date()
      const text = serializeOverridesFile(storedOverrides, DEFAULT_RULESET.version, now)
      const outcome = await platform.saveTextFile(`tidemark-rules-${fileDate(now)}.json`, text)
      onStatus(
        outcome.status === 'saved'
          ? {
              text: t(unsaved ? 'rules.file.exportedNotUnsaved' : 'rules.file.exported', {
                fileName: outcome.fileName,
                count: changed,
              }),
              error: false,
            }
          : { text: t('rules.file.cancelled'), error: false },
      )
    } catch (error) {
      failure(error)
    }
  }

  /** Puts the file's rules in the draft, to be seen before saving, and says what they are. */
  function loadFile(fileName: string, overrides: RulesetOverrides) {
    onLoad(overrides)
    // The same rules as those saved leave nothing to save (Save stays disabled): say so.
    const same = !store.current().dirty
    const count = changedPaths(overrides, DEFAULT_RULESET).length
    // A file that changes no rule, over saved changes: "0 changes" beside "Unsaved changes"
    // read as a contradiction; what saving it does is put the saved ones back.
    const key = same
      ? 'rules.file.importedSame'
      : count === 0
        ? 'rules.file.importedNone'
        : 'rules.file.imported'
    onStatus({
      text: t(key, { fileName, count: count === 0 ? changed : count }),
      error: false,
    })
  }

  /** The question answered: focus goes back to Import, where the user was (Reset all's way). */
  function answer(replace: boolean) {
    if (!asked) return
    focusImport.current = true
    setAsked(null)
    if (replace) loadFile(asked.fileName, asked.overrides)
    else onStatus({ text: t('rules.file.importKept', { fileName: asked.fileName }), error: false })
  }

  async function importFile() {
    setRefusal(null)
    try {
      // Its bytes where the platform has them, decoded by the rule every import follows (UTF-8,
      // or UTF-16 as an editor's "Unicode" saves it: review 33 M2, the browser read UTF-8 only).
      const opened = await platform.openDataFile(['json'])
      if (opened.status === 'cancelled') {
        onStatus({ text: t('rules.file.cancelled'), error: false })
        return
      }
      const contents =
        typeof opened.contents === 'string'
          ? opened.contents
          : decodeTextBytes(new Uint8Array(opened.contents))
      if (contents === null) {
        setRefusal({
          fileName: opened.fileName,
          summary: t('errors.ipc.file-not-text', { detail: opened.fileName }),
          details: [],
        })
        onStatus(null)
        return
      }
      const result = parseOverridesFile(contents, DEFAULT_RULESET)
      if (!result.ok) {
        setRefusal({
          fileName: opened.fileName,
          ...fileProblemText(t, result.problem, DEFAULT_RULESET, language, {
            text: contents,
            labelOf: (path) => store.labelOf(path),
          }),
        })
        // The alert below says it all; a status line too would be read out twice.
        onStatus(null)
        return
      }
      // Unsaved edits are not thrown away unasked (new-user trial 32 #1): the file replaces the
      // whole draft, so the screen asks, as Reset all does, before they are lost.
      if (store.current().dirty) {
        setAsked({ fileName: opened.fileName, overrides: result.file.overrides })
        onStatus(null)
        return
      }
      loadFile(opened.fileName, result.file.overrides)
    } catch (error) {
      failure(error)
    }
  }

  return (
    <div className="panel rules-file-bar">
      <p>{t('rules.changes', { count: changed })}</p>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void exportFile()}>
          {t('rules.file.export')}
        </button>
        <button
          type="button"
          ref={importRef}
          disabled={busy || asked !== null}
          onClick={() => void importFile()}
        >
          {t('rules.file.import')}
        </button>
        <ResetAllButton label={t('rules.resetAll.button')} busy={busy} onResetAll={onResetAll} />
        {asked ? (
          <div className="confirm rules-confirm" role="group" aria-labelledby={askedId}>
            <p id={askedId}>{t('rules.file.replaceAsked', { fileName: asked.fileName })}</p>
            <div className="actions">
              <button
                type="button"
                className="danger"
                onClick={() => {
                  answer(true)
                }}
              >
                {t('rules.file.replace')}
              </button>
              <button
                type="button"
                ref={keepRef}
                onClick={() => {
                  answer(false)
                }}
              >
                {t('rules.file.keepEdits')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
      <p className="hint">{t('rules.file.hint', { version: DEFAULT_RULESET.version })}</p>
      {refusal ? (
        <div className="rules-refusal" role="alert">
          <p className="rules-refusal-title">
            {t('rules.file.refused', { fileName: refusal.fileName })}
          </p>
          <p>{refusal.summary}</p>
          {refusal.details.length > 0 ? (
            <ul>
              {refusal.details.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
