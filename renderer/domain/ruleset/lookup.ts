import type { OfferEmployerKind, SkillDomainId, TierId } from '../model/enums'
import type { Ruleset } from './ruleset-schema'

/** The rule of a skill domain: its premium class and citation. */
export function domainRuleFor(ruleset: Ruleset, id: SkillDomainId) {
  const rule = ruleset.skillDomains.find((domain) => domain.id === id)
  if (!rule) throw new Error(`ruleset has no skill domain "${id}"`)
  return rule
}

/** The rule of a tier: its minimum score, raise band and citation. */
export function tierRuleFor(ruleset: Ruleset, id: TierId) {
  const rule = ruleset.tiers.find((tier) => tier.id === id)
  if (!rule) throw new Error(`ruleset has no tier "${id}"`)
  return rule
}

/** The baseline transition risk of an employer kind. */
export function baselineRuleFor(ruleset: Ruleset, kind: OfferEmployerKind) {
  const rule = ruleset.risk.baselines.find((baseline) => baseline.employerKind === kind)
  if (!rule) throw new Error(`ruleset has no risk baseline for "${kind}"`)
  return rule
}
