import type { SocialInsurance, SpecialDeductions } from '../model/settings'
import { fenFromYuan, maxFen, minFen, timesBasisPoints, timesMonths, type Fen } from '../money'
import type { Ruleset } from '../ruleset/ruleset-schema'

/**
 * The employee's social insurance and housing fund for a year: the monthly base pay bounded
 * by the city's floor and cap, times the summed rates, times 12.
 */
export function annualSocialInsurance(
  monthlyBase: Fen,
  rates: SocialInsurance,
): { annual: Fen; base: Fen; ratePercent: number } {
  const base = maxFen(
    fenFromYuan(rates.baseFloorMonthly),
    minFen(monthlyBase, fenFromYuan(rates.baseCapMonthly)),
  )
  const ratePercent =
    rates.pensionPercent +
    rates.medicalPercent +
    rates.unemploymentPercent +
    rates.housingFundPercent
  // Percent to basis points: 17.5% is 1,750 bp, an integer, so the product rounds once.
  const monthly = timesBasisPoints(base, Math.round(ratePercent * 100))
  return { annual: timesMonths(monthly, 12), base, ratePercent }
}

/** 专项附加扣除 for a year, from the user's situation and the ruleset's amounts. */
export function annualSpecialDeductions(situation: SpecialDeductions, ruleset: Ruleset): Fen {
  const amounts = ruleset.tax.specialDeductions
  let yuan =
    12 *
    (situation.children * amounts.childMonthlyYuan +
      situation.infants * amounts.infantMonthlyYuan +
      situation.elderlyParentsMonthly)
  if (situation.continuingEducation === 'degree')
    yuan += 12 * amounts.continuingEducationDegreeMonthlyYuan
  if (situation.continuingEducation === 'certificate')
    yuan += amounts.continuingEducationCertificateYearlyYuan
  if (situation.housing === 'mortgage') yuan += 12 * amounts.mortgageMonthlyYuan
  if (situation.housing.startsWith('rent-')) {
    yuan += 12 * amounts.rentMonthlyYuan[situation.housing as keyof typeof amounts.rentMonthlyYuan]
  }
  yuan += situation.seriousIllnessYearly
  return fenFromYuan(yuan)
}
