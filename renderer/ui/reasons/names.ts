import type { TFunction } from 'i18next'
import type { Recommendation, SkillDomainId, TierId } from '../../domain/model/enums'
import type { RecommendationResult } from '../../domain/recommend/recommend'
import { tierRuleFor } from '../../domain/ruleset/lookup'
import type { Ruleset } from '../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../i18n/i18n'

/** A skill domain's short name, as sentences and charts use it ("NLP", "推理加速"). */
export function domainName(t: TFunction, domain: SkillDomainId): string {
  return t(`assessment.domains.${domain}`)
}

const LEVELS = ['0', '1', '2', '3', '4'] as const

/** What a level 0-4 means ("proficient", "熟练"); a level out of range reads as its number. */
export function levelName(t: TFunction, level: number): string {
  const key = LEVELS.find((candidate) => candidate === String(level))
  return key ? t(`assessment.levels.${key}`) : String(level)
}

/**
 * The key a verdict is named by: an accept whose pay could not be judged (no current pay, no
 * tier total) is named as such, so a large "Accept" never stands for pay nobody looked at.
 */
export function verdictName(
  result: Pick<RecommendationResult, 'recommendation' | 'payJudged'>,
): Recommendation | 'acceptUnjudged' {
  return result.recommendation === 'accept' && !result.payJudged
    ? 'acceptUnjudged'
    : result.recommendation
}

/** A tier's name in the ruleset, in the interface language. */
export function tierName(ruleset: Ruleset, tier: TierId, language: UiLanguage): string {
  const rule = tierRuleFor(ruleset, tier)
  return language === 'zh-CN' ? rule.nameZhHans : rule.nameEn
}

/** A city the ruleset knows, by id, in the interface language (the id if it is unknown). */
export function cityName(ruleset: Ruleset, cityId: string, language: UiLanguage): string {
  const city = ruleset.cities.find((candidate) => candidate.id === cityId)
  if (!city) return cityId
  return language === 'zh-CN' ? city.nameZhHans : city.nameEn
}

/** One formatter per language and kind, made once: building an Intl formatter costs far more
 *  than using one, and a keystroke re-says every changed sentence. */
function cachedByLanguage<F>(make: (language: UiLanguage) => F): (language: UiLanguage) => F {
  const cache = new Map<UiLanguage, F>()
  return (language) => {
    let formatter = cache.get(language)
    if (!formatter) {
      formatter = make(language)
      cache.set(language, formatter)
    }
    return formatter
  }
}

const listFormat = cachedByLanguage(
  (language) => new Intl.ListFormat(language, { type: 'conjunction' }),
)
const eitherFormat = cachedByLanguage(
  (language) => new Intl.ListFormat(language, { type: 'disjunction' }),
)
const numberFormat = cachedByLanguage(
  (language) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }),
)
const shareFormat = cachedByLanguage(
  (language) => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }),
)

/** "A, B and C" / "A、B和C", as the language joins a list. */
export function joinList(items: readonly string[], language: UiLanguage): string {
  return listFormat(language).format(items)
}

/** "A, B, or C" / "A、B或C": any one of them. */
export function eitherList(items: readonly string[], language: UiLanguage): string {
  return eitherFormat(language).format(items)
}

/** A number as the interface shows it: at most one decimal (a score of 62.5, 8 years). */
export function formatNumber(value: number, language: UiLanguage): string {
  return numberFormat(language).format(value)
}

/** A share as a percent: 0.5 → 50%. */
export function formatShare(value: number, language: UiLanguage): string {
  return shareFormat(language).format(value)
}

const CJK_THEN_LATIN = /([\u3400-\u9fff])([A-Za-z])/g
const LATIN_THEN_CJK = /([A-Za-z])([\u3400-\u9fff])/g

/** Chinese text with a space between Han characters and Latin words ("且 NLP 算法"), as
 *  Chinese typesetting has it where a name like "NLP 算法" is put into a sentence. */
export function spaceMixedScripts(text: string, language: UiLanguage): string {
  if (language !== 'zh-CN') return text
  return text.replace(CJK_THEN_LATIN, '$1 $2').replace(LATIN_THEN_CJK, '$1 $2')
}
