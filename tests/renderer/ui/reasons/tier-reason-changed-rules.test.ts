import { describe, expect, it } from 'vitest'
import type { Profile, Skill } from '../../../../renderer/domain/model/profile'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { withOverrides } from '../../../../renderer/domain/ruleset/overrides'
import type { Ruleset } from '../../../../renderer/domain/ruleset/ruleset-schema'
import { scoreSkills } from '../../../../renderer/domain/skills/score-skills'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { reasonText } from '../../../../renderer/ui/reasons/skill-reason-text'

/**
 * Trial 32 #1: with the mid tier's score raised from 0 to 30 on the Rules screen, a 29.9 with
 * deep learning at level 2 read "转型中，未达中层的 30 分，也还没有 S 或 A 类技能达到 2 级" two
 * lines under that skill's own reason; and the mid tier's sentence named the skill as all it
 * asks. The tier's words follow what was missed: the score, the skill, or both.
 */
const generalist: Profile = {
  education: 'bachelor',
  phdInField: false,
  yearsOfExperience: 8,
  city: '成都',
  currentEmployer: 'mid-size',
  roleFamily: 'engineering',
  stability: 'stable',
  leadership: { businessLine: false, team: false, openSource: false },
}

const skill = (domain: Skill['domain'], level: number): Skill => ({
  id: `s-${domain}`,
  name: domain,
  domain,
  level,
  evidence: ['production'],
})

function withMidAt(minScore: number): Ruleset {
  const changed = withOverrides(DEFAULT_RULESET, { tiers: [{ id: 'mid', minScore }] })
  if (!changed.ok) throw new Error('the override applies')
  return changed.ruleset
}

async function tierSentence(language: UiLanguage, skills: Skill[], ruleset: Ruleset) {
  const { t } = await createI18n(language)
  const result = scoreSkills(generalist, skills, ruleset)
  const reason = result.reasons.find((candidate) => candidate.ruleId === result.tier)
  if (!reason) throw new Error('no tier reason')
  return { result, sentence: reasonText(reason, t, language, ruleset) }
}

describe('the tier reason under a changed tier score', () => {
  const withSkill = [skill('deep-learning', 2)]

  it('says an emerging score with the skill is below the mid tier by its score only', async () => {
    const ruleset = withMidAt(30)
    const en = await tierSentence('en', withSkill, ruleset)
    expect(en.result.tier).toBe('emerging')
    expect(en.result.score).toBeLessThan(30)
    // Then the changed line it used, with its default (trial 32 #2).
    expect(en.sentence).toMatch(
      /^Score [\d.]+: Transitioning, below Mid-level at 30\. “Mid-level: from score” uses your value 30 \(Tidemark’s default: 0\)$/,
    )
    const zh = await tierSentence('zh-CN', withSkill, ruleset)
    expect(zh.sentence).not.toContain('还没有 S 或 A 类技能')
  })

  it('still names the missing skill where it is missing', async () => {
    const { result, sentence } = await tierSentence(
      'en',
      [skill('cs-data-foundations', 1)],
      DEFAULT_RULESET,
    )
    expect(result.tier).toBe('emerging')
    expect(sentence).toContain('without an S- or A-class skill at level 2 or above')
  })

  it('names the mid tier’s own score where it has one, and not where it is the article’s 0', async () => {
    const raised = await tierSentence('en', withSkill, withMidAt(5))
    expect(raised.result.tier).toBe('mid')
    expect(raised.sentence).toContain(
      'reached from a score of 5 with an S- or A-class skill at level 2 or above',
    )
    const zh = await tierSentence('zh-CN', withSkill, withMidAt(5))
    expect(zh.sentence).toContain('5 分及以上、且有 S 或 A 类技能达到 2 级及以上即可进入')
    const article = await tierSentence('en', withSkill, DEFAULT_RULESET)
    expect(article.result.tier).toBe('mid')
    expect(article.sentence).toContain('reached with an S- or A-class skill at level 2 or above')
  })
})
