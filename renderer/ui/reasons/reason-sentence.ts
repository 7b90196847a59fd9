import type { TFunction } from 'i18next'
import type { Reason } from '../../domain/reason'
import type { Ruleset } from '../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../i18n/i18n'
import { formatPoints } from '../format/amount'
import { spaceMixedScripts } from './names'

/** What a sentence needs besides its reason: the words, the language and the rules in use. */
export interface SentenceContext {
  t: TFunction
  language: UiLanguage
  ruleset: Ruleset
}

/** Says one reason in plain words, from its rule id and facts (without its points). */
export type ReasonSentence = (reason: Reason, context: SentenceContext) => string

/**
 * Sentences by rule id. Each area of the engine (skills now; offer risk and recommendations
 * later) registers its own, and a screen picks the registries it shows.
 */
export type SentenceRegistry = ReadonlyMap<string, ReasonSentence>

/** A fact the engine put in as a number (0 when missing: a sentence never shows "undefined"). */
export function numberFact(reason: Reason, key: string): number {
  const value = reason.facts[key]
  return typeof value === 'number' ? value : 0
}

export function stringFact(reason: Reason, key: string): string {
  const value = reason.facts[key]
  return typeof value === 'string' ? value : ''
}

export function booleanFact(reason: Reason, key: string): boolean {
  return reason.facts[key] === true
}

/** Options of a reason's sentence. */
export interface SentenceOptions {
  /**
   * Says a figure worth 0 as "+0" where the reason's list adds up points and its other lines
   * say theirs (the risk's lines: "A startup with funding …" showed no figure beside "+55",
   * trial 34 #6). Elsewhere a 0 is a reason without points (a tax rule, a tier) and says none.
   */
  zeroShown?: boolean
}

/**
 * The reason's whole sentence: what its registry says, then its points where it adds any
 * ("NLP at level 3 …: +26.3 points"), or "+0" where a zero is shown; a rule with no sentence
 * reads by its id, never blank.
 */
export function sentenceFrom(
  registry: SentenceRegistry,
  reason: Reason,
  context: SentenceContext,
  options: SentenceOptions = {},
): string {
  const { t, language } = context
  const say = registry.get(reason.ruleId)
  const sentence = spaceMixedScripts(
    say ? say(reason, context) : t('assessment.reasons.unknown', { ruleId: reason.ruleId }),
    language,
  )
  if (reason.points === 0) {
    if (!options.zeroShown) return sentence
    return t('assessment.reasons.withPoints', {
      sentence,
      points: zeroPoints(language).format(0),
      count: 0,
    })
  }
  return t('assessment.reasons.withPoints', {
    sentence,
    points: formatPoints(reason.points, language),
    // The plural follows the number shown: 1.04 shows as "1" and reads "1 point".
    count: Math.round(Math.abs(reason.points) * 10) / 10,
  })
}

const zeroFormats = new Map<UiLanguage, Intl.NumberFormat>()
/** "+0", signed as the other lines' points are ("+5", "−10"). */
function zeroPoints(language: UiLanguage): Intl.NumberFormat {
  let format = zeroFormats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(language, { signDisplay: 'always' })
    zeroFormats.set(language, format)
  }
  return format
}
