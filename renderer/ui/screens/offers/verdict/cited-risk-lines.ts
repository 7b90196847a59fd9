import type { OfferAssessment } from '../../../../domain/assess'
import type { Reason } from '../../../../domain/reason'

type Assessed = Extract<OfferAssessment, { ok: true }>

/**
 * The risk's lines split by where the verdict lists them: those the recommendation cites (under
 * "Why", summed against the risk score) and the others (under "Risk of the move"). Each line is
 * listed once: P4's five red flags were listed in both.
 */
export function riskLinesByPlace(assessed: Assessed): { cited: Reason[]; others: Reason[] } {
  const { recommendation, risk } = assessed
  const riskRuleIds = new Set<string>(risk.reasons.map((reason) => reason.ruleId))
  const cited = recommendation.reasons.filter((reason) => riskRuleIds.has(reason.ruleId))
  const citedIds = new Set<string>(cited.map((reason) => reason.ruleId))
  return { cited, others: risk.reasons.filter((reason) => !citedIds.has(reason.ruleId)) }
}
