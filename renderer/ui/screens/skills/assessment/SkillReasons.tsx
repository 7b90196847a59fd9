import { memo, useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reason } from '../../../../domain/reason'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { ReasonList } from '../../../reasons/ReasonList'
import { reasonText, skillReasonAssumption } from '../../../reasons/skill-reason-text'

/** What the reasons say, as text: equal keys, equal list, so a keystroke elsewhere skips it. */
function reasonsKey(reasons: readonly Reason[]): string {
  return reasons
    .map((reason) => `${reason.ruleId}|${String(reason.points)}|${JSON.stringify(reason.facts)}`)
    .join('\n')
}

/** Every reason of the score, in plain words, each opening its source. */
export const SkillReasons = memo(
  function SkillReasons({ reasons, ruleset }: { reasons: readonly Reason[]; ruleset: Ruleset }) {
    const { t, i18n } = useTranslation()
    const language = i18n.language as UiLanguage
    const sentence = useCallback(
      (reason: Reason) => reasonText(reason, t, language, ruleset),
      [t, language, ruleset],
    )
    const assumptionFor = useCallback(
      (reason: Reason) => skillReasonAssumption(ruleset, reason),
      [ruleset],
    )
    return (
      <section className="assessment-block" aria-labelledby="assessment-reasons-title">
        <h3 id="assessment-reasons-title">{t('assessment.reasons.title')}</h3>
        <ReasonList reasons={reasons} sentence={sentence} assumptionFor={assumptionFor} />
      </section>
    )
  },
  (before, after) =>
    before.ruleset === after.ruleset && reasonsKey(before.reasons) === reasonsKey(after.reasons),
)
