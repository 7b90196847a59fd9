import type { TFunction } from 'i18next'
import type { SkillAssessment } from '../../../../domain/assess'
import { formatFenRange } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'

/**
 * The shaded band's label, by whose total it is: the person's own expected total (their pay ×
 * the raise band, lifted or not), or, without a current pay, the yearly total the article gives
 * an in-field PhD (premium's, expectedTotalBasis 'tier'), not the person's tier's (review 20 M2:
 * "Core talent: 1M–2M/yr" named premium's total after the person's tier).
 */
export function marketBandLabel(
  skills: Pick<SkillAssessment, 'expectedTotal' | 'expectedTotalBasis'>,
  t: TFunction,
  language: UiLanguage,
): string | null {
  if (!skills.expectedTotal) return null
  const range = formatFenRange(skills.expectedTotal, language, 'year')
  return skills.expectedTotalBasis === 'tier'
    ? t('offerCompare.market.bandInFieldPhd', { range })
    : t('offerCompare.market.bandYours', { range })
}

/**
 * The chart's description of its shaded band, by whose total it is, as the label says: the
 * in-field PhD's total is not "what a move can reach at your tier" (review 21, charts21).
 */
export function marketDescription(
  skills: Pick<SkillAssessment, 'expectedTotalBasis'>,
  shaded: boolean,
  tier: string,
  t: TFunction,
): string {
  if (!shaded) return t('offerCompare.market.noBand')
  return skills.expectedTotalBasis === 'tier'
    ? t('offerCompare.market.descriptionInFieldPhd')
    : t('offerCompare.market.description', { tier })
}
