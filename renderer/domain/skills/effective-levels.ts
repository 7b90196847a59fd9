import type { SkillDomainId } from '../model/enums'
import type { Skill } from '../model/profile'
import type { Ruleset } from '../ruleset/ruleset-schema'

export interface DomainLevel {
  domain: SkillDomainId
  /** The level that counts: the best of the user's skills in the domain, after the evidence cap. */
  effective: number
  /** The best self-rated level, before the cap. */
  claimed: number
  /** True when the cap lowered the level (a 3 or 4 with no evidence). */
  capped: boolean
  /** The skill that gives the effective level. */
  skillId: string
}

/**
 * One level per domain: a user may file several skills under one domain ("vLLM" and
 * "TensorRT" under inference acceleration); the strongest counts. A 3 or 4 with no evidence
 * counts as the ruleset's cap (2): self-assessment must stay honest (L33).
 */
export function effectiveLevels(
  skills: readonly Skill[],
  ruleset: Ruleset,
): Map<SkillDomainId, DomainLevel> {
  const cap = ruleset.evidenceCap.maxLevelWithoutEvidence
  const levels = new Map<SkillDomainId, DomainLevel>()
  for (const skill of skills) {
    const capped = skill.evidence.length === 0 && skill.level > cap
    const effective = capped ? cap : skill.level
    const current = levels.get(skill.domain)
    if (
      !current ||
      effective > current.effective ||
      (effective === current.effective && skill.level > current.claimed)
    ) {
      levels.set(skill.domain, {
        domain: skill.domain,
        effective,
        claimed: skill.level,
        capped,
        skillId: skill.id,
      })
    }
  }
  return levels
}
