import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET as ruleset } from '../../../../renderer/domain'
import { profileSchema, skillSchema, type Skill } from '../../../../renderer/domain/model/profile'
import { pointsAsShown } from '../../../../renderer/domain/skills/points-as-shown'
import { scoreSkills } from '../../../../renderer/domain/skills/score-skills'
import { gapExplanation, skillGaps } from '../../../../renderer/domain/skills/skill-gaps'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { gapNotes } from '../../../../renderer/ui/reasons/skill-gap-text'
import { reasonText } from '../../../../renderer/ui/reasons/skill-reason-text'

/**
 * Trial 20 #2: "Raise LLM training from 1 to 4: +26.3 points, up to Core talent" was the one
 * number of the assessment without a "why": that 8 of it is the breadth bonus (L33), that the
 * other domains move down a rank, and that Core also asks an evidenced level-4 S-class skill
 * (L26) could not be seen; nor that 1 → 3 alone brings +13.8. The parts add up to the gain.
 */
const profile = profileSchema.parse({
  education: 'bachelor',
  yearsOfExperience: 8,
  city: '上海',
  currentEmployer: 'big-tech',
  roleFamily: 'engineering',
  stability: 'stable',
  leadership: { businessLine: false, team: true, openSource: false },
})
const skill = (domain: string, level: number, evidence: string[] = ['production']): Skill =>
  skillSchema.parse({ id: domain, name: domain, domain, level, evidence })

/** The trial's skills, by domain: 37.5 + 17.5 + 5 + 1.75 + 0.875 + team 4 + Shanghai 3. */
const skills = [
  skill('inference-acceleration', 3),
  skill('llm-foundation-software', 4),
  skill('fine-tuning', 2),
  skill('deep-learning', 2),
  skill('model-optimization', 2),
  skill('llm-training', 1),
]
const current = scoreSkills(profile, skills, ruleset)
const gaps = skillGaps(profile, skills, current, ruleset)
const training = gaps.find((gap) => gap.domain === 'llm-training')

async function explained(language: UiLanguage) {
  const { t } = await createI18n(language)
  if (!training) throw new Error('no LLM training gap')
  const explanation = gapExplanation(training)
  if (!explanation) throw new Error('no explanation')
  const shown = pointsAsShown(explanation.parts)
  return {
    explanation,
    lines: explanation.parts.map((part, index) =>
      reasonText({ ...part, points: shown[index] ?? 0 }, t, language, ruleset),
    ),
    notes: gapNotes(training, explanation, current.tier, t, language, ruleset),
  }
}

describe('a gap opens how its points add up', () => {
  it('is the trial’s case: 69.6, Premium; LLM training 1 → 4 reaches Core with +26.3', () => {
    expect(current.score).toBeCloseTo(69.625, 6)
    expect(training).toMatchObject({ fromLevel: 1, toLevel: 4, scoreGain: 26.3, tierAfter: 'core' })
  })

  it('parts: the domain at its new rank, the others moved down, breadth, the tier and its gate', async () => {
    const { explanation, lines, notes } = await explained('en')
    const sum = explanation.parts.reduce((total, part) => total + part.points, 0)
    expect(sum).toBeCloseTo(explanation.rawGain, 9)
    expect(explanation.parts.map((part) => part.ruleId)).toEqual([
      'llm-training',
      'inference-acceleration',
      'llm-foundation-software',
      'fine-tuning',
      'deep-learning',
      'model-optimization',
      'breadth',
      'core',
    ])
    // Each part carries its rule's citation: breadth quotes L33, the tier L26.
    expect(explanation.parts.find((part) => part.ruleId === 'breadth')?.citation).toMatchObject({
      lines: [33],
    })
    expect(explanation.parts.at(-1)?.citation).toMatchObject({ lines: [26] })
    expect(lines).toEqual([
      'LLM training at level 4 (expert), class S: the domain that scores you most, counted in full: +50 points',
      'Inference acceleration at level 3 (proficient), class S, moves from domain no. 1 to no. 2, so it counts at 50% instead of in full (18.8 of its 37.5 points): −18.7 points',
      'LLM foundation software at level 4 (expert), class A, moves from domain no. 2 to no. 3, so it counts at 25% instead of 50% (8.8 of its 35 points): −8.7 points',
      'Fine-tuning at level 2 (working), class S, moves from domain no. 3 to no. 4, so it counts at 12.5% instead of 25% (2.5 of its 20 points): −2.5 points',
      'Deep learning at level 2 (working), class A, moves from domain no. 4 to no. 5, so it counts at 6.3% instead of 12.5% (0.9 of its 14 points): −0.9 points',
      'Model optimization at level 2 (working), class A, moves from domain no. 5 to no. 6, which adds nothing more (it counted at 6.3% of its 14 points): −0.9 points',
      'Breadth: 2 of the bottom-layer directions (LLM training, Fine-tuning, and Inference acceleration) at level 3 or above: +8 points',
      'Score 95.9 reaches Core talent: 85 and up, with an evidenced level-4 skill in an S-class domain',
    ])
    expect(notes).toEqual([
      'A shorter step: level 3 alone brings +13.8 points, still Premium (≈1M+).',
    ])
  })

  it('says the same in Chinese', async () => {
    const { lines, notes } = await explained('zh-CN')
    expect(lines.at(-2)).toContain('+8 分')
    expect(lines.at(-1)).toContain('核心人才')
    expect(notes).toEqual(['近一点的一步：只提到 3 级，+13.8 分，仍在百万档。'])
  })
})
