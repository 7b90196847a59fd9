import { fenFromYuan, timesRatio, type Fen } from '../money'
import { DEFAULT_RULESET } from '../ruleset/default-ruleset'
import type { Ruleset } from '../ruleset/ruleset-schema'
import type { ResolvedSocialInsurance } from '../tax/social-insurance'

/**
 * Which average monthly wage the severance cap (劳动合同法 第四十七条: 3× the local average) is
 * taken from, first that applies:
 * - `your-cap`: the social-insurance base cap the user set under Offers › Tax assumptions, in a
 *   city whose base cap is its own average's multiple;
 * - `city`: the social-insurance preset of the job's city (or of the city the user chose), where
 *   its base cap is a multiple of the city's own average (`baseCapIsCityAverage`);
 * - elsewhere (no preset for the city, or a preset whose cap is its province's: 第四十七条 names
 *   the city's average, Shenzhen's own, not Guangdong's) the ruleset's figure: `rules` where the
 *   user set it under Rules (it differs from the shipped one), else `placeholder`. The Rules
 *   figure stands in for the cities without their own, not for Beijing's or Shanghai's.
 */
export type SeveranceCapSource = 'rules' | 'your-cap' | 'city' | 'placeholder'

export interface SeveranceCapBasis {
  source: SeveranceCapSource
  /** The local average monthly wage the cap is a multiple of. */
  averageMonthly: Fen
  /** The most a month's wage counts for: the average × the rule's multiple. */
  capMonthly: Fen
  /** The preset's city and contribution year where the source is `city`; else null. */
  cityId: string | null
  presetYear: number | null
}

/**
 * The average wage behind the severance cap for a job whose social insurance resolved to
 * `socialInsurance` (null: not known, the placeholder stands). A contribution-base cap is a
 * multiple (3) of an average wage: Beijing's 35,811 and Shanghai's 37,302 are three times the
 * city's own, the average the law names, so there the cap follows the city as the tax does.
 * Shenzhen's 27,501 is three times Guangdong's: the ruleset's figure stands, as in a city
 * without a preset (Shenzhen's derived cap was below Wuhan's placeholder, review 19).
 */
export function severanceCapBasis(
  ruleset: Ruleset,
  socialInsurance: ResolvedSocialInsurance | null,
): SeveranceCapBasis {
  const rule = ruleset.downside.severance
  const fromAverage = (
    averageMonthly: Fen,
    source: SeveranceCapSource,
    preset: { cityId: string; year: number } | null = null,
  ): SeveranceCapBasis => ({
    source,
    averageMonthly,
    capMonthly: timesRatio(averageMonthly, rule.capMultiple),
    cityId: preset?.cityId ?? null,
    presetYear: preset?.year ?? null,
  })
  const fromBaseCap = (
    baseCapYuan: number,
    source: SeveranceCapSource,
    preset: { cityId: string; year: number } | null = null,
  ): SeveranceCapBasis => {
    const baseCap = fenFromYuan(baseCapYuan)
    const ratio = rule.cityAverage.baseCapMultiple
    return {
      ...fromAverage(timesRatio(baseCap, 1 / ratio), source, preset),
      // From the base cap itself, so 3 × 37,302 ÷ 3 is 37,302 to the fen, not a rounded third × 3.
      capMonthly: timesRatio(baseCap, rule.capMultiple / ratio),
    }
  }

  const setUnderRules =
    rule.localAverageMonthlyWageYuan !==
    DEFAULT_RULESET.downside.severance.localAverageMonthlyWageYuan
  const rulesetAverage = fromAverage(
    fenFromYuan(rule.localAverageMonthlyWageYuan),
    setUnderRules ? 'rules' : 'placeholder',
  )
  if (!socialInsurance) return rulesetAverage
  const { preset, chosenBy } = socialInsurance
  // The fallback city's preset taxes a job elsewhere; its cap is not that city's average.
  if (chosenBy === 'fallback' || !preset.baseCapIsCityAverage) return rulesetAverage
  if (socialInsurance.overridden.includes('baseCapMonthly'))
    return fromBaseCap(socialInsurance.baseCapMonthly, 'your-cap')
  return fromBaseCap(preset.baseCapMonthlyYuan, 'city', preset)
}
