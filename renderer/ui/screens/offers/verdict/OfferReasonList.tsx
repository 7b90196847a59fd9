import { memo, useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reason } from '../../../../domain/reason'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { formatPoints } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { ReasonList } from '../../../reasons/ReasonList'
import { offerReasonAssumption, offerReasonText } from '../../../reasons/offer-reason-text'

/** What the reasons say, as text: equal keys, equal list, so a keystroke elsewhere skips it. */
function reasonsKey(reasons: readonly Reason[]): string {
  return reasons
    .map((reason) => `${reason.ruleId}|${String(reason.points)}|${JSON.stringify(reason.facts)}`)
    .join('\n')
}

/**
 * An offer's reasons in plain words, each opening its source, assumptions marked. `points`
 * says what the reasons' points count toward: the risk score (as written), or, for the skill
 * modifiers an accept cites, the skill score, said so beside the points.
 */
export const OfferReasonList = memo(
  function OfferReasonList({
    reasons,
    ruleset,
    label,
    points = 'as-written',
  }: {
    reasons: readonly Reason[]
    ruleset: Ruleset
    label?: string | undefined
    points?: 'as-written' | 'skill-score'
  }) {
    const { t, i18n } = useTranslation()
    const language = i18n.language as UiLanguage
    const sentence = useCallback(
      (reason: Reason) =>
        points === 'skill-score' && reason.points !== 0
          ? t('offerVerdict.recommendation.skillPoints', {
              sentence: offerReasonText({ ...reason, points: 0 }, t, language, ruleset),
              points: formatPoints(reason.points, language),
            })
          : offerReasonText(reason, t, language, ruleset),
      [t, language, ruleset, points],
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
    before.points === after.points &&
    reasonsKey(before.reasons) === reasonsKey(after.reasons),
)
