import type { TFunction } from 'i18next'
import { memo, useEffect, useMemo, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import {
  assessWithDraft,
  type LiveAssessment,
  type StoredForAssessment,
} from '../../hooks/use-assessment'
import type { UiLanguage } from '../../i18n/i18n'
import { formatNumber, tierName } from '../../reasons/names'
import { tierGateText } from '../../reasons/skill-reason-text'
import { fieldId } from './override-paths'
import { fieldIssueMessage, issueWhere } from './rule-text'
import { useDraftSelector, useDraftStore, type RulesDraft } from './use-rules-draft'
import { verdictFlips, type VerdictKey } from './verdict-flips'

export interface RulesStatus {
  text: string
  error: boolean
}

/** A note shown in the bar, with the draft's revision when it was said. */
export interface ShownStatus extends RulesStatus {
  revision: number
}

/** The user's assessment under the rules in use and, while a valid draft differs, under it. */
function usePreviewAssessments(stored: StoredForAssessment, draft: RulesDraft) {
  const before = useMemo(() => assessWithDraft(stored), [stored])
  const after = useMemo(
    () =>
      draft.dirty && draft.valid ? assessWithDraft(stored, { overrides: draft.overrides }) : null,
    [stored, draft.dirty, draft.valid, draft.overrides],
  )
  return { before, after }
}

/** "Your tier: Mid-level → Premium, score 26.3 → 52.5": the draft's effect on the user's own
 *  assessment, before anything is saved. */
function previewText(
  t: TFunction,
  language: UiLanguage,
  draft: RulesDraft,
  before: LiveAssessment,
  after: LiveAssessment | null,
): string {
  if (!draft.valid) return t('rules.preview.invalid')
  const was = before.assessment.skills
  const tierBefore = tierName(before.ruleset, was.tier, language)
  if (!after) {
    const current = t('rules.preview.current', {
      tier: tierBefore,
      score: formatNumber(was.score, language),
    })
    const gate = tierGateText(was.reasons, t, language, before.ruleset)
    return gate ? t('rules.preview.gated', { preview: current, gate }) : current
  }
  const now = after.assessment.skills
  const said = sameOrChanged(t, language, before, after)
  // A score past a higher tier's line that stays below it says what holds it (trial 20 #10).
  const gate = tierGateText(now.reasons, t, language, after.ruleset)
  return gate ? t('rules.preview.gated', { preview: said, gate }) : said
}

/** The tier and score under the draft beside the rules in use. */
function sameOrChanged(
  t: TFunction,
  language: UiLanguage,
  before: LiveAssessment,
  after: LiveAssessment,
): string {
  const was = before.assessment.skills
  const tierBefore = tierName(before.ruleset, was.tier, language)
  const now = after.assessment.skills
  const scores = {
    scoreFrom: formatNumber(was.score, language),
    scoreTo: formatNumber(now.score, language),
  }
  if (now.tier === was.tier) {
    // A draft that moves neither says so once: "Premium, score 50.4 (unchanged)", not "50.4 → 50.4".
    return scores.scoreFrom === scores.scoreTo
      ? t('rules.preview.sameScore', { tier: tierBefore, score: scores.scoreFrom })
      : t('rules.preview.sameTier', { tier: tierBefore, ...scores })
  }
  return t('rules.preview.changed', {
    from: tierBefore,
    to: tierName(after.ruleset, now.tier, language),
    ...scores,
  })
}

/**
 * "An EV maker · LLM algorithm engineer: Accept → Negotiate": the stored offers whose advice
 * the draft changes, computed by the engine as the offers screen's (assess, in the same pass as
 * the tier above: no second assessment). Nothing is said until a valid draft differs.
 */
const OfferFlips = memo(function OfferFlips({
  before,
  after,
}: {
  before: LiveAssessment
  after: LiveAssessment | null
}) {
  const { t } = useTranslation()
  const flips = useMemo(
    () =>
      after
        ? verdictFlips(before.sources.offers, before.assessment.offers, after.assessment.offers)
        : null,
    [before, after],
  )
  const offerCount = before.sources.offers.length
  const verdict = (key: VerdictKey) => t(`offerStatus.recommendations.${key}`)
  return (
    <div className="rules-preview-offers" aria-live="polite">
      {flips === null || offerCount === 0 ? null : flips.length === 0 ? (
        <p className="hint">{t('rules.preview.offersSame', { count: offerCount })}</p>
      ) : (
        <>
          <p>{t('rules.preview.offersChanged', { count: flips.length })}</p>
          {/* Focusable: past a few offers it scrolls (rules.css), and keys must reach them. */}
          <ul tabIndex={0}>
            {flips.map((flip) => (
              <li key={flip.offerId}>
                {t('rules.preview.offerFlip', {
                  offer: flip.name,
                  from: verdict(flip.from),
                  to: verdict(flip.to),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
})

/** Every refused value, each a link to its field: the fields can be far down the page. */
function IssueSummary({ draft }: { draft: RulesDraft }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const store = useDraftStore()
  if (draft.issues.length === 0) return null
  return (
    <div className="rules-issue-summary">
      <p>{t('rules.preview.issues', { count: draft.issues.length })}</p>
      <ul>
        {draft.issues.map((issue, index) => {
          // A field on screen names itself and can be reached; anything else is named by path.
          const label = store.labelOf(issue.path)
          return (
            <li key={index}>
              {label ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    const target = document.getElementById(fieldId(issue.path))
                    target?.scrollIntoView({ block: 'center' })
                    target?.focus()
                  }}
                >
                  {label}
                </button>
              ) : (
                issueWhere(t, draft.ruleset, issue, language, (path) => store.labelOf(path))
              )}
              {t('rules.issue.separator')}
              {fieldIssueMessage(t, issue, language)}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/**
 * The bar's height as drawn, set on the screen as --rules-bar-height: what a heading or a field
 * scrolled to must clear (rules.css). It grows with a status line and the refusals.
 */
function useBarHeight() {
  const bar = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = bar.current
    const screen = element?.closest<HTMLElement>('.rules-screen')
    if (!element || !screen || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      screen.style.setProperty('--rules-bar-height', `${String(element.offsetHeight)}px`)
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [])
  return bar
}

/**
 * Stays in view while the user edits far down the page: the effect on their tier, Save and
 * Discard, what just happened, and what is refused.
 */
export function PreviewBar({
  busy,
  status,
  statusRef,
  onSave,
  onDiscard,
}: {
  busy: boolean
  status: ShownStatus | null
  /** The status line: focus goes there when the button that had it goes (RulesScreen). */
  statusRef: RefObject<HTMLParagraphElement | null>
  onSave: () => void
  onDiscard: () => void
}) {
  const { t, i18n } = useTranslation()
  // The bar follows every change of the draft (it is small): the whole snapshot.
  const draft = useDraftSelector((current) => current)
  const stored = draft.stored
  const { before, after } = usePreviewAssessments(stored, draft)
  const preview = previewText(t, i18n.language as UiLanguage, draft, before, after)
  const profileSaved = stored.sources.profile !== undefined
  // What was just done ("Saved …", "Read …: save to keep them") holds until the draft changes
  // again: beside later edits it said the opposite of "Unsaved changes".
  const note = status?.revision === draft.revision ? status : null
  const bar = useBarHeight()
  return (
    <div ref={bar} className="rules-bar" role="region" aria-label={t('rules.preview.label')}>
      <div className="rules-bar-main">
        <div>
          <p className="rules-preview" aria-live="polite" aria-atomic="true">
            {preview}
          </p>
          <OfferFlips before={before} after={after} />
          {profileSaved ? null : (
            <p className="hint">
              {t('rules.preview.neutralProfile')}{' '}
              <a href="#/skills">{t('rules.preview.fillProfile')}</a>
            </p>
          )}
        </div>
        <div className="rules-bar-actions">
          {draft.dirty ? <span className="rules-unsaved">{t('rules.preview.unsaved')}</span> : null}
          <button
            type="button"
            className="primary"
            disabled={!draft.dirty || !draft.valid || busy}
            onClick={onSave}
          >
            {t('rules.preview.save')}
          </button>
          <button type="button" disabled={!draft.dirty || busy} onClick={onDiscard}>
            {t('rules.preview.discard')}
          </button>
        </div>
      </div>
      <p
        role="status"
        ref={statusRef}
        tabIndex={-1}
        className={`status${note?.error ? ' error' : ''}`}
      >
        {note?.text ?? ''}
      </p>
      <IssueSummary draft={draft} />
    </div>
  )
}
