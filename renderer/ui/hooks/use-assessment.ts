import { useMemo } from 'react'
import { assess, type Assessment } from '../../domain/assess'
import type { AssessmentInput } from '../../domain/model/assessment-input'
import type { Offer } from '../../domain/model/offer'
import type { Profile, Skill } from '../../domain/model/profile'
import { withOverrides, type RulesetOverrides } from '../../domain/ruleset/overrides'
import { DEFAULT_RULESET } from '../../domain/ruleset/default-ruleset'
import type { Ruleset } from '../../domain/ruleset/ruleset-schema'
import { buildAssessmentInput } from '../../data/assessment-input'
import { useStoredForAssessment, type StoredForAssessment } from './stored-for-assessment'

export {
  useStoredForAssessment,
  warmStoredForAssessment,
  type StoredForAssessment,
} from './stored-for-assessment'

/**
 * What a form has typed but not saved, so the assessment beside it moves as the user types.
 * Each part stands in for its stored record: a skill or offer replaces the one with its id (or
 * is added), a profile replaces the stored one, overrides replace the stored overrides.
 */
export interface AssessmentDraft {
  profile?: Profile | undefined
  skill?: Skill | undefined
  /** A skill id to leave out (the one the user is about to remove). */
  withoutSkillId?: string | undefined
  offer?: Offer | undefined
  overrides?: RulesetOverrides | undefined
}

export interface LiveAssessment extends StoredForAssessment {
  /** False until the user saves a profile: a neutral profile stands in and screens say so. */
  profileSaved: boolean
  input: AssessmentInput
  ruleset: Ruleset
  assessment: Assessment
}

function replaceById<T extends { id: string }>(items: readonly T[], item: T | undefined): T[] {
  if (!item) return [...items]
  const index = items.findIndex((existing) => existing.id === item.id)
  if (index === -1) return [...items, item]
  const copy = [...items]
  copy[index] = item
  return copy
}

/** The engine's answer for what is stored with a draft laid over it (pure, for tests and the
 *  benchmark: the hook below is this function behind a live query). */
export function assessWithDraft(
  stored: StoredForAssessment,
  draft: AssessmentDraft = {},
): LiveAssessment {
  const { sources, rulesetInUse } = stored
  let ruleset = rulesetInUse.ruleset
  if (draft.overrides) {
    // Draft overrides replace the stored ones, on the article's ruleset; an invalid draft (a
    // weight half typed) leaves the stored ruleset in use, and the form says what is wrong.
    const applied = withOverrides(DEFAULT_RULESET, draft.overrides)
    if (applied.ok) ruleset = applied.ruleset
  }
  const skills = replaceById<Skill>(sources.skills, draft.skill).filter(
    (skill) => skill.id !== draft.withoutSkillId,
  )
  const input = buildAssessmentInput({
    profile: draft.profile ?? sources.profile,
    skills,
    offers: replaceById<Offer>(sources.offers, draft.offer),
    journal: sources.journal,
    settings: sources.settings,
  })
  return {
    ...stored,
    profileSaved: sources.profile !== undefined || draft.profile !== undefined,
    input,
    ruleset,
    assessment: assess(input, ruleset),
  }
}

/**
 * The live assessment of the skills and the offers, without the job-search statistics: what the
 * dashboard shows. Its records leave out the job-search entries (the largest read by far in a
 * long journal), so the statistics the engine would build from them are not here at all.
 */
export type LiveSkillsAndOffers = Omit<LiveAssessment, 'input' | 'assessment'> & {
  input: Omit<AssessmentInput, 'journal'>
  assessment: Omit<Assessment, 'jobSearch'>
}

export function useSkillsAndOffersAssessment(): LiveSkillsAndOffers | undefined {
  const stored = useStoredForAssessment({ jobSearch: false })
  return useMemo(() => {
    if (!stored) return undefined
    const live = assessWithDraft(stored)
    // Built from the skill-linked entries only: not the user's job search.
    const { journal, ...input } = live.input
    const { jobSearch, ...assessment } = live.assessment
    return { ...live, input, assessment }
  }, [stored])
}

/** The live assessment, with the screen's unsaved draft laid over what is stored. */
export function useAssessment(draft?: AssessmentDraft): LiveAssessment | undefined {
  const stored = useStoredForAssessment()
  return useMemo(() => (stored ? assessWithDraft(stored, draft) : undefined), [stored, draft])
}
