import { memo, useCallback, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TierId } from '../../../../domain/model/enums'
import type { Reason } from '../../../../domain/reason'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { pointsAsShown } from '../../../../domain/skills/points-as-shown'
import {
  gapExplanation,
  gapExplanationKey,
  type SkillGap,
} from '../../../../domain/skills/skill-gaps'
import type { UiLanguage } from '../../../i18n/i18n'
import { ReasonList } from '../../../reasons/ReasonList'
import { gapNotes, gapPartsTotal, gapText } from '../../../reasons/skill-gap-text'
import { reasonSaid, skillReasonAssumption } from '../../../reasons/skill-reason-text'
import './GapList.css'

function gapKey(gap: SkillGap): string {
  // With the scores behind its explanation: a profile change can move the parts (and the tier
  // reason's score) while the gap's own fields stay the same.
  return `${gap.domain}|${gap.action}|${String(gap.needsEvidence)}|${gap.fromLevel}|${gap.toLevel}|${gap.scoreGain}|${gap.tierAfter}|${gapExplanationKey(gap)}`
}

function gapsKey(gaps: readonly SkillGap[]): string {
  return gaps.map(gapKey).join('\n')
}

/** "What would raise my score most": the engine's gaps, best gain first, with the tier reached. */
export const GapList = memo(
  function GapList({
    gaps,
    tier,
    ruleset,
    atTop,
  }: {
    gaps: readonly SkillGap[]
    tier: TierId
    ruleset: Ruleset
    /** The score is 100: no step adds to it, though domains may be left (review 20). */
    atTop: boolean
  }) {
    const { t } = useTranslation()
    return (
      <section className="assessment-block" aria-labelledby="assessment-gaps-title">
        <h3 id="assessment-gaps-title">{t('assessment.gaps.title')}</h3>
        {gaps.length === 0 ? (
          <p className="muted">{t(atTop ? 'assessment.gaps.atTop' : 'assessment.gaps.none')}</p>
        ) : (
          <ol className="gap-list">
            {gaps.map((gap) => {
              return (
                <li key={`${gap.domain}:${gap.action}`} className="gap">
                  <GapLine gap={gap} tier={tier} ruleset={ruleset} />
                </li>
              )
            })}
          </ol>
        )}
      </section>
    )
  },
  (before, after) =>
    before.tier === after.tier &&
    before.ruleset === after.ruleset &&
    before.atTop === after.atTop &&
    gapsKey(before.gaps) === gapsKey(after.gaps),
)

/** One gap's words and its disclosure (the list item is the caller's). */
const GapLine = memo(function GapLine({
  gap,
  tier,
  ruleset,
}: {
  gap: SkillGap
  tier: TierId
  ruleset: Ruleset
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  // A few words a gap: the list itself is skipped while no gap changes (its memo below).
  const text = gapText(gap, tier, t, language, ruleset)
  const actionId = useId()
  return (
    <>
      <span className="gap-action" id={actionId}>
        {text.action}
      </span>
      <span className="gap-effect" data-tier-change={gap.tierAfter !== tier}>
        {text.effect}
      </span>
      <GapWhy gap={gap} tier={tier} ruleset={ruleset} aboutId={actionId} />
    </>
  )
})

/**
 * A gap's "How it adds up": the parts of its points, each a rule of the score with its source
 * (the domain at its new level and rank, the domains its rank moves, breadth, the tier reached
 * and what that tier asks), then a shorter step where the gap jumps more than a level (trial 20
 * #2: the gaps were the one part of the assessment without a "why"). Worked out only while open:
 * the gaps change on every keystroke of the skill form, and a closed disclosure costs nothing.
 */
export function GapWhy({
  gap,
  tier,
  ruleset,
  aboutId,
}: {
  gap: SkillGap
  tier: TierId
  ruleset: Ruleset
  /** The gap's action, which the disclosure's name takes after its label (as a Source's does). */
  aboutId: string
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const labelId = useId()
  return (
    <details
      className="gap-why"
      onToggle={(event) => {
        setOpen(event.currentTarget.open)
      }}
    >
      <summary id={labelId} aria-labelledby={`${labelId} ${aboutId}`}>
        {t('assessment.gaps.why')}
      </summary>
      {open ? <GapParts gap={gap} tier={tier} ruleset={ruleset} /> : null}
    </details>
  )
}

function GapParts({ gap, tier, ruleset }: { gap: SkillGap; tier: TierId; ruleset: Ruleset }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const explanation = useMemo(() => gapExplanation(gap), [gap])
  const parts = useMemo(() => {
    if (!explanation) return []
    // Rounded together, so the parts add up to the gain shown above them: the difference of
    // the two scores as shown (58.4 + 22 = 80.4), not the gain rounded alone (trial 34 #5).
    const shown = pointsAsShown(explanation.parts, 1, gapPartsTotal(explanation))
    return explanation.parts.map((part, index) => ({ ...part, points: shown[index] ?? 0 }))
  }, [explanation])
  const sentence = useCallback(
    (reason: Reason) => reasonSaid(reason, t, language, ruleset),
    [t, language, ruleset],
  )
  const assumptionFor = useCallback(
    (reason: Reason) => skillReasonAssumption(ruleset, reason),
    [ruleset],
  )
  if (!explanation) return null
  return (
    <div className="gap-why-body">
      {/* Each line says the rule as it stands after the step, its points the change (a "+45"
          beside "counted in full" read as the domain's whole points). */}
      <p className="gap-why-note">{t('assessment.gaps.partsIntro')}</p>
      <ReasonList
        reasons={parts}
        sentence={sentence}
        assumptionFor={assumptionFor}
        label={t('assessment.gaps.partsLabel')}
      />
      {gapNotes(gap, explanation, tier, t, language, ruleset).map((note) => (
        <p key={note} className="gap-why-note">
          {note}
        </p>
      ))}
    </div>
  )
}
