import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react'
import { useTranslation } from 'react-i18next'
import type { RulesetOverrides } from '../../../domain/ruleset/overrides'
import {
  clearRulesetOverrides,
  saveRulesetOverrides,
} from '../../../data/repositories/ruleset-overrides'
import { DataValidationError } from '../../../data/validation'
import { useStoredForAssessment, type StoredForAssessment } from '../../hooks/use-assessment'
import { useServices } from '../../services'
import type { Fold } from '../journal/timeline/highlight'
import { useFold } from '../journal/timeline/use-fold'
import { PreviewBar, type RulesStatus, type ShownStatus } from './PreviewBar'
import { RulesFileBar } from './RulesFileBar'
import { RulesToc } from './RulesToc'
import { useSectionInAddress } from './section-in-address'
import { RulesFilterContext, rulesFilter } from './rules-filter'
import { RulesSayContext } from './rules-status'
import { StoredIssuesBanner } from './StoredIssuesBanner'
import { CitiesSection } from './sections/CitiesSection'
import { DomainsSection } from './sections/DomainsSection'
import { DownsideSection } from './sections/DownsideSection'
import { ModifiersSection } from './sections/ModifiersSection'
import { RecommendationSection } from './sections/RecommendationSection'
import { ReferenceSection } from './sections/ReferenceSection'
import { RiskSection } from './sections/RiskSection'
import { ScoringSection } from './sections/ScoringSection'
import { TaxSection } from './sections/TaxSection'
import { TiersSection } from './sections/TiersSection'
import { keepDraft, keptDraft } from './kept-draft'
import { RulesDraftContext, RulesDraftStore } from './use-rules-draft'
import './rules.css'

/**
 * The whole ruleset as a person reads it, every number editable: the draft's effect on the
 * user's own tier shows before saving; changes are saved, reset, exported and imported through
 * the data layer (overrides applied by the engine's withOverrides).
 */
export function RulesScreen({
  headingRef,
  fold,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>
  /** Folds 繁體 to 简体 for the search (tests give one); else opencc in a worker, started at the
   *  first Chinese query. */
  fold?: Fold
}) {
  const { t } = useTranslation()
  const stored = useStoredForAssessment()
  // #/rules/tiers: the tiers' section, in view and focused, once the sections are drawn.
  useSectionInAddress(stored !== undefined)
  return (
    <section aria-labelledby="section-title" className="section rules-screen">
      <h1 id="section-title" ref={headingRef} tabIndex={-1}>
        {t('rules.title')}
      </h1>
      <p className="lead">{t('rules.intro')}</p>
      {stored ? (
        <RulesBody stored={stored} fold={fold} />
      ) : (
        <p className="muted" role="status">
          {t('rules.loading')}
        </p>
      )}
    </section>
  )
}

function RulesBody({ stored, fold }: { stored: StoredForAssessment; fold: Fold | undefined }) {
  const { t, i18n } = useTranslation()
  const { db } = useServices()
  const [store] = useState(
    () =>
      new RulesDraftStore(stored, keptDraft(db), (edit) => {
        keepDraft(db, edit)
      }),
  )
  const [busy, setBusy] = useState(false)
  // Back on the screen with an unsaved edit from before: it is still there, and says so.
  const [status, setShownStatus] = useState<ShownStatus | null>(() =>
    store.current().dirty
      ? { text: t('rules.preview.kept'), error: false, revision: store.current().revision }
      : null,
  )
  /** Says what was just done, of the draft as it is now (the bar drops it at the next edit). */
  // One function for the screen's life: the fields hear it through a context (rules-status.ts).
  const setStatus = useCallback(
    (said: RulesStatus | null) => {
      setShownStatus(said && { ...said, revision: store.current().revision })
    },
    [store],
  )
  const statusRef = useRef<HTMLParagraphElement>(null)
  /**
   * Where focus goes once what was just done is said: Save and Discard are disabled by it, and
   * focus fell to the page's body (new-user trial 32 #2). 'always' after a button of the bar;
   * 'ifLost' after a key pressed elsewhere (Ctrl+Enter in a field stays in the field).
   */
  const focusStatus = useRef<'always' | 'ifLost' | null>(null)
  useEffect(() => {
    const request = focusStatus.current
    if (request === null || busy) return
    focusStatus.current = null
    if (request === 'always' || focusLost()) statusRef.current?.focus()
  })
  const [query, setQuery] = useState('')
  const toSimplified = useFold(fold)
  const filter = useMemo(() => rulesFilter(query, toSimplified), [query, toSimplified])

  useEffect(() => {
    store.setStored(stored)
  }, [store, stored])
  useEffect(() => {
    // zod words its messages in the current locale: word the refusals again.
    store.refresh()
  }, [store, i18n.language])

  async function write(
    action: () => Promise<void>,
    done: string,
    focus: 'always' | 'ifLost' = 'ifLost',
  ) {
    setBusy(true)
    try {
      await action()
      store.discard()
      setStatus({ text: done, error: false })
    } catch (error) {
      const detail =
        error instanceof DataValidationError
          ? error.issues.map((issue) => issue.path).join(', ')
          : String(error)
      setStatus({ text: t('rules.preview.saveFailed', { detail }), error: true })
    } finally {
      focusStatus.current = focus
      setBusy(false)
    }
  }

  const save = (focus: 'always' | 'ifLost') => {
    const { overrides } = store.current()
    return write(
      () =>
        Object.keys(overrides).length === 0
          ? clearRulesetOverrides(db)
          : saveRulesetOverrides(db, overrides),
      t('rules.preview.saved'),
      focus,
    )
  }
  const resetAll = () => write(() => clearRulesetOverrides(db), t('rules.resetAll.done'))

  /**
   * Ctrl/⌘+Enter saves, from anywhere on the screen, as in the profile, skill, journal entry
   * and goal forms (new-user trial 32 #3); with nothing to save, or values refused, it says so.
   */
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return
    if (event.nativeEvent.isComposing || busy) return
    event.preventDefault()
    const draft = store.current()
    if (!draft.dirty) setStatus({ text: t('rules.preview.nothingToSave'), error: false })
    else if (!draft.valid) setStatus({ text: t('rules.preview.fixFirst'), error: true })
    else void save('ifLost')
  }

  return (
    <RulesDraftContext value={store}>
      <RulesSayContext value={setStatus}>
        {/* Only to hear Ctrl/⌘+Enter from every control of the screen: it draws no box. */}
        <div className="rules-body" onKeyDown={onKeyDown}>
          {stored.rulesetInUse.overrideIssues.length > 0 ? (
            <StoredIssuesBanner
              overrides={stored.rulesetInUse.overrides}
              busy={busy}
              onResetAll={resetAll}
            />
          ) : null}
          <PreviewBar
            busy={busy}
            status={status}
            statusRef={statusRef}
            onSave={() => void save('always')}
            onDiscard={() => {
              store.discard()
              setStatus({ text: t('rules.preview.discarded'), error: false })
              focusStatus.current = 'always'
            }}
          />
          <RulesFileBar
            storedOverrides={stored.rulesetInUse.overrides}
            busy={busy}
            onStatus={setStatus}
            onLoad={(overrides: RulesetOverrides) => {
              store.load(overrides)
            }}
            onResetAll={resetAll}
          />
          <div className="rules-find field">
            <label htmlFor="rules-filter">{t('rules.filter.label')}</label>
            <input
              id="rules-filter"
              type="search"
              value={query}
              placeholder={t('rules.filter.placeholder')}
              onChange={(event) => {
                setQuery(event.target.value)
              }}
            />
          </div>
          {filter.query === '' ? <RulesToc /> : null}
          <RulesFilterContext value={filter}>
            <RulesSections query={query.trim()} />
          </RulesFilterContext>
        </div>
      </RulesSayContext>
    </RulesDraftContext>
  )
}

/** Focus is nowhere a keyboard user can go on from: the body, gone, or a disabled control. */
function focusLost(): boolean {
  const focused = document.activeElement
  return (
    !focused ||
    focused === document.body ||
    !focused.isConnected ||
    (focused instanceof HTMLButtonElement && focused.disabled)
  )
}

const SECTIONS = [
  DomainsSection,
  ScoringSection,
  TiersSection,
  ModifiersSection,
  RiskSection,
  DownsideSection,
  RecommendationSection,
  CitiesSection,
  TaxSection,
  ReferenceSection,
]

/** Memoized: typing in a field redraws that field (it subscribes to the draft), not the page. */
const RulesSections = memo(function RulesSections({ query }: { query: string }) {
  const { t } = useTranslation()
  return (
    <div className="rules-sections">
      {SECTIONS.map((Section, index) => (
        <Section key={index} />
      ))}
      {/* Each section hides itself when nothing in it matches; this line shows when all did. */}
      {query ? (
        <p className="muted rules-no-match" role="status">
          {t('rules.filter.none', { query })}
        </p>
      ) : null}
    </div>
  )
})
