import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET as ruleset } from '../../../../renderer/domain'
import { profileSchema, skillSchema, type Skill } from '../../../../renderer/domain/model/profile'
import { scoreSkills } from '../../../../renderer/domain/skills/score-skills'
import { skillGaps } from '../../../../renderer/domain/skills/skill-gaps'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { gapText } from '../../../../renderer/ui/reasons/skill-gap-text'
import { loadPersona } from '../../../helpers/personas'

/**
 * New-user trial: the tips asked for evidence to reach level 2, where the ruleset's evidence
 * cap needs none (only a level above 2 counts only with evidence). A tip must not ask for
 * what the rules do not require.
 */
const profile = profileSchema.parse({
  education: 'master',
  yearsOfExperience: 3,
  currentEmployer: 'mid-size',
  roleFamily: 'algorithm',
  stability: 'stable',
})
const skill = (domain: string, level: number, evidence: string[]): Skill =>
  skillSchema.parse({ id: domain, name: domain, domain, level, evidence })

const skills = [skill('nlp', 1, []), skill('fine-tuning', 2, [])]
const current = scoreSkills(profile, skills, ruleset)
const gaps = skillGaps(profile, skills, current, ruleset, 20)
const gapFor = (domain: string) => gaps.find((gap) => gap.domain === domain)

describe('improvement tips ask for evidence only where the rules need it', () => {
  it('the engine: a step to level 2 needs none, a step to 3 does', () => {
    expect(ruleset.evidenceCap.maxLevelWithoutEvidence).toBe(2)
    expect(gapFor('nlp')).toMatchObject({ action: 'raise-level', toLevel: 2, needsEvidence: false })
    expect(gapFor('fine-tuning')).toMatchObject({
      action: 'raise-level',
      toLevel: 3,
      needsEvidence: true,
    })
  })

  const said: Record<UiLanguage, { toTwo: string; toThree: string }> = {
    en: {
      toTwo: 'Raise NLP from 1 to 2',
      toThree: 'Raise Fine-tuning from 2 to 3, with evidence',
    },
    'zh-CN': {
      toTwo: '把 NLP 算法从 1 级提到 2 级',
      toThree: '把调优从 2 级提到 3 级，并有证据',
    },
  }
  for (const language of ['en', 'zh-CN'] as const) {
    it(`the words, ${language}: no evidence asked for level 2, asked for level 3`, async () => {
      const { t } = await createI18n(language)
      const words = (domain: string) => {
        const gap = gapFor(domain)
        if (!gap) throw new Error(`no gap for ${domain}`)
        return gapText(gap, current.tier, t, language, ruleset).action
      }
      expect(words('nlp')).toBe(said[language].toTwo)
      expect(words('fine-tuning')).toBe(said[language].toThree)
    })
  }
})

describe('the step that pays, in words (new-user trial 12)', () => {
  const p3 = loadPersona('p3')
  const p3Score = scoreSkills(p3.profile, p3.skills, ruleset)
  const p3Gaps = skillGaps(p3.profile, p3.skills, p3Score, ruleset)
  const said: Record<UiLanguage, string[]> = {
    en: [
      'Raise Deep learning from 1 to 3: +20.5 points, up to Mid-level',
      'Raise Fine-tuning from 0 to 2: +14.7 points, up to Mid-level',
    ],
    'zh-CN': [
      '把深度学习从 1 级提到 3 级：+20.5 分，升到中层',
      '把调优从 0 级提到 2 级：+14.7 分，升到中层',
    ],
  }
  for (const language of ['en', 'zh-CN'] as const) {
    it(`P3, ${language}: working level needs no evidence, an evidenced skill none again`, async () => {
      const { t } = await createI18n(language)
      const lines = p3Gaps.map((gap) => {
        const { action, effect } = gapText(gap, p3Score.tier, t, language, ruleset)
        return `${action}${language === 'en' ? ': ' : '：'}${effect}`
      })
      expect(lines.slice(0, 2)).toEqual(said[language])
      for (const line of lines) expect(line).not.toMatch(/evidence|证据/)
    })
  }
})

describe('a step that lifts the tier at a score of 100 (review 21 M6)', () => {
  it.each([
    ['en', 'no more points (the score is 100), but up to Core talent'],
    ['zh-CN', '分数已是满分 100，不再加分，但可升到'],
  ] as const)('says it adds no points but lifts the tier (%s)', async (language, words) => {
    const i18n = await createI18n(language)
    const text = gapText(
      {
        domain: 'fine-tuning',
        action: 'raise-level',
        needsEvidence: false,
        fromLevel: 3,
        toLevel: 4,
        scoreGain: 0,
        tierAfter: 'core',
      },
      'premium',
      i18n.t,
      language,
      ruleset,
    )
    expect(text.effect).toContain(words)
    expect(text.effect).not.toMatch(/^0 /)
  })
})
