import { memo, useCallback, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reason } from '../../../../domain/reason'
import type { Assumption, Citation } from '../../../../domain/ruleset/citation'
import { CitationView } from '../../../citation/CitationView'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { formatPoints } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { reasonKeys } from '../../../reasons/ReasonList'
import '../../../reasons/reasons.css'
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
    // ReasonList's list, each reason's 'Source' named with its reason's sentence for screen
    // readers: the verdict has about 15, which all read 'Source assumption' (trial 18 #9).
    const keys = reasonKeys(reasons)
    return (
      <ul className="reason-list" aria-label={label}>
        {reasons.map((reason, index) => {
          return (
            <OfferReasonItem
              key={keys[index]}
              text={sentence(reason)}
              effect={reason.points > 0 ? 'adds' : reason.points < 0 ? 'takes' : 'none'}
              citation={reason.citation}
              assumption={
                reason.assumption ? (offerReasonAssumption(ruleset, reason) ?? true) : undefined
              }
            />
          )
        })}
      </ul>
    )
  },
  (before, after) =>
    before.ruleset === after.ruleset &&
    before.label === after.label &&
    before.points === after.points &&
    reasonsKey(before.reasons) === reasonsKey(after.reasons),
)

/** One reason and its source: memoised on what it shows, as ReasonList's items are, so a
 *  keystroke that moves one reason redraws that one. */
const OfferReasonItem = memo(function OfferReasonItem({
  text,
  effect,
  citation,
  assumption,
}: {
  text: string
  effect: 'adds' | 'none' | 'takes'
  citation: Citation
  assumption: Assumption | true | undefined
}) {
  const textId = useId()
  return (
    <li className="reason" data-effect={effect}>
      <p className="reason-text" id={textId}>
        {text}
      </p>
      <CitationView citation={citation} assumption={assumption} aboutId={textId} />
    </li>
  )
})
