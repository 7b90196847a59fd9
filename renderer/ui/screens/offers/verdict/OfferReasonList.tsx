import { memo, useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reason } from '../../../../domain/reason'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { ReasonList } from '../../../reasons/ReasonList'
import { offerReasonAssumption, offerReasonText } from '../../../reasons/offer-reason-text'

/** What the reasons say, as text: equal keys, equal list, so a keystroke elsewhere skips it. */
function reasonsKey(reasons: readonly Reason[]): string {
  return reasons
    .map((reason) => `${reason.ruleId}|${String(reason.points)}|${JSON.stringify(reason.facts)}`)
    .join('\n')
}

/** An offer's reasons in plain words, each opening its source, assumptions marked. */
export const OfferReasonList = memo(
  function OfferReasonList({
    reasons,
    ruleset,
    label,
  }: {
    reasons: readonly Reason[]
    ruleset: Ruleset
    label?: string | undefined
  }) {
    const { t, i18n } = useTranslation()
    const language = i18n.language as UiLanguage
    const sentence = useCallback(
      (reason: Reason) => offerReasonText(reason, t, language, ruleset),
      [t, language, ruleset],
    )
    const assumptionFor = useCallback(
      (reason: Reason) => offerReasonAssumption(ruleset, reason),
      [ruleset],
    )
    return (
      <ReasonList
        reasons={reasons}
        sentence={sentence}
        assumptionFor={assumptionFor}
        label={label}
      />
    )
  },
  (before, after) =>
    before.ruleset === after.ruleset &&
    before.label === after.label &&
    reasonsKey(before.reasons) === reasonsKey(after.reasons),
)
