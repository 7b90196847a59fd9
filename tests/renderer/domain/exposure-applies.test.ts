import { describe, expect, it } from 'vitest'
import { NEUTRAL_PROFILE } from '../../../renderer/data/assessment-input'
import {
  assess,
  assessmentInputSchema,
  DEFAULT_RULESET as ruleset,
  type AssessmentInputDraft,
} from '../../../renderer/domain'
import { OFFER_EMPLOYER_KINDS, type OfferEmployerKind } from '../../../renderer/domain/model/enums'

// New-user trial 34 #1: "你要离开一个稳定的岗位：+5 分" was added to a stable business line at a
// big company, a move from stable to stable. §5's personal exposure is about a risky move, and
// L36 about going from a stable line to "一個不太熟悉、前景未明的大模型業務": a new LLM team or a
// startup only.
const STABLE = {
  ...NEUTRAL_PROFILE,
  currentEmployer: 'big-tech',
  yearsOfExperience: 6,
  stability: 'stable',
}

function riskRuleIds(employerKind: OfferEmployerKind): string[] {
  const draft = {
    profile: STABLE,
    skills: [],
    offers: [
      {
        id: 'o',
        company: 'X',
        employerKind,
        funding: 'funded',
        pay: { base: { kind: 'text', text: '60k×15' } },
      },
    ],
  } as AssessmentInputDraft
  const result = assess(assessmentInputSchema.parse(draft), ruleset).offers[0]
  if (!result?.ok) throw new Error('offer not assessed')
  return result.risk.reasons.map((reason) => reason.ruleId)
}

describe('leaving a stable role (exposure, §5, L36)', () => {
  const risky: OfferEmployerKind[] = [
    'big-tech-new-llm-team',
    'other-industry-new-llm-team',
    'startup',
  ]
  it.each(risky)('weighs against a move to %s', (kind) => {
    expect(riskRuleIds(kind)).toContain(ruleset.risk.exposure.id)
  })

  it.each(OFFER_EMPLOYER_KINDS.filter((kind) => !risky.includes(kind)))(
    'is not added for %s: no uncertain new LLM business to leave a stable role for',
    (kind) => {
      expect(riskRuleIds(kind)).not.toContain(ruleset.risk.exposure.id)
    },
  )

  it('says where it applies in its assumption, en and zh-CN', () => {
    expect(ruleset.risk.exposure.assumption?.noteEn).toMatch(/new LLM team or a startup/)
    expect(ruleset.risk.exposure.assumption?.noteZhHans).toMatch(/大模型新团队或创业公司/)
  })
})
