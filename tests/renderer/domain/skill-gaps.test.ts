import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET as ruleset } from '../../../renderer/domain'
import { profileSchema, skillSchema, type Skill } from '../../../renderer/domain/model/profile'
import { scoreSkills } from '../../../renderer/domain/skills/score-skills'
import { skillGaps } from '../../../renderer/domain/skills/skill-gaps'
import { loadPersona } from '../../helpers/personas'

const S_CLASS = ['fine-tuning', 'inference-acceleration', 'llm-training'] as const

const profile = profileSchema.parse({
  education: 'master',
  yearsOfExperience: 3,
  currentEmployer: 'mid-size',
  roleFamily: 'algorithm',
  stability: 'stable',
})
const skill = (domain: string, level: number, evidence: string[]): Skill =>
  skillSchema.parse({ id: domain, name: domain, domain, level, evidence })

function gapsOf(input: { profile: typeof profile; skills: Skill[] }, limit = 20) {
  const current = scoreSkills(input.profile, input.skills, ruleset)
  return { current, gaps: skillGaps(input.profile, input.skills, current, ruleset, limit) }
}

describe('gaps: the step that pays, not only the next level (new-user trial 12)', () => {
  it('offers P3 the S-class domains at working level (0→2, no evidence), which reach Mid-level', () => {
    const p3 = loadPersona('p3')
    const { current, gaps } = gapsOf(p3, 5)
    // By hand: CS 4 (8) first, each next domain weighted less: 8 × 1 + 3.5 × .5 + 3.5 × .25.
    expect(current.score).toBeCloseTo(10.625, 6)
    // Fine-tuning at 2 (50 × .4 = 20) leads: 20 + 8 × .5 + 3.5 × .25 + 3.5 × .125 = 25.3125.
    for (const domain of S_CLASS)
      expect(gaps.find((gap) => gap.domain === domain)).toEqual({
        domain,
        action: 'raise-level',
        needsEvidence: false,
        fromLevel: 0,
        toLevel: 2,
        scoreGain: 14.7,
        tierAfter: 'mid',
      })
    // Each ranks above NLP 1→2 (+8.3), which one level ahead put first.
    const all = gapsOf(p3).gaps
    const rank = (domain: string) => all.findIndex((gap) => gap.domain === domain)
    expect(all[rank('nlp')]).toMatchObject({ fromLevel: 1, toLevel: 2, scoreGain: 8.3 })
    for (const domain of S_CLASS) expect(rank(domain)).toBeLessThan(rank('nlp'))
    expect(gaps.map((gap) => gap.scoreGain)).toEqual(
      [...gaps.map((gap) => gap.scoreGain)].sort((a, b) => b - a),
    )
  })

  it('raises an evidenced skill past the cap without asking for evidence again', () => {
    // P3's deep learning 1 has a course: 3 counts, and 1→3 adds the most a level (+20.5).
    const deepLearning = gapsOf(loadPersona('p3')).gaps.find(
      (gap) => gap.domain === 'deep-learning',
    )
    expect(deepLearning).toMatchObject({
      fromLevel: 1,
      toLevel: 3,
      needsEvidence: false,
      scoreGain: 20.5,
    })
  })

  it('prefers the step that reaches a better tier: the mover’s fine-tuning 2→4 reaches Core', () => {
    // 2→3 adds 12.8 (12.8 a level) and stays Premium; 2→4 adds 25.3 (12.65 a level): Core.
    const { gaps } = gapsOf(loadPersona('p1'))
    expect(gaps[0]).toMatchObject({
      domain: 'fine-tuning',
      fromLevel: 2,
      toLevel: 4,
      needsEvidence: false,
      scoreGain: 25.3,
      tierAfter: 'core',
    })
  })

  it('without evidence, offers up to the cap (2), and past it only the next level, with evidence', () => {
    const { gaps } = gapsOf({
      profile,
      skills: [skill('nlp', 2, []), skill('deep-learning', 0, []), skill('fine-tuning', 1, [])],
    })
    expect(gaps.find((gap) => gap.domain === 'nlp')).toMatchObject({
      fromLevel: 2,
      toLevel: 3,
      needsEvidence: true,
    })
    for (const gap of gaps.filter((entry) => entry.domain !== 'nlp')) {
      expect(gap.toLevel).toBeLessThanOrEqual(ruleset.evidenceCap.maxLevelWithoutEvidence)
      expect(gap.needsEvidence).toBe(false)
    }
  })

  it('each gain is what the step re-scores to, for every persona', () => {
    for (const name of ['p1', 'p2', 'p3', 'p6'] as const) {
      const input = loadPersona(name)
      const { current, gaps } = gapsOf(input)
      for (const gap of gaps) {
        if (gap.action !== 'raise-level') continue
        const own = input.skills.filter((entry) => entry.domain !== gap.domain)
        const evidence =
          gap.toLevel > ruleset.evidenceCap.maxLevelWithoutEvidence ? ['side-project'] : []
        const after = scoreSkills(
          input.profile,
          [...own, skill(gap.domain, gap.toLevel, evidence)],
          ruleset,
        )
        const gain = after.score - current.score
        expect(Math.abs(gain - gap.scoreGain), `${name} ${gap.domain}`).toBeLessThanOrEqual(
          0.05 + 1e-9,
        )
        expect(after.tier).toBe(gap.tierAfter)
      }
    }
  })
})

describe('gaps near the top of the score (trial 13)', () => {
  it('ranks steps by their points before the score is held at 100, not by the capped gain', () => {
    // Trial 13's in-field PhD at 93.5: every step shows +6.5 (to 100), and the order was by
    // name. Fine-tuning or training 3 → 4 adds 12.5 points before the cap (and reaches Core);
    // inference's evidence-backed 2 → 3 adds 6.5: it comes after both.
    const phd = profileSchema.parse({
      education: 'phd',
      phdInField: true,
      yearsOfExperience: 1,
      city: '北京',
      currentEmployer: 'research-institute',
      roleFamily: 'research',
      stability: 'stable',
    })
    const skills = [
      skill('llm-training', 3, ['open-source', 'paper']),
      skill('fine-tuning', 3, ['paper']),
      skill('nlp', 4, ['paper']),
      skill('inference-acceleration', 2, []),
    ]
    const { current, gaps } = gapsOf({ profile: phd, skills }, 3)
    expect(current.score).toBe(93.5)
    expect(gaps.map((gap) => [gap.domain, gap.scoreGain])).toEqual([
      ['fine-tuning', 6.5],
      ['llm-training', 6.5],
      ['inference-acceleration', 6.5],
    ])
  })

  it('at a score of 100, offers the steps that lift the tier though they add no points (review 21 M6)', () => {
    const phd = profileSchema.parse({
      education: 'phd',
      phdInField: true,
      yearsOfExperience: 1,
      city: '北京',
      currentEmployer: 'research-institute',
      roleFamily: 'research',
      stability: 'stable',
    })
    const skills = [
      skill('llm-training', 3, ['open-source', 'paper']),
      skill('fine-tuning', 3, ['paper']),
      skill('nlp', 4, ['paper']),
      skill('inference-acceleration', 3, ['production']),
      skill('deep-learning', 3, ['paper']),
    ]
    const { current, gaps } = gapsOf({ profile: phd, skills })
    expect(current.score).toBe(100)
    expect(current.tier).toBe('premium')
    // An expert S-class level is what core asks: each such step reaches it at +0.
    expect(gaps.length).toBeGreaterThan(0)
    for (const gap of gaps)
      expect(gap).toMatchObject({ scoreGain: 0, tierAfter: 'core', toLevel: 4 })
    expect(new Set(gaps.map((gap) => gap.domain))).toEqual(
      new Set(['fine-tuning', 'llm-training', 'inference-acceleration']),
    )
  })
})
