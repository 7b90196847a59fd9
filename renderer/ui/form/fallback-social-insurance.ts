import type { SocialInsuranceSettings } from '../../domain/model/settings'
import type { Ruleset } from '../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../i18n/i18n'

/** The figures a sentence names for a social-insurance preset, formatted for the interface. */
export interface PresetFacts {
  city: string
  year: number
  floor: string
  cap: string
  fund: string
}

/**
 * The preset that stands in for a city Tidemark has no figures for (Beijing's in the default
 * ruleset), as a sentence names it: a user in 成都 must see that Beijing's base and housing fund
 * were used, and which, not only in the tax's small print (new-user trial).
 */
export function fallbackPresetFacts(ruleset: Ruleset, language: UiLanguage): PresetFacts {
  const rule = ruleset.tax.socialInsurance
  return presetFacts(ruleset, rule.fallbackCityId, language)
}

/** The facts of the preset of `cityId` (the fallback city's when it has none). */
export function presetFacts(ruleset: Ruleset, cityId: string, language: UiLanguage): PresetFacts {
  const rule = ruleset.tax.socialInsurance
  const preset =
    rule.presets.find((candidate) => candidate.cityId === cityId) ??
    rule.presets.find((candidate) => candidate.cityId === rule.fallbackCityId)
  const city = ruleset.cities.find((candidate) => candidate.id === preset?.cityId)
  const formatNumber = (value: number) => new Intl.NumberFormat(language).format(value)
  return {
    city: city ? (language === 'zh-CN' ? city.nameZhHans : city.nameEn) : (preset?.cityId ?? ''),
    year: preset?.year ?? 0,
    floor: formatNumber(preset?.baseFloorMonthlyYuan ?? 0),
    cap: formatNumber(preset?.baseCapMonthlyYuan ?? 0),
    fund: formatNumber(preset?.housingFund.defaultPercent ?? 0),
  }
}

/** Whether the user set any social-insurance figure of their own (Offers › Tax assumptions). */
export function hasOwnSocialInsurance(settings: SocialInsuranceSettings): boolean {
  return (
    settings.pensionPercent !== undefined ||
    settings.medicalPercent !== undefined ||
    settings.unemploymentPercent !== undefined ||
    settings.housingFundPercent !== undefined ||
    settings.baseFloorMonthly !== undefined ||
    settings.baseCapMonthly !== undefined
  )
}
