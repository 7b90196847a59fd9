import type { SpecialDeductions } from '../model/settings'
import { fenFromYuan, type Fen } from '../money'
import type { Ruleset } from '../ruleset/ruleset-schema'

/** 专项附加扣除 for a year, from the user's situation and the ruleset's amounts. */
export function annualSpecialDeductions(situation: SpecialDeductions, ruleset: Ruleset): Fen {
  const amounts = ruleset.tax.specialDeductions
  let yuan =
    12 *
    (situation.children * amounts.childMonthlyYuan +
      situation.infants * amounts.infantMonthlyYuan +
      elderlyParentsMonthly(situation, amounts))
  if (situation.continuingEducation === 'degree')
    yuan += 12 * amounts.continuingEducationDegreeMonthlyYuan
  if (situation.continuingEducation === 'certificate')
    yuan += amounts.continuingEducationCertificateYearlyYuan
  if (situation.housing === 'mortgage') yuan += 12 * amounts.mortgageMonthlyYuan
  if (situation.housing.startsWith('rent-')) {
    yuan += 12 * amounts.rentMonthlyYuan[situation.housing as keyof typeof amounts.rentMonthlyYuan]
  }
  yuan += Math.min(situation.seriousIllnessYearly, amounts.seriousIllnessMaxYearlyYuan)
  return fenFromYuan(yuan)
}

type Amounts = Ruleset['tax']['specialDeductions']

/** An only child claims the whole amount, a sibling a share up to the cap (国发〔2023〕13号). */
function elderlyParentsMonthly(situation: SpecialDeductions, amounts: Amounts): number {
  switch (situation.elderlyParents) {
    case 'none':
      return 0
    case 'only-child':
      return amounts.elderlyParentsMonthlyYuan
    case 'sibling-share':
      return Math.min(situation.elderlyParentsMonthly, amounts.elderlyParentsSharedMaxMonthlyYuan)
    case undefined:
      return Math.min(situation.elderlyParentsMonthly, amounts.elderlyParentsMonthlyYuan)
  }
}
