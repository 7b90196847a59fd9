import { SKILL_DOMAIN_IDS, type SkillDomainId, type TierId } from '../model/enums'
import type { Profile, Skill } from '../model/profile'
import { roundToDecimals } from '../rounding'
import type { Ruleset } from '../ruleset/ruleset-schema'
import { scoreSkills, type SkillScore } from './score-skills'

export interface SkillGap {
  domain: SkillDomainId
  /** Add evidence to a capped 3-4 (cheapest), or reach the next level with evidence. */
  action: 'add-evidence' | 'raise-level'
  /** Whether the step needs evidence to count: only a level above the ruleset's evidence cap
   *  does (a tip must not ask for what the rules do not require). */
  needsEvidence: boolean
  fromLevel: number
  toLevel: number
  scoreGain: number
  tierAfter: TierId
}

/**
 * What to learn next: for each domain, the score after one step (evidence for a capped skill,
 * else one level up, with evidence where that level needs it), best gains first. Computed by re-scoring, so the gains
 * follow every rule and every override exactly.
 */
export function skillGaps(
  profile: Profile,
  skills: readonly Skill[],
  current: SkillScore,
  ruleset: Ruleset,
  limit = 5,
): SkillGap[] {
  const gaps: SkillGap[] = []
  const cap = ruleset.evidenceCap.maxLevelWithoutEvidence
  for (const domain of SKILL_DOMAIN_IDS) {
    const level = current.levels.find((entry) => entry.domain === domain)
    const effective = level?.effective ?? 0
    let step: {
      action: SkillGap['action']
      toLevel: number
      needsEvidence: boolean
      skills: Skill[]
    }
    if (level?.capped) {
      step = {
        action: 'add-evidence',
        toLevel: level.claimed,
        needsEvidence: true,
        skills: skills.map((skill) =>
          skill.id === level.skillId ? { ...skill, evidence: ['side-project'] } : skill,
        ),
      }
    } else if (effective < 4) {
      const toLevel = effective + 1
      const needsEvidence = toLevel > cap
      const next: Skill = {
        id: `gap:${domain}`,
        name: domain,
        domain,
        level: toLevel,
        evidence: needsEvidence ? ['side-project'] : [],
      }
      step = { action: 'raise-level', toLevel, needsEvidence, skills: [...skills, next] }
    } else {
      continue
    }
    const after = scoreSkills(profile, step.skills, ruleset)
    const scoreGain = roundToDecimals(after.score - current.score, 1)
    if (scoreGain > 0)
      gaps.push({
        domain,
        action: step.action,
        needsEvidence: step.needsEvidence,
        fromLevel: effective,
        toLevel: step.toLevel,
        scoreGain,
        tierAfter: after.tier,
      })
  }
  return gaps
    .sort((a, b) => b.scoreGain - a.scoreGain || a.domain.localeCompare(b.domain))
    .slice(0, limit)
}
