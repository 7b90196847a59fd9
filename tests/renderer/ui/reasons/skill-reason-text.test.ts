import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { SKILL_DOMAIN_IDS, TIER_IDS } from '../../../../renderer/domain/model/enums'
import type { Profile, Skill } from '../../../../renderer/domain/model/profile'
import type { Reason } from '../../../../renderer/domain/reason'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { scoreSkills } from '../../../../renderer/domain/skills/score-skills'
import { formatPoints } from '../../../../renderer/ui/format/amount'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import {
  reasonText,
  SKILL_SENTENCES,
  skillReasonAssumption,
} from '../../../../renderer/ui/reasons/skill-reason-text'

const ruleset = DEFAULT_RULESET

/** Every rule id the skill score can give a reason for, read from the engine's vocabularies
 *  and the ruleset: a new modifier or domain shows up here without editing this test. */
const ENGINE_RULE_IDS = [
  ...SKILL_DOMAIN_IDS,
  ...TIER_IDS,
  ruleset.evidenceCap.id,
  ...Object.values(ruleset.modifiers).map((modifier) => modifier.id),
]

const baseProfile: Profile = {
  education: 'bachelor',
  phdInField: false,
  yearsOfExperience: 2,
  city: '',
  currentEmployer: 'mid-size',
  roleFamily: 'engineering',
  stability: 'stable',
  leadership: { businessLine: false, team: false, openSource: false },
}

const skill = (
  domain: Skill['domain'],
  level: number,
  evidence: Skill['evidence'] = [],
): Skill => ({
  id: `s-${domain}`,
  name: domain,
  domain,
  level,
  evidence,
})

/** Profiles and skills that, between them, make the engine give every kind of reason. */
const CASES: { profile: Profile; skills: Skill[] }[] = [
  // Core: an evidenced S-class 4, a PhD in the field, breadth, leadership, a hub city.
  {
    profile: {
      ...baseProfile,
      education: 'phd',
      phdInField: true,
      city: '北京',
      leadership: { businessLine: true, team: true, openSource: false },
    },
    skills: [
      skill('llm-training', 4, ['paper']),
      skill('fine-tuning', 3, ['paper']),
      skill('inference-acceleration', 3, ['open-source']),
    ],
  },
  // Premium: the article's mover (in-field transition), one domain capped for want of evidence.
  {
    profile: {
      ...baseProfile,
      education: 'master',
      yearsOfExperience: 8,
      city: 'Shanghai',
      currentEmployer: 'big-tech',
      roleFamily: 'algorithm',
      leadership: { businessLine: true, team: false, openSource: false },
    },
    skills: [
      skill('nlp', 3, ['production']),
      skill('deep-learning', 3, ['production']),
      skill('computer-vision', 4),
    ],
  },
  // Mid, eight years: every domain rated, so the deep ranks count for nothing.
  {
    profile: { ...baseProfile, yearsOfExperience: 8 },
    skills: SKILL_DOMAIN_IDS.map((domain) => skill(domain, 1)).map((entry) =>
      entry.domain === 'nlp' ? { ...entry, level: 2 } : entry,
    ),
  },
  // Emerging: no algorithm skill at working level.
  { profile: { ...baseProfile, yearsOfExperience: 10 }, skills: [skill('cs-data-foundations', 4)] },
]

const reasons: Reason[] = CASES.flatMap(
  ({ profile, skills }) => scoreSkills(profile, skills, ruleset).reasons,
)

async function translator(language: UiLanguage): Promise<TFunction> {
  return (await createI18n(language)).t
}

describe('skill reason sentences', () => {
  it('the cases reach every rule id the engine can give', () => {
    expect(new Set(reasons.map((reason) => reason.ruleId))).toEqual(new Set(ENGINE_RULE_IDS))
  })

  it('has a sentence for every rule id the engine can give', () => {
    const missing = ENGINE_RULE_IDS.filter((id) => !SKILL_SENTENCES.has(id))
    expect(missing).toEqual([])
  })

  it.each<UiLanguage>(['en', 'zh-CN'])('says every reason in plain %s words', async (language) => {
    const t = await translator(language)
    for (const reason of reasons) {
      const text = reasonText(reason, t, language, ruleset)
      expect(text, reason.ruleId).not.toMatch(/{{|}}|undefined|NaN|assessment\.|Rule “|规则“/)
      if (language === 'zh-CN') expect(text, reason.ruleId).toMatch(/[\u4e00-\u9fff]/)
      if (reason.points !== 0)
        expect(text, reason.ruleId).toContain(formatPoints(reason.points, language))
    }
  })

  it('reads the facts into the sentence, in English', async () => {
    const t = await translator('en')
    const say = (ruleId: string, index = 0) => {
      const reason = reasons.filter((candidate) => candidate.ruleId === ruleId)[index]
      if (!reason) throw new Error(`no reason ${ruleId}`)
      return reasonText(reason, t, 'en', ruleset)
    }
    expect(say('deep-learning')).toBe(
      'Deep learning at level 3 (proficient), class A: the domain that scores you most, counted in full: +26.3 points',
    )
    expect(say('nlp')).toBe(
      'NLP at level 3 (proficient), class A, counted at 50% as your domain no. 2: +13.1 points',
    )
    expect(say('phd-in-field')).toBe('PhD in the field: +15 points')
    expect(say('years-not-enough')).toBe('8 years of experience alone do not earn the premium')
    expect(say('evidence-cap')).toBe(
      'Computer vision: you rate it 4, but without evidence it counts as 2. Evidence of any kind lifts the cap: production, open source, paper, side project, or course',
    )
    expect(say('leadership')).toBe('Leadership: a business line and a team: +6 points')
    expect(say('hub-city')).toBe('Working in Beijing, where this talent concentrates: +3 points')
    expect(say('in-field-transition')).toContain('with NLP at level 3 or above: +8 points')
    expect(say('breadth')).toBe(
      'Breadth: 3 of the bottom-layer directions (LLM training, Fine-tuning, and Inference acceleration) at level 3 or above: +12 points',
    )
    expect(say('premium')).toMatch(/^Score [\d.]+ reaches Premium \(≈1M\+\): 50 and up$/)
    expect(say('emerging')).toMatch(/below Premium \(≈1M\+\) at 50/)
    expect(say('cs-data-foundations')).toBe(
      'CS and data science at level 1 (aware), class C: domain no. 12 adds nothing more',
    )
  })

  it('reads the facts into the sentence, in Chinese', async () => {
    const t = await translator('zh-CN')
    const say = (ruleId: string) => {
      const reason = reasons.find((candidate) => candidate.ruleId === ruleId)
      if (!reason) throw new Error(`no reason ${ruleId}`)
      return reasonText(reason, t, 'zh-CN', ruleset)
    }
    expect(say('deep-learning')).toBe(
      '深度学习 3 级（熟练），属 A 类，是你得分最高的方向，全额计分：+26.3 分',
    )
    expect(say('nlp')).toBe('NLP 算法 3 级（熟练），属 A 类，作为第 2 个方向按 50% 计分：+13.1 分')
    expect(say('phd-in-field')).toBe('对口博士：+15 分')
    // A Latin name inside a Chinese sentence is set off by spaces.
    expect(say('in-field-transition')).toContain('且 NLP 算法达到 3 级及以上')
    expect(say('years-not-enough')).toBe('8 年工作经验本身并不带来溢价')
    // Every kind the ruleset counts, course too (trial 16).
    expect(say('evidence-cap')).toContain(
      '补上任一项证据即可解除上限：生产上线、开源贡献、论文、个人项目或课程',
    )
  })

  it('reads a rule with no sentence by its id, never blank', async () => {
    const t = await translator('en')
    const stray: Reason = {
      ruleId: 'not-a-rule',
      points: 2,
      facts: {},
      citation: ruleset.evidenceCap.citation,
      assumption: false,
    }
    expect(reasonText(stray, t, 'en', ruleset)).toBe('Rule “not-a-rule”: +2 points')
  })

  it('finds the note of each reason that rests on an assumption', () => {
    for (const reason of reasons) {
      const note = skillReasonAssumption(ruleset, reason)
      if (reason.assumption) expect(note, reason.ruleId).toBeDefined()
    }
    const nlp = reasons.find((reason) => reason.ruleId === 'nlp')
    expect(nlp && skillReasonAssumption(ruleset, nlp)).toBe(ruleset.scoring.assumption)
  })
})
