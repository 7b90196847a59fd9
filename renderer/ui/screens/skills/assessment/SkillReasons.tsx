import { memo, useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reason } from '../../../../domain/reason'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { pointsAsShown } from '../../../../domain/skills/points-as-shown'
import type { UiLanguage } from '../../../i18n/i18n'
import { ReasonList } from '../../../reasons/ReasonList'
import type { SaidReason } from '../../../reasons/changed-rule-text'
import {
  reasonSaid,
  skillReasonAssumption,
  type EvidenceLifts,
} from '../../../reasons/skill-reason-text'

/** What a reason says, as text: its rule, points and facts (its sentence reads nothing else). */
function reasonKey(reason: Reason): string {
  return `${reason.ruleId}|${String(reason.points)}|${JSON.stringify(reason.facts)}`
}

/** Equal keys, equal list, so a keystroke elsewhere skips it. */
function reasonsKey(reasons: readonly Reason[]): string {
  return reasons.map(reasonKey).join('\n')
}

/** Sentences kept while the words, language and rules stay the same: a keystroke that moves
 *  one reason says that one again, not all of them. Bounded, as a long session types many. */
const SENTENCES_KEPT = 500

/** Every reason of the score, in plain words, each opening its source. The points are rounded
 *  together (pointsAsShown), so the parts add up to the score shown above them. */
export const SkillReasons = memo(
  function SkillReasons({
    reasons,
    ruleset,
    lifts,
  }: {
    reasons: readonly Reason[]
    ruleset: Ruleset
    /** The journal entries that lift a domain's evidence cap, named in its reason. */
    lifts?: EvidenceLifts | undefined
  }) {
    const { t, i18n } = useTranslation()
    const language = i18n.language as UiLanguage
    const shown = useMemo(() => {
      const points = pointsAsShown(reasons)
      return reasons.map((reason, index) => ({ ...reason, points: points[index] ?? reason.points }))
    }, [reasons])
    const sentence = useMemo(() => {
      const said = new Map<string, SaidReason>()
      return (reason: Reason) => {
        const key = reasonKey(reason)
        let text = said.get(key)
        if (text === undefined) {
          if (said.size >= SENTENCES_KEPT) said.clear()
          text = reasonSaid(reason, t, language, ruleset, lifts)
          said.set(key, text)
        }
        return text
      }
    }, [t, language, ruleset, lifts])
    const assumptionFor = useCallback(
      (reason: Reason) => skillReasonAssumption(ruleset, reason),
      [ruleset],
    )
    return (
      <section className="assessment-block" aria-labelledby="assessment-reasons-title">
        <h3 id="assessment-reasons-title">{t('assessment.reasons.title')}</h3>
        <ReasonList reasons={shown} sentence={sentence} assumptionFor={assumptionFor} />
      </section>
    )
  },
  (before, after) =>
    before.ruleset === after.ruleset &&
    before.lifts === after.lifts &&
    reasonsKey(before.reasons) === reasonsKey(after.reasons),
)
