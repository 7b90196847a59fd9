import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import type { Profile, Skill } from '../../../../renderer/domain/model/profile'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { scoreSkills } from '../../../../renderer/domain/skills/score-skills'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { reasonText } from '../../../../renderer/ui/reasons/skill-reason-text'

// Trial 20 #10: a score above Core's 85 that stays Premium said only "Score 95 reaches Premium:
// 50 and up", while the chart drew "Core at 85". The tier reason must name Core's other condition
// (an evidenced level-4 S-class skill) and where the user's best S-class skill stands.

const ruleset = DEFAULT_RULESET

const phd: Profile = {
  education: 'phd',
  phdInField: true,
  yearsOfExperience: 8,
  city: '上海',
  currentEmployer: 'big-tech',
  roleFamily: 'engineering',
  stability: 'stable',
  leadership: { businessLine: false, team: true, openSource: false },
}

const skill = (
  domain: Skill['domain'],
  level: number,
  evidence: Skill['evidence'] = ['production'],
): Skill => ({ id: `s-${domain}`, name: domain, domain, level, evidence })

/** The trial's case: fine-tuning 3 and inference 3 (evidenced), foundation software 4. */
const trialSkills = [
  skill('fine-tuning', 3),
  skill('inference-acceleration', 3),
  skill('llm-foundation-software', 4),
]

const tierSentence = (t: TFunction, language: UiLanguage, skills: Skill[]) => {
  const result = scoreSkills(phd, skills, ruleset)
  const reason = result.reasons.find((candidate) => candidate.ruleId === result.tier)
  if (!reason) throw new Error('no tier reason')
  return { result, sentence: reasonText(reason, t, language, ruleset) }
}

describe('the tier reason of a score held below a gated tier', () => {
  it('names Core’s expert S-class condition and the best S-class level, in English', async () => {
    const { t } = await createI18n('en')
    const { result, sentence } = tierSentence(t, 'en', trialSkills)
    expect(result.score).toBe(95)
    expect(result.tier).toBe('premium')
    expect(sentence).toBe(
      'Score 95 reaches Premium (≈1M+): 50 and up. Core talent needs 85 and an evidenced level-4 skill in an S-class domain: your best, Fine-tuning, is at level 3',
    )
  })

  it('says so in Chinese', async () => {
    const { t } = await createI18n('zh-CN')
    const { sentence } = tierSentence(t, 'zh-CN', trialSkills)
    expect(sentence).toBe(
      '95 分，达到百万档：50 分及以上。核心人才需要 85 分，且有一项带证据的 S 类 4 级技能：你最好的调优为 3 级',
    )
  })

  it('says evidence is what is missing when the best S-class skill is a 4 held at the cap', async () => {
    const { t } = await createI18n('en')
    const { sentence } = tierSentence(t, 'en', [
      skill('fine-tuning', 3),
      skill('inference-acceleration', 3),
      skill('llm-foundation-software', 4),
      skill('llm-training', 4, []),
    ])
    expect(sentence).toContain('you rate LLM training 4, but without evidence it counts as level 2')
  })

  it('says there is no S-class skill at all when there is none', async () => {
    const { t } = await createI18n('en')
    const { result, sentence } = tierSentence(t, 'en', [
      skill('llm-foundation-software', 4),
      skill('nlp', 4),
      skill('deep-learning', 4),
      skill('model-optimization', 4),
      skill('computer-vision', 4),
    ])
    expect(result.score).toBeGreaterThanOrEqual(85)
    expect(sentence).toContain('you have no S-class skill yet')
  })

  it('adds nothing where no gate holds the score back', async () => {
    const { t } = await createI18n('en')
    const { result, sentence } = tierSentence(t, 'en', [skill('fine-tuning', 3)])
    expect(result.score).toBeLessThan(85)
    expect(sentence).not.toContain('Core talent needs')
  })
})
