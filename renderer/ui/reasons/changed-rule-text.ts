import type { TFunction } from 'i18next'
import type { SkillAssessment } from '../../domain/assess'
import { SKILL_DOMAIN_IDS, TIER_IDS } from '../../domain/model/enums'
import type { Reason } from '../../domain/reason'
import type { Ruleset } from '../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../i18n/i18n'
import { changedRuleAt, type ChangedRule } from '../rule-labels/rule-labels'
import { booleanFact, numberFact, stringFact } from './reason-sentence'

const isDomain = (value: string) => (SKILL_DOMAIN_IDS as readonly string[]).includes(value)
const isTier = (value: string) => (TIER_IDS as readonly string[]).includes(value)

/**
 * The fields of the ruleset a skill reason's figure comes from: a domain's class, its class's
 * points, the factor of its level and the weight of its rank; a tier's line, raise band, the
 * line of the tier above that the score missed and of a gate's tier; each modifier's own.
 */
export function skillReasonPaths(reason: Reason, ruleset: Ruleset): string[] {
  const { ruleId } = reason
  if (isDomain(ruleId)) {
    const rank = numberFact(reason, 'rank')
    return [
      `skillDomains.${ruleId}.premiumClass`,
      `scoring.classMaxPoints.${stringFact(reason, 'premiumClass')}`,
      `scoring.levelFactors.${String(numberFact(reason, 'level'))}`,
      ...(rank >= 1 ? [`scoring.depthWeights.${String(rank - 1)}`] : []),
    ]
  }
  if (isTier(ruleId)) {
    const score = numberFact(reason, 'score')
    // The tier the score is below (as the tier's sentence names it), and a gate's tier.
    const next = ruleset.tiers
      .filter((tier) => tier.minScore > score)
      .sort((a, b) => a.minScore - b.minScore)[0]
    const gated = stringFact(reason, 'gatedTier')
    const paths = [
      `tiers.${ruleId}.minScore`,
      `tiers.${ruleId}.raiseBand.low`,
      `tiers.${ruleId}.raiseBand.high`,
      ...(next ? [`tiers.${next.id}.minScore`] : []),
      ...(isTier(gated) ? [`tiers.${gated}.minScore`] : []),
    ]
    return [...new Set(paths)]
  }
  const modifiers = 'modifiers'
  switch (ruleId) {
    case ruleset.evidenceCap.id:
      return ['evidenceCap.maxLevelWithoutEvidence']
    case ruleset.modifiers.breadth.id:
      return [
        `${modifiers}.breadth.minLevel`,
        `${modifiers}.breadth.pointsByCount.${String(numberFact(reason, 'directions'))}`,
      ]
    case ruleset.modifiers.phdInField.id:
      return [`${modifiers}.phdInField.points`]
    case ruleset.modifiers.yearsNotEnough.id:
      return [`${modifiers}.yearsNotEnough.minYears`]
    case ruleset.modifiers.leadership.id: {
      const kinds = ['businessLine', 'team', 'openSource'].filter((kind) =>
        booleanFact(reason, kind),
      ).length
      return [`${modifiers}.leadership.${kinds > 1 ? 'pointsForTwoOrMore' : 'pointsForOne'}`]
    }
    case ruleset.modifiers.hubCity.id:
      return [`${modifiers}.hubCity.points`]
    case ruleset.modifiers.inFieldTransition.id:
      return [`${modifiers}.inFieldTransition.minLevel`, `${modifiers}.inFieldTransition.points`]
    default:
      return []
  }
}

/**
 * The fields behind the expected yearly total where it is a tier's yearly total rather than the
 * pay × the raise band: the ends of that tier's band it took (none where the pay gave it).
 */
export function expectedTotalPaths(
  skills: Pick<SkillAssessment, 'judgingTotal' | 'expectedTotalBandEnds'>,
): string[] {
  const tier = skills.judgingTotal?.tier
  return tier ? skills.expectedTotalBandEnds.map((end) => `tiers.${tier}.totalBandYuan.${end}`) : []
}

function changedRulesAt(
  paths: readonly string[],
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
): ChangedRule[] {
  return paths.flatMap((path) => {
    const changed = changedRuleAt(path, { t, language, ruleset })
    return changed ? [changed] : []
  })
}

/** The fields behind a skill reason that hold the user's value rather than the default. */
export function changedRulesOfReason(
  reason: Reason,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
): ChangedRule[] {
  return changedRulesAt(skillReasonPaths(reason, ruleset), t, language, ruleset)
}

/**
 * The changed fields behind the tier and what it commands, each once, in order: the score's
 * reasons' (what the tier rests on), then the yearly total band where the expected total was
 * taken from it (review 35 #3: a changed band behind the total shown went unnamed).
 */
export function changedRulesOfSkills(
  skills: Pick<SkillAssessment, 'reasons' | 'judgingTotal' | 'expectedTotalBandEnds'>,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
): ChangedRule[] {
  const paths = [
    ...skills.reasons.flatMap((reason) => skillReasonPaths(reason, ruleset)),
    ...expectedTotalPaths(skills),
  ]
  return changedRulesAt([...new Set(paths)], t, language, ruleset)
}

const USES = {
  article: 'assessment.reasons.changedRule.article',
  assumption: 'assessment.reasons.changedRule.assumption',
  law: 'assessment.reasons.changedRule.law',
} as const

/** "Mid-level: from score: uses your value 30 (the article's: 0)". */
export function changedRuleText(changed: ChangedRule, t: TFunction): string {
  return t(USES[changed.source], {
    label: changed.label,
    value: changed.value,
    defaultValue: changed.defaultValue,
  })
}

/**
 * A reason's sentence with what it used of the user's changes, in parts: ReasonList shows the
 * changes on their own line, linked to the Rules screen; a plain reader takes them whole
 * (saidText).
 */
export interface SaidReason {
  sentence: string
  /** Each changed field the figure used, said; empty where the rules are the article's. */
  changes: string[]
  /** The Rules screen's section of the first change. */
  href: string
}

/** The sentence and the changes its figure used, each said. */
export function saidWithChanges(
  sentence: string,
  changed: readonly ChangedRule[],
  t: TFunction,
): SaidReason {
  return {
    sentence,
    changes: changed.map((rule) => changedRuleText(rule, t)),
    href: changed[0]?.href ?? '#/rules',
  }
}

/** The sentence and its changes as one text (the report and any plain reader take it whole). */
export function saidText(said: SaidReason, t: TFunction): string {
  if (said.changes.length === 0) return said.sentence
  return t('assessment.reasons.changedRule.sentence', {
    sentence: said.sentence,
    changes: said.changes.join(t('assessment.reasons.changedRule.separator')),
  })
}
