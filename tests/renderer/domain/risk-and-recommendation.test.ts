import { describe, expect, it } from 'vitest'
import {
  assess,
  assessmentInputSchema,
  DEFAULT_RULESET as ruleset,
  type AssessmentInputDraft,
} from '../../../renderer/domain'

const ALL_YES = {
  'model-product': 'yes',
  deployment: 'yes',
  roadmap: 'yes',
  'leadership-understands-llms': 'yes',
  'team-strength': 'yes',
}

function assessOne(offer: object, profile: object = {}, settings: object = {}) {
  const draft: AssessmentInputDraft = {
    profile: {
      education: 'master',
      yearsOfExperience: 6,
      city: '上海',
      currentEmployer: 'big-tech',
      roleFamily: 'algorithm',
      stability: 'stable',
      currentPay: { base: { kind: 'text', text: '40k×15' } },
      ...profile,
    },
    skills: [
      { id: 'nlp', name: 'NLP', domain: 'nlp', level: 3, evidence: ['production'] },
      { id: 'ft', name: 'SFT', domain: 'fine-tuning', level: 3, evidence: ['side-project'] },
    ],
    offers: [
      {
        id: 'o',
        company: 'X',
        employerKind: 'startup',
        pay: { base: { kind: 'text', text: '60k×15' } },
        checklist: ALL_YES,
        ...offer,
      },
    ],
    settings,
  } as AssessmentInputDraft
  const result = assess(assessmentInputSchema.parse(draft), ruleset).offers[0]
  if (!result?.ok) throw new Error('offer not assessed')
  return result
}

describe('transition risk signals', () => {
  it('lowers a startup’s risk when strong backers fund it (L42, L43) and raises it when unfunded', () => {
    const strong = assessOne({ funding: 'strong-backers' }).risk.score
    const unknown = assessOne({ funding: 'unknown' }).risk.score
    const unfunded = assessOne({ funding: 'unfunded' }).risk.score
    expect(strong).toBeLessThan(unknown)
    expect(unfunded).toBeGreaterThan(unknown)
  })

  it('ignores funding for an established employer', () => {
    const reasons = assessOne({ employerKind: 'big-tech-new-llm-team', funding: 'unfunded' }).risk
      .reasons
    expect(reasons.map((r) => r.ruleId)).not.toContain('funding')
  })

  it('adds the stakes of leaving a stable role, and a cautious market (L7, L16)', () => {
    const stable = assessOne({}, { stability: 'stable' }).risk.score
    const notEmployed = assessOne({}, { stability: 'not-employed' }).risk.score
    expect(stable - notEmployed).toBe(5)
    const cautious = assessOne({}, {}, { marketMood: 'cautious' }).risk.score
    const hot = assessOne({}, {}, { marketMood: 'hot' }).risk.score
    expect(cautious).toBeGreaterThan(hot)
  })
})

describe('recommendations (ruleset §6)', () => {
  it('waits and watches a high-risk move when the user holds a stable role (L13)', () => {
    const offer = assessOne({ funding: 'unfunded' }, { stability: 'stable' })
    expect(offer.risk.level).toBe('high')
    expect(offer.recommendation.recommendation).toBe('wait-and-watch')
    expect(offer.recommendation.reasons[0]).toMatchObject({
      ruleId: 'wait-for-commitment',
      citation: { lines: [13] },
    })
  })

  it('negotiates a high-risk move when there is no stable role to keep, pricing the downside', () => {
    const offer = assessOne(
      { funding: 'unfunded' },
      { stability: 'not-employed' },
      { marketMood: 'cautious' },
    )
    expect(offer.risk.level).toBe('high')
    expect(offer.recommendation.recommendation).toBe('negotiate')
    expect(offer.recommendation.reasons.map((r) => r.ruleId)).toContain('downside')
  })

  it('declines a high-risk move whose checklist is mostly unanswered, even with one red flag', () => {
    const offer = assessOne({
      checklist: { 'model-product': 'no' },
      redFlags: ['leaderboard-chasing'],
    })
    expect(offer.risk.level).toBe('high')
    expect(offer.recommendation.recommendation).toBe('decline')
    expect(offer.recommendation.reasons.map((r) => r.ruleId)).toEqual(
      expect.arrayContaining([
        'checklist:model-product',
        'leaderboard-chasing',
        'strength-before-pay',
      ]),
    )
  })

  it('negotiates an offer below the band, citing the eager employer (L15) and the market (L18)', () => {
    const offer = assessOne({
      employerKind: 'big-tech-established-line',
      pay: { base: { kind: 'text', text: '40k×15' } },
      employerEager: 'yes',
      roleDomains: ['nlp', 'fine-tuning'],
    })
    expect(offer.recommendation.payPosition).toBe('below')
    expect(offer.recommendation.fitClose).toBe(true)
    expect(offer.recommendation.recommendation).toBe('negotiate')
    expect(offer.recommendation.reasons.map((r) => r.ruleId)).toEqual([
      'band:premium',
      'eager-employer',
      'demand-exceeds-supply',
    ])
  })
})
