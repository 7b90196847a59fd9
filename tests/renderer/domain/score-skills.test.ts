import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET as ruleset } from '../../../renderer/domain'
import { profileSchema, skillSchema, type Skill } from '../../../renderer/domain/model/profile'
import { scoreSkills } from '../../../renderer/domain/skills/score-skills'
import { skillGaps } from '../../../renderer/domain/skills/skill-gaps'
import { loadPersona } from '../../helpers/personas'

const profile = (overrides: object = {}) =>
  profileSchema.parse({
    education: 'master',
    yearsOfExperience: 3,
    currentEmployer: 'mid-size',
    roleFamily: 'algorithm',
    stability: 'stable',
    ...overrides,
  })
const skill = (
  domain: string,
  level: number,
  evidence: string[] = ['production'],
  id = domain,
): Skill => skillSchema.parse({ id, name: domain, domain, level, evidence })

describe('the evidence rule (L33)', () => {
  it('counts an unevidenced 3 or 4 as 2, and says so', () => {
    const claimed = scoreSkills(profile(), [skill('llm-training', 4, [])], ruleset)
    const level2 = scoreSkills(profile(), [skill('llm-training', 2)], ruleset)
    expect(claimed.score).toBe(level2.score)
    const said = claimed.reasons.find((reason) => reason.ruleId === 'evidence-cap')
    expect(said?.facts).toEqual({ domain: 'llm-training', claimed: 4, counted: 2 })
    expect(said?.citation).toMatchObject({ lines: [33] })
  })

  it('takes the strongest of several skills filed under one domain', () => {
    const result = scoreSkills(
      profile(),
      [
        skill('inference-acceleration', 2, [], 'vllm'),
        skill('inference-acceleration', 3, ['open-source'], 'trt'),
      ],
      ruleset,
    )
    expect(result.levels.find((level) => level.domain === 'inference-acceleration')).toMatchObject({
      effective: 3,
      skillId: 'trt',
    })
  })
})

describe('modifiers', () => {
  it('rewards breadth across the bottom-layer directions only at level 3 and above', () => {
    const two = scoreSkills(profile(), [skill('llm-training', 3), skill('fine-tuning', 3)], ruleset)
    const three = scoreSkills(
      profile(),
      [skill('llm-training', 3), skill('fine-tuning', 3), skill('inference-acceleration', 3)],
      ruleset,
    )
    const shallow = scoreSkills(
      profile(),
      [skill('llm-training', 3), skill('fine-tuning', 2)],
      ruleset,
    )
    expect(two.reasons.find((r) => r.ruleId === 'breadth')?.points).toBe(8)
    expect(three.reasons.find((r) => r.ruleId === 'breadth')?.points).toBe(12)
    expect(shallow.reasons.map((r) => r.ruleId)).not.toContain('breadth')
  })

  it('matches hub cities in either script and with 市', () => {
    for (const city of ['北京', '北京市', 'Beijing', ' shanghai ', '深圳', 'Hangzhou']) {
      expect(
        scoreSkills(profile({ city }), [], ruleset).reasons.map((r) => r.ruleId),
        city,
      ).toContain('hub-city')
    }
    expect(
      scoreSkills(profile({ city: '成都' }), [], ruleset).reasons.map((r) => r.ruleId),
    ).not.toContain('hub-city')
  })

  it('gives a PhD points only when the field matches', () => {
    const inField = scoreSkills(profile({ education: 'phd', phdInField: true }), [], ruleset)
    const offField = scoreSkills(profile({ education: 'phd', phdInField: false }), [], ruleset)
    expect(inField.score - offField.score).toBe(15)
  })

  it('does not pay for years: 20 years and 2 years score alike', () => {
    const skills = [skill('cs-data-foundations', 4)]
    const senior = scoreSkills(profile({ yearsOfExperience: 20 }), skills, ruleset)
    const junior = scoreSkills(profile({ yearsOfExperience: 2 }), skills, ruleset)
    expect(senior.score).toBe(junior.score)
    expect(senior.reasons.map((r) => r.ruleId)).toContain('years-not-enough')
    expect(junior.reasons.map((r) => r.ruleId)).not.toContain('years-not-enough')
  })
})

describe('tiers', () => {
  it('puts an evidenced expert in an S-class domain with a strong score in the core tier', () => {
    const result = scoreSkills(
      profile({ education: 'phd', phdInField: true, city: '北京' }),
      [skill('llm-training', 4), skill('fine-tuning', 4), skill('inference-acceleration', 3)],
      ruleset,
    )
    expect(result.tier).toBe('core')
  })

  it('separates mid (an algorithm base) from emerging (transitioning)', () => {
    expect(scoreSkills(profile(), [skill('nlp', 2)], ruleset).tier).toBe('mid')
    expect(
      scoreSkills(profile(), [skill('cs-data-foundations', 4), skill('nlp', 1)], ruleset).tier,
    ).toBe('emerging')
  })
})

describe('gaps: what to learn next', () => {
  it('for the article’s mover, names the S-class step first and says how much it adds', () => {
    const input = loadPersona('p1')
    const current = scoreSkills(input.profile, input.skills, ruleset)
    const gaps = skillGaps(input.profile, input.skills, current, ruleset)
    expect(gaps[0]).toMatchObject({
      domain: 'fine-tuning',
      action: 'raise-level',
      fromLevel: 2,
      toLevel: 4,
      tierAfter: 'core',
    })
    expect(gaps[0]?.scoreGain).toBeGreaterThan(0)
    for (let i = 1; i < gaps.length; i++)
      expect(gaps[i - 1]?.scoreGain).toBeGreaterThanOrEqual(gaps[i]?.scoreGain ?? 0)
  })

  it('suggests adding evidence to a capped skill before anything else in that domain', () => {
    const skills = [skill('llm-training', 4, [])]
    const current = scoreSkills(profile(), skills, ruleset)
    const gap = skillGaps(profile(), skills, current, ruleset).find(
      (entry) => entry.domain === 'llm-training',
    )
    expect(gap).toMatchObject({ action: 'add-evidence', fromLevel: 2, toLevel: 4 })
  })
})

describe('the leadership reason’s sentence (new-user trial 11)', () => {
  const leadershipOf = (leadership: object) =>
    scoreSkills(profile({ leadership }), [skill('nlp', 2)], ruleset).reasons.find(
      (reason) => reason.ruleId === 'leadership',
    )

  it('quotes the mover’s business line (L12) for a business line alone', () => {
    const reason = leadershipOf({ businessLine: true, team: false, openSource: false })
    expect(reason?.citation).toMatchObject({ source: 'article', lines: [12] })
    expect(reason?.citation.source === 'article' && reason.citation.quote).toContain('業務線負責人')
  })

  it('quotes the lead posting (L5) where team or open-source management is counted', () => {
    for (const leadership of [
      { businessLine: false, team: true, openSource: false },
      { businessLine: true, team: true, openSource: false },
    ]) {
      const reason = leadershipOf(leadership)
      expect(reason?.citation.source === 'article' && reason.citation.quote).toContain(
        '團隊管理經驗',
      )
    }
  })
})
