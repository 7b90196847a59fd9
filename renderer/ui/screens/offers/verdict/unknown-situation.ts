import type { TFunction } from 'i18next'
import type { OfferAssessment } from '../../../../domain/assess'
import type { Reason } from '../../../../domain/reason'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { offerReasonText } from '../../../reasons/offer-reason-text'

/**
 * @deprecated Kept only for renderer/ui/report/offer-report-model.ts until it drops it: the
 * engine now weighs stability 'unknown' before a profile is saved (data/assessment-input.ts),
 * and offerReasonText words it, so there is nothing to rewrite.
 */
export function withSituationUnknown(assessed: OfferAssessment): OfferAssessment {
  return assessed
}

/** @deprecated Use offerReasonText (reasons/offer-reason-text.ts); same sentence. */
export function offerReasonSentence(
  reason: Reason,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
): string {
  return offerReasonText(reason, t, language, ruleset)
}
