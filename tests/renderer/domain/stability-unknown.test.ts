import { describe, expect, it } from 'vitest'
import { NEUTRAL_PROFILE } from '../../../renderer/data/assessment-input'
import {
  assess,
  assessmentInputSchema,
  DEFAULT_RULESET as ruleset,
  type AssessmentInputDraft,
} from '../../../renderer/domain'

const SKILLS = [
  { id: 'nlp', name: 'NLP', domain: 'nlp', level: 3, evidence: ['production'] },
  { id: 'ft', name: 'SFT', domain: 'fine-tuning', level: 3, evidence: ['side-project'] },
]

/** An unfunded startup in a cautious market: high risk, pay not below any band. */
function assessRisky(profile: object) {
  const draft = {
    profile,
    skills: SKILLS,
    offers: [
      {
        id: 'o',
        company: 'X',
        employerKind: 'startup',
        funding: 'unfunded',
        pay: { base: { kind: 'text', text: '120k×14' } },
        checklist: {
          'model-product': 'yes',
          deployment: 'yes',
          roadmap: 'yes',
          'leadership-understands-llms': 'yes',
          'team-strength': 'yes',
        },
      },
    ],
    settings: { marketMood: 'cautious' },
  } as AssessmentInputDraft
  const result = assess(assessmentInputSchema.parse(draft), ruleset).offers[0]
  if (!result?.ok) throw new Error('offer not assessed')
  return result
}

describe("stability 'unknown' (no profile saved, or 'Rather not say')", () => {
  it('is what the engine weighs before a profile is saved', () => {
    expect(NEUTRAL_PROFILE.stability).toBe('unknown')
  })

  it('negotiates a high-risk offer with no profile saved, its reason saying the situation is unknown', () => {
    const offer = assessRisky(NEUTRAL_PROFILE)
    expect(offer.risk.level).toBe('high')
    expect(offer.recommendation.recommendation).toBe('negotiate')
    expect(offer.recommendation.reasons[0]).toMatchObject({
      ruleId: 'negotiate-high-risk',
      facts: { stability: 'unknown' },
    })
    // No points for leaving a stable role.
    expect(offer.risk.reasons.map((reason) => reason.ruleId)).not.toContain(
      ruleset.risk.exposure.id,
    )
  })

  it('adds no leaving-a-stable-role points and never waits and watches', () => {
    const base = { ...NEUTRAL_PROFILE, currentEmployer: 'big-tech', yearsOfExperience: 6 }
    const unknown = assessRisky({ ...base, stability: 'unknown' })
    const notEmployed = assessRisky({ ...base, stability: 'not-employed' })
    const stable = assessRisky({ ...base, stability: 'stable' })
    expect(unknown.risk.score).toBe(notEmployed.risk.score)
    expect(stable.risk.score).toBeGreaterThan(unknown.risk.score)
    expect(stable.recommendation.recommendation).toBe('wait-and-watch')
    expect(unknown.recommendation.recommendation).toBe('negotiate')
  })
})
