// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_RULESET as ruleset } from '../../../../renderer/domain'
import { profileSchema, skillSchema, type Skill } from '../../../../renderer/domain/model/profile'
import { roundToDecimals } from '../../../../renderer/domain/rounding'
import { pointsAsShown } from '../../../../renderer/domain/skills/points-as-shown'
import { scoreSkills } from '../../../../renderer/domain/skills/score-skills'
import { gapExplanation, skillGaps } from '../../../../renderer/domain/skills/skill-gaps'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { gapNotes, gapPartsTotal, gapText } from '../../../../renderer/ui/reasons/skill-gap-text'
import { reasonText } from '../../../../renderer/ui/reasons/skill-reason-text'
import { GapList } from '../../../../renderer/ui/screens/skills/assessment/GapList'

afterEach(cleanup)

/**
 * Trial 34 #5, the tester's profile (a recommendation-systems engineer in Beijing): 58.4 points,
 * Premium. Its first tip, inference acceleration 1 → 4, read "+22.1 points" beside the parts'
 * "Score 80.4" (58.4 + 22.1 = 80.5), and deep learning, moved to second place, read
 * "counted at 50% as your domain no. 2: −17.5 points", a penalty as a user reads it.
 */
const profile = profileSchema.parse({
  education: 'master',
  yearsOfExperience: 6,
  city: '北京',
  currentEmployer: 'big-tech',
  roleFamily: 'algorithm',
  stability: 'stable',
})
const skill = (id: string, domain: string, level: number, evidence: string[] = []): Skill =>
  skillSchema.parse({ id, name: id, domain, level, evidence })
const skills = [
  skill('推荐系统', 'deep-learning', 4, ['production']),
  skill('PyTorch', 'deep-learning', 3),
  skill('模型蒸馏', 'model-optimization', 3, ['production']),
  skill('LoRA', 'fine-tuning', 2),
  skill('BERT', 'nlp', 2),
  skill('Spark', 'cs-data-foundations', 4, ['production']),
  skill('DeepSpeed', 'llm-training', 1),
  skill('vLLM', 'inference-acceleration', 1, ['course']),
]
const current = scoreSkills(profile, skills, ruleset)
const gaps = skillGaps(profile, skills, current, ruleset)
const first = gaps[0]

async function explained(language: UiLanguage) {
  const { t } = await createI18n(language)
  if (!first) throw new Error('no gap')
  const explanation = gapExplanation(first)
  if (!explanation) throw new Error('no explanation')
  // As GapList shows them: rounded together to the total the gain shows.
  const shown = pointsAsShown(explanation.parts, 1, gapPartsTotal(explanation))
  return {
    shown,
    effect: gapText(first, current.tier, t, language, ruleset).effect,
    lines: explanation.parts.map((part, index) =>
      reasonText({ ...part, points: shown[index] ?? 0 }, t, language, ruleset),
    ),
    notes: gapNotes(first, explanation, current.tier, t, language, ruleset),
  }
}

describe('a gap’s parts add up to the scores shown (trial 34 #5)', () => {
  it('is the trial’s case: 58.375 shows 58.4; inference acceleration 1 → 4 to 80.4375', () => {
    expect(current.score).toBeCloseTo(58.375, 9)
    expect(first).toMatchObject({ domain: 'inference-acceleration', fromLevel: 1, toLevel: 4 })
    expect(roundToDecimals(current.score, 1)).toBe(58.4)
  })

  it('the gain is the difference of the two scores as shown: 58.4 + 22 = 80.4', async () => {
    expect(first?.scoreGain).toBe(22)
    const { shown, effect, lines } = await explained('en')
    expect(effect).toBe('+22 points, still Premium (≈1M+)')
    expect(lines.at(-1)).toBe('Score 80.4 reaches Premium (≈1M+): 50 and up')
    const sum = Math.round(shown.reduce((total, points) => total + points * 10, 0)) / 10
    expect(sum).toBe(22)
    expect(roundToDecimals(58.4 + sum, 1)).toBe(80.4)
  })

  it('a domain moved down a rank says what it counts now, in both languages', async () => {
    const en = await explained('en')
    expect(en.lines).toEqual([
      'Inference acceleration at level 4 (expert), class S: the domain that scores you most, counted in full: +50 points',
      'Deep learning at level 4 (expert), class A, moves from domain no. 1 to no. 2, so it counts at 50% instead of in full (17.5 of its 35 points): −17.5 points',
      'Model optimization at level 3 (proficient), class A, moves from domain no. 2 to no. 3, so it counts at 25% instead of 50% (6.6 of its 26.3 points): −6.6 points',
      'Fine-tuning at level 2 (working), class S, moves from domain no. 3 to no. 4, so it counts at 12.5% instead of 25% (2.5 of its 20 points): −2.5 points',
      'NLP at level 2 (working), class A, moves from domain no. 4 to no. 5, so it counts at 6.3% instead of 12.5% (0.9 of its 14 points): −0.9 points',
      'CS and data science at level 4 (expert), class C, moves from domain no. 5 to no. 6, which adds nothing more (it counted at 6.3% of its 8 points): −0.5 points',
      'Score 80.4 reaches Premium (≈1M+): 50 and up',
    ])
    // No "held at 100" note: the parts add up to the gain shown.
    expect(en.notes).toEqual([
      'A shorter step: level 3 alone brings +9.5 points, still Premium (≈1M+).',
    ])
    const zh = await explained('zh-CN')
    expect(zh.effect).toBe('+22 分，仍在百万档')
    expect(zh.lines.slice(1, 3)).toEqual([
      '深度学习 4 级（专家），属 A 类，从第 1 个方向变为第 2 个，由全额计分改为按 50% 计分（35 分中计 17.5 分）：−17.5 分',
      'AI 模型优化 3 级（熟练），属 A 类，从第 2 个方向变为第 3 个，由按 50% 计分改为按 25% 计分（26.3 分中计 6.6 分）：−6.6 分',
    ])
    expect(zh.lines[5]).toBe(
      '传统计算机/数据科学 4 级（专家），属 C 类，从第 5 个方向变为第 6 个，不再加分（原先 8 分按 6.3% 计）：−0.5 分',
    )
    expect(zh.lines.at(-1)).toBe('80.4 分，达到百万档：50 分及以上')
  })

  it('the Skills screen’s list shows the parts rounded to the gain shown', async () => {
    const i18n = await createI18n('en')
    render(
      <I18nextProvider i18n={i18n}>
        <GapList gaps={gaps} tier={current.tier} ruleset={ruleset} atTop={false} />
      </I18nextProvider>,
    )
    const item = screen.getAllByRole('listitem')[0]
    const details = item?.querySelector('details.gap-why')
    if (!(details instanceof HTMLDetailsElement)) throw new Error('no disclosure')
    act(() => {
      details.open = true
      details.dispatchEvent(new Event('toggle'))
    })
    const figures = [...details.querySelectorAll('.reason-text')].flatMap((line) => {
      const match = / ([−+][\d.]+) points?$/.exec(line.textContent)
      return match?.[1] ? [Number(match[1].replace('−', '-'))] : []
    })
    // Rounded alone to the parts' own sum, model optimization read −6.5 and the parts +22.1.
    expect(figures).toEqual([50, -17.5, -6.6, -2.5, -0.9, -0.5])
    expect(item?.querySelector('.gap-effect')?.textContent).toBe('+22 points, still Premium (≈1M+)')
  })

  it('where the hold at 100 cuts a step, the note says the parts’ total beside the gain', async () => {
    // An in-field PhD at 87.5 (Core): fine-tuning 2 → 3 brings 16.75 points, 12.5 of them kept.
    const phd = profileSchema.parse({
      education: 'phd',
      phdInField: true,
      yearsOfExperience: 3,
      city: '北京',
      currentEmployer: 'big-tech',
      roleFamily: 'algorithm',
      stability: 'stable',
      leadership: { team: true, openSource: true },
    })
    const own = [
      skill('llm-training', 'llm-training', 4, ['paper']),
      skill('fine-tuning', 'fine-tuning', 2, ['paper']),
      skill('nlp', 'nlp', 2, ['paper']),
    ]
    const now = scoreSkills(phd, own, ruleset)
    expect(now.score).toBe(87.5)
    const step = skillGaps(phd, own, now, ruleset).find((gap) => gap.domain === 'fine-tuning')
    const explanation = step && gapExplanation(step)
    if (!step || !explanation) throw new Error('no fine-tuning gap')
    expect(step.scoreGain).toBe(12.5)
    const { t } = await createI18n('en')
    expect(gapNotes(step, explanation, now.tier, t, 'en', ruleset)).toEqual([
      'The parts add up to +16.8, but the score stops at 100: the step adds +12.5.',
    ])
    const shown = pointsAsShown(explanation.parts, 1, gapPartsTotal(explanation))
    expect(Math.round(shown.reduce((sum, points) => sum + points * 10, 0))).toBe(168)
  })
})
