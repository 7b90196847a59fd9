import { matchCity } from '../cities/match-city'
import type { SocialInsuranceSettings } from '../model/settings'
import { fenFromYuan, maxFen, minFen, timesBasisPoints, timesMonths, type Fen } from '../money'
import type { SocialInsurancePreset } from '../ruleset/city-schema'
import type { Ruleset } from '../ruleset/ruleset-schema'

/** The employee's rates (percent) and the monthly base's floor and cap (yuan) in force. */
export interface SocialInsuranceRates {
  pensionPercent: number
  medicalPercent: number
  unemploymentPercent: number
  housingFundPercent: number
  baseFloorMonthly: number
  baseCapMonthly: number
}

const OVERRIDABLE = [
  'pensionPercent',
  'medicalPercent',
  'unemploymentPercent',
  'housingFundPercent',
  'baseFloorMonthly',
  'baseCapMonthly',
] as const satisfies readonly (keyof SocialInsuranceRates)[]

/** The rates for one job, and where they came from, for the "why?" of the tax. */
export interface ResolvedSocialInsurance extends SocialInsuranceRates {
  preset: SocialInsurancePreset
  /** The city setting, the job's city, or no match (the ruleset's fallback city). */
  chosenBy: 'setting' | 'city' | 'fallback'
  /** The fields the user set, in place of the preset's. */
  overridden: (keyof SocialInsuranceRates)[]
}

/**
 * The social-insurance figures for a job in `cityText`: the city setting's preset if the user
 * chose one, else the preset of the city the text names, else the fallback city's; then each
 * figure the user set replaces the preset's.
 */
export function socialInsuranceFor(
  settings: SocialInsuranceSettings,
  cityText: string,
  ruleset: Ruleset,
): ResolvedSocialInsurance {
  const rule = ruleset.tax.socialInsurance
  const presetOf = (cityId: string | undefined) =>
    rule.presets.find((preset) => preset.cityId === cityId)
  let chosenBy: ResolvedSocialInsurance['chosenBy'] = 'setting'
  let preset = settings.cityPreset === 'auto' ? undefined : presetOf(settings.cityPreset)
  if (!preset) {
    chosenBy = 'city'
    preset = presetOf(matchCity(cityText, ruleset.cities)?.id)
  }
  if (!preset) {
    chosenBy = 'fallback'
    preset = presetOf(rule.fallbackCityId)
  }
  // The schema makes sure the fallback city has a preset.
  if (!preset) throw new Error('ruleset has no social-insurance preset for its fallback city')
  const fromPreset: SocialInsuranceRates = {
    pensionPercent: preset.pensionPercent,
    medicalPercent: preset.medicalPercent,
    unemploymentPercent: preset.unemploymentPercent,
    housingFundPercent: preset.housingFund.defaultPercent,
    baseFloorMonthly: preset.baseFloorMonthlyYuan,
    baseCapMonthly: preset.baseCapMonthlyYuan,
  }
  const overridden = OVERRIDABLE.filter((key) => settings[key] !== undefined)
  const rates = { ...fromPreset }
  for (const key of overridden) rates[key] = settings[key] ?? fromPreset[key]
  return { ...rates, preset, chosenBy, overridden }
}

/**
 * The employee's social insurance and housing fund for a year: the monthly base pay bounded
 * by the city's floor and cap, times the summed rates, times 12. A floor set above the cap
 * wins (the base is then the floor).
 */
export function annualSocialInsurance(
  monthlyBase: Fen,
  rates: SocialInsuranceRates,
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
