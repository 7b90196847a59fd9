import type { Recommendation } from '../model/enums'
import type { Offer } from '../model/offer'
import type { Profile } from '../model/profile'
import type { Reason } from '../reason'
import { reasonFrom, tierRule } from '../ruleset/lookup'
import type { Ruleset } from '../ruleset/ruleset-schema'
import type { DomainLevel } from '../skills/effective-levels'
import type { SkillScore } from '../skills/score-skills'
import type { TransitionRisk } from '../risk/transition-risk'
import type { PayPosition } from './pay-position'

export interface RecommendationResult {
  recommendation: Recommendation
  payPosition: PayPosition
  fitClose: boolean
  reasons: Reason[]
}

/** Skill modifiers that explain why the user's pay can move (shown beside an accept). */
const TIER_DRIVERS = new Set(['in-field-transition', 'phd-in-field', 'breadth', 'leadership'])

/**
 * Ruleset §6, in order: decline on red flags or a mostly unanswered checklist at high risk;
 * wait when the risk is high and the user holds a stable role (L13); negotiate when the pay is
 * below the tier's band (L15, L18) or the risk is high with nothing to lose by waiting;
 * otherwise accept.
 */
export function recommend(
  offer: Offer,
  profile: Profile,
  skills: SkillScore,
  risk: TransitionRisk,
  position: PayPosition,
  ruleset: Ruleset,
): RecommendationResult {
  const rules = ruleset.recommendation
  const fitClose = isFitClose(offer, skills.levels, rules.fitLevel, rules.fitShare)
  const riskReasons = (prefix: string) =>
    risk.reasons.filter((reason) => reason.ruleId.startsWith(prefix))
  const redFlagReasons = risk.reasons.filter((reason) =>
    ruleset.risk.redFlags.some((flag) => flag.id === reason.ruleId),
  )
  const tier = tierRule(ruleset, skills.tier)
  const bandReason = reasonFrom(`band:${skills.tier}`, tier, 0, {
    tier: skills.tier,
    position,
    bandLow: tier.raiseBand.low,
    bandHigh: tier.raiseBand.high,
  })
  const result = (recommendation: Recommendation, reasons: Reason[]): RecommendationResult => ({
    recommendation,
    payPosition: position,
    fitClose,
    reasons,
  })

  if (risk.redFlagCount >= rules.declineAtRedFlags) {
    return result('decline', [
      ...redFlagReasons,
      reasonFrom(rules.strengthBeforePay.id, rules.strengthBeforePay, 0, {
        redFlags: risk.redFlagCount,
      }),
    ])
  }
  if (risk.level === 'high' && risk.unansweredItems >= rules.declineAtUnansweredItems) {
    return result('decline', [
      ...riskReasons('checklist:').filter((reason) => reason.facts['answer'] !== 'yes'),
      ...redFlagReasons,
      reasonFrom(rules.strengthBeforePay.id, rules.strengthBeforePay, 0, {
        unansweredItems: risk.unansweredItems,
      }),
    ])
  }
  if (risk.level === 'high' && profile.stability === 'stable') {
    return result('wait-and-watch', [
      reasonFrom(rules.waitForCommitment.id, rules.waitForCommitment, 0, { riskScore: risk.score }),
      ...riskReasons('exposure'),
      ...riskReasons('employer:'),
      ...redFlagReasons,
    ])
  }
  if (position === 'below') {
    return result('negotiate', [
      bandReason,
      reasonFrom(rules.eagerEmployer.id, rules.eagerEmployer, 0, {
        employerEager: offer.employerEager,
        fitClose,
      }),
      reasonFrom(rules.demandExceedsSupply.id, rules.demandExceedsSupply, 0),
    ])
  }
  if (risk.level === 'high') {
    return result('negotiate', [
      reasonFrom(ruleset.downside.id, ruleset.downside, 0, { riskScore: risk.score }),
      ...riskReasons('employer:'),
      ...redFlagReasons,
    ])
  }
  return result('accept', [
    bandReason,
    ...skills.reasons.filter((reason) => TIER_DRIVERS.has(reason.ruleId)),
    ...riskReasons('employer:'),
    ...riskReasons('checklist:'),
  ])
}

/** Close fit: at least `share` of the role's domains at `level` or above. Unknown role domains: not close. */
function isFitClose(offer: Offer, levels: DomainLevel[], level: number, share: number): boolean {
  if (offer.roleDomains.length === 0) return false
  const strong = offer.roleDomains.filter(
    (domain) => (levels.find((entry) => entry.domain === domain)?.effective ?? 0) >= level,
  )
  return strong.length / offer.roleDomains.length >= share
}
