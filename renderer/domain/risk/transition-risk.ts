import { CHECKLIST_ITEM_IDS, type RiskLevel } from '../model/enums'
import type { Offer } from '../model/offer'
import type { Profile } from '../model/profile'
import type { EngineSettings } from '../model/settings'
import { reasonFrom, scoreFromReasons, type Reason } from '../reason'
import { baselineRuleFor } from '../ruleset/lookup'
import type { Ruleset } from '../ruleset/ruleset-schema'
import { checklistRuleId, employerRuleId, type TransitionRiskRuleId } from './risk-rule-ids'

export interface TransitionRisk {
  /** 0-100: the sum of the reasons' points, clamped. */
  score: number
  rawScore: number
  level: RiskLevel
  /** L35 items answered "no" or left "unknown". */
  unansweredItems: number
  redFlagCount: number
  reasons: Reason<TransitionRiskRuleId>[]
}

/**
 * Whether the L35 checklist weighs this offer: it asks whether a new LLM business is real (a
 * model product, deployment, a roadmap, leaders who understand LLMs), which §5 sets against a
 * stable business line. An established line is that stable side: its "unknown" answers added
 * +20 and made it medium risk, and asked a search team what models it has shipped (trials 12
 * and 13).
 */
export function checklistApplies(offer: Pick<Offer, 'employerKind'>): boolean {
  return offer.employerKind !== 'big-tech-established-line'
}

/**
 * Whether leaving a stable role weighs against this offer (§5 "personal exposure", L36): the
 * article's people in a good, stable position dare not go to "一個不太熟悉、前景未明的大模型業務",
 * a new LLM team or a startup. An established business line (or a research institute, the
 * article's sign that the direction is viable, L13) is no such move: stable to stable added
 * "leaving a stable role: +5" (trial 34 #1).
 */
export function exposureApplies(offer: Pick<Offer, 'employerKind'>): boolean {
  return (
    offer.employerKind === 'big-tech-new-llm-team' ||
    offer.employerKind === 'other-industry-new-llm-team' ||
    offer.employerKind === 'startup'
  )
}

/**
 * How risky the move is (ruleset §5): the employer's baseline, each L35 checklist item not
 * known to be "yes" (where it applies: checklistApplies), each L50 red flag, a startup's funding,
 * leaving a stable role (where it applies: exposureApplies), the market.
 */
export function assessTransitionRisk(
  offer: Offer,
  profile: Profile,
  settings: EngineSettings,
  ruleset: Ruleset,
): TransitionRisk {
  const risk = ruleset.risk
  const reasons: Reason<TransitionRiskRuleId>[] = []
  const baseline = baselineRuleFor(ruleset, offer.employerKind)
  reasons.push(
    reasonFrom(employerRuleId(offer.employerKind), baseline, baseline.points, {
      employerKind: offer.employerKind,
    }),
  )

  let unansweredItems = 0
  for (const id of checklistApplies(offer) ? CHECKLIST_ITEM_IDS : []) {
    const item = risk.checklist.find((rule) => rule.id === id)
    if (!item) continue
    const answer = offer.checklist[id]
    const points = answer === 'no' ? item.noPoints : answer === 'unknown' ? item.unknownPoints : 0
    if (answer !== 'yes') unansweredItems += 1
    reasons.push(reasonFrom(checklistRuleId(id), item, points, { item: id, answer }))
  }

  for (const flag of risk.redFlags) {
    if (offer.redFlags.includes(flag.id))
      reasons.push(reasonFrom(flag.id, flag, flag.points, { redFlag: flag.id }))
  }

  if (offer.employerKind === 'startup') {
    reasons.push(
      reasonFrom(risk.funding.id, risk.funding, risk.funding.points[offer.funding], {
        funding: offer.funding,
      }),
    )
  }
  if (profile.stability === 'stable' && exposureApplies(offer)) {
    reasons.push(
      reasonFrom(risk.exposure.id, risk.exposure, risk.exposure.points, {
        stability: profile.stability,
      }),
    )
  }
  const moodPoints = risk.marketMood.points[settings.marketMood]
  if (moodPoints !== 0)
    reasons.push(
      reasonFrom(risk.marketMood.id, risk.marketMood, moodPoints, { mood: settings.marketMood }),
    )

  const { score, rawScore } = scoreFromReasons(reasons)
  const level: RiskLevel =
    score >= risk.levels.highFrom ? 'high' : score >= risk.levels.mediumFrom ? 'medium' : 'low'
  return { score, rawScore, level, unansweredItems, redFlagCount: offer.redFlags.length, reasons }
}
