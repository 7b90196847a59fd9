import type { Recommendation } from '../model/enums'
import type { Offer } from '../model/offer'
import type { Profile } from '../model/profile'
import { reasonFrom, type Reason } from '../reason'
import { tierRuleFor } from '../ruleset/lookup'
import type { Range } from '../range'
import type { Ruleset } from '../ruleset/ruleset-schema'
import type { DomainLevel } from '../skills/effective-levels'
import type { SkillRuleId, SkillScore } from '../skills/score-skills'
import {
  CHECKLIST_RULE_IDS,
  EMPLOYER_RULE_IDS,
  type TransitionRiskRuleId,
} from '../risk/risk-rule-ids'
import type { TransitionRisk } from '../risk/transition-risk'
import type { PayJudgement, PayPosition } from './pay-position'

export interface RecommendationResult {
  recommendation: Recommendation
  payPosition: PayPosition
  /** False when neither a current pay nor the tier's yearly total lets the pay be judged. */
  payJudged: boolean
  fitClose: boolean
  reasons: Reason[]
}

/** Skill modifiers that explain why the user's pay can move (shown beside an accept). */
const TIER_DRIVERS: ReadonlySet<SkillRuleId> = new Set([
  'in-field-transition',
  'phd-in-field',
  'breadth',
  'leadership',
])

/**
 * Ruleset §6, in order: decline on red flags, or a mostly unanswered checklist at high risk;
 * wait when the risk is high and the user holds a stable role (L13); negotiate pay below the
 * tier's band where the employer is eager and the fit close (L15, L18), and a range that starts
 * below it; accept pay within or above the band at low or medium risk. Beyond §6, each rule marked as an assumption: negotiate
 * below-band pay without that leverage, negotiate a high-risk move without a stable role, and an
 * accept whose pay could not be judged says so.
 */
export function recommend(
  offer: Offer,
  profile: Profile,
  skills: SkillScore,
  risk: TransitionRisk,
  judgement: PayJudgement,
  ruleset: Ruleset,
  /** The offer's raise over the current pay (fractions), as assess.ts computes it: the band
   *  reason states it beside the band (a 280k offer against 720k said only "below"). */
  raise: Range | null = null,
): RecommendationResult {
  const { position } = judgement
  const rules = ruleset.recommendation
  const fitClose = isFitClose(offer, skills.levels, rules.fitLevel, rules.fitShare)
  const riskReasons = (ruleIds: ReadonlySet<TransitionRiskRuleId>) =>
    risk.reasons.filter((reason) => ruleIds.has(reason.ruleId))
  const exposureReasons = risk.reasons.filter(
    (reason) => reason.ruleId === ruleset.risk.exposure.id,
  )
  const redFlagReasons = risk.reasons.filter((reason) =>
    ruleset.risk.redFlags.some((flag) => flag.id === reason.ruleId),
  )
  const tier = tierRuleFor(ruleset, skills.tier)
  // Judged by a yearly total, the reason quotes the sentences that give that total to this
  // person, the article's own figure (no assumption); by the raise band, the tier's rule.
  const bandRule =
    judgement.by === 'total' && judgement.total ? { citation: judgement.total.citation } : tier
  const bandReason = reasonFrom(`band:${skills.tier}`, bandRule, 0, {
    tier: skills.tier,
    position,
    bandLow: tier.raiseBand.low,
    bandHigh: tier.raiseBand.high,
    // Judged by the tier's yearly total (its figures then name it), or by the raise band.
    judgedBy: judgement.by ?? 'none',
    // Judged by the raise band: the offer's own raise, the figure the band is set against.
    ...(judgement.by === 'raise' && raise ? { raiseLow: raise.low, raiseHigh: raise.high } : {}),
    // …and where its widest range starts below the band it is 'within', the raise that judged.
    ...(judgement.by === 'raise' && judgement.lowEndRaise !== undefined
      ? { raiseLowEnds: judgement.lowEndRaise }
      : {}),
    ...(judgement.by === 'total' && judgement.total
      ? {
          // Whose total it is: premium's judges an in-field PhD scored core too.
          totalTier: judgement.total.tier,
          totalLowYuan: judgement.total.band.low / 100,
          totalHighYuan: judgement.total.band.high / 100,
          // The offer's own typical year, the figure to negotiate from.
          payLowYuan: judgement.pay.low / 100,
          payHighYuan: judgement.pay.high / 100,
        }
      : {}),
  })
  const payJudged = position !== 'unknown'
  const result = (recommendation: Recommendation, reasons: Reason[]): RecommendationResult => ({
    recommendation,
    payPosition: position,
    payJudged,
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
      ...riskReasons(CHECKLIST_RULE_IDS).filter((reason) => reason.facts['answer'] !== 'yes'),
      ...redFlagReasons,
      reasonFrom(rules.strengthBeforePay.id, rules.strengthBeforePay, 0, {
        unansweredItems: risk.unansweredItems,
      }),
    ])
  }
  if (risk.level === 'high' && profile.stability === 'stable') {
    return result('wait-and-watch', [
      reasonFrom(rules.waitForCommitment.id, rules.waitForCommitment, 0, { riskScore: risk.score }),
      ...exposureReasons,
      ...riskReasons(EMPLOYER_RULE_IDS),
      ...redFlagReasons,
    ])
  }
  // A range whose low end is below the band is negotiated like pay below it: toward its top.
  if (position === 'below' || position === 'straddles') {
    const leverage = { employerEager: offer.employerEager, fitClose, position }
    if (offer.employerEager === 'yes' && fitClose) {
      return result('negotiate', [
        bandReason,
        reasonFrom(rules.eagerEmployer.id, rules.eagerEmployer, 0, leverage),
        reasonFrom(rules.demandExceedsSupply.id, rules.demandExceedsSupply, 0),
      ])
    }
    return result('negotiate', [
      bandReason,
      reasonFrom(rules.negotiateWeakLeverage.id, rules.negotiateWeakLeverage, 0, {
        ...leverage,
        leverage: 'weak',
      }),
    ])
  }
  if (risk.level === 'high') {
    return result('negotiate', [
      reasonFrom(rules.negotiateHighRisk.id, rules.negotiateHighRisk, 0, {
        riskScore: risk.score,
        stability: profile.stability,
        leverage: 'weak',
      }),
      reasonFrom(ruleset.downside.id, ruleset.downside, 0, { riskScore: risk.score }),
      ...riskReasons(EMPLOYER_RULE_IDS),
      ...redFlagReasons,
    ])
  }
  const accepted = [
    ...skills.reasons.filter((reason) => TIER_DRIVERS.has(reason.ruleId)),
    ...riskReasons(EMPLOYER_RULE_IDS),
    ...riskReasons(CHECKLIST_RULE_IDS),
  ]
  if (!payJudged) {
    return result('accept', [
      reasonFrom(rules.payNotJudged.id, rules.payNotJudged, 0, {
        tier: skills.tier,
        needs: 'current-pay',
      }),
      ...accepted,
    ])
  }
  return result('accept', [bandReason, ...accepted])
}

/** Close fit: at least `share` of the role's domains at `level` or above. Unknown role domains: not close. */
function isFitClose(offer: Offer, levels: DomainLevel[], level: number, share: number): boolean {
  if (offer.roleDomains.length === 0) return false
  const strong = offer.roleDomains.filter(
    (domain) => (levels.find((entry) => entry.domain === domain)?.effective ?? 0) >= level,
  )
  return strong.length / offer.roleDomains.length >= share
}
