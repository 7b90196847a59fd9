import type { TFunction } from 'i18next'
import type { OfferAssessment } from '../../../../domain/assess'
import type { Reason } from '../../../../domain/reason'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'
import { offerReasonText } from '../../../reasons/offer-reason-text'
import { numberFact } from '../../../reasons/reason-sentence'

/** The stability a reason carries when the user's situation is not known (no profile saved). */
const UNKNOWN = 'unknown'

/**
 * Before a profile is saved the engine weighs a neutral one, whose stability is 'not-employed'
 * (data/assessment-input.ts): the app does not know that the user has no job, so the offer's
 * reasons say the situation is unknown instead. The figures are the engine's, unchanged.
 */
export function withSituationUnknown(assessed: OfferAssessment): OfferAssessment {
  if (!assessed.ok) return assessed
  const { reasons } = assessed.recommendation
  if (!reasons.some((reason) => reason.facts['stability'] === 'not-employed')) return assessed
  return {
    ...assessed,
    recommendation: {
      ...assessed.recommendation,
      reasons: reasons.map((reason) =>
        reason.facts['stability'] === 'not-employed'
          ? { ...reason, facts: { ...reason.facts, stability: UNKNOWN } }
          : reason,
      ),
    },
  }
}

/** An offer's reason in plain words; a high risk whose bearer's situation is unknown says so. */
export function offerReasonSentence(
  reason: Reason,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
): string {
  if (
    reason.ruleId === ruleset.recommendation.negotiateHighRisk.id &&
    reason.facts['stability'] === UNKNOWN
  ) {
    return t('offerVerdict.reasons.negotiateHighRisk', {
      score: formatNumber(numberFact(reason, 'riskScore'), language),
      situation: t('offerVerdict.reasons.situation.unknown'),
    })
  }
  return offerReasonText(reason, t, language, ruleset)
}
