import {
  CHECKLIST_ITEM_IDS,
  OFFER_EMPLOYER_KINDS,
  type ChecklistItemId,
  type OfferEmployerKind,
  type RedFlagId,
} from '../model/enums'
import type { Ruleset } from '../ruleset/ruleset-schema'

/**
 * The employer baseline and the checklist items are one rule each in the ruleset, so their
 * reasons carry what they are about in the rule id ("checklist:roadmap"). The ids are built and
 * grouped here only: the transition risk writes them, the recommendation picks them out.
 */
export type EmployerRuleId = `employer:${OfferEmployerKind}`
export type ChecklistRuleId = `checklist:${ChecklistItemId}`

type RiskRules = Ruleset['risk']
/** Every rule id a transition-risk reason can carry. */
export type TransitionRiskRuleId =
  | EmployerRuleId
  | ChecklistRuleId
  | RedFlagId
  | RiskRules['funding']['id']
  | RiskRules['exposure']['id']
  | RiskRules['marketMood']['id']

export function employerRuleId(kind: OfferEmployerKind): EmployerRuleId {
  return `employer:${kind}`
}

export function checklistRuleId(item: ChecklistItemId): ChecklistRuleId {
  return `checklist:${item}`
}

export const EMPLOYER_RULE_IDS: ReadonlySet<TransitionRiskRuleId> = new Set(
  OFFER_EMPLOYER_KINDS.map(employerRuleId),
)
export const CHECKLIST_RULE_IDS: ReadonlySet<TransitionRiskRuleId> = new Set(
  CHECKLIST_ITEM_IDS.map(checklistRuleId),
)
