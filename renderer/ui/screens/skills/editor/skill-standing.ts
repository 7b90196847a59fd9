import { skillsWithJournalEvidence } from '../../../../data/assessment-input'
import type { EvidenceKind } from '../../../../domain/model/enums'
import type { Skill } from '../../../../domain/model/profile'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { effectiveLevels } from '../../../../domain/skills/effective-levels'
import type { LiveAssessment } from '../../../hooks/use-assessment'

/** How the engine counts one skill: its level as rated and as counted, and why. */
export interface SkillStanding {
  claimed: number
  effective: number
  /** The evidence cap lowered the level. */
  capped: boolean
  /** Evidence kinds linked journal entries add to what is ticked on the skill. */
  journalEvidence: EvidenceKind[]
  /** The level would be capped but for journal entries: nothing is ticked on the skill itself. */
  liftedByJournal: boolean
}

/**
 * The engine's own reading of a skill, through the same two steps the assessment takes: the
 * data layer adds evidence from linked journal entries, the engine applies the evidence cap of
 * the ruleset in use. Nothing is recomputed here.
 */
export function skillStanding(skill: Skill, live: LiveAssessment): SkillStanding {
  return standingIn(skill, live.sources.journal, live.ruleset)
}

/** The same, from the two things it reads: the stored journal and the ruleset in use (both
 *  stay the same object while the user types, so callers can memoise on them). */
export function standingIn(
  skill: Skill,
  journal: LiveAssessment['sources']['journal'],
  ruleset: Ruleset,
): SkillStanding {
  const [withJournal = skill] = skillsWithJournalEvidence([skill], journal)
  const level = effectiveLevels([withJournal], ruleset).get(skill.domain)
  const capped = level?.capped ?? false
  return {
    claimed: level?.claimed ?? skill.level,
    effective: level?.effective ?? skill.level,
    capped,
    journalEvidence: withJournal.evidence.filter((kind) => !skill.evidence.includes(kind)),
    liftedByJournal:
      !capped &&
      skill.evidence.length === 0 &&
      withJournal.evidence.length > 0 &&
      skill.level > ruleset.evidenceCap.maxLevelWithoutEvidence,
  }
}
