// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import type { Profile, Skill } from '../../../../renderer/domain/model/profile'
import type { Reason } from '../../../../renderer/domain/reason'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { withOverrides, type RulesetOverrides } from '../../../../renderer/domain/ruleset/overrides'
import type { Ruleset } from '../../../../renderer/domain/ruleset/ruleset-schema'
import { scoreSkills } from '../../../../renderer/domain/skills/score-skills'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { ReasonList } from '../../../../renderer/ui/reasons/ReasonList'
import { reasonSaid, reasonText } from '../../../../renderer/ui/reasons/skill-reason-text'

afterEach(cleanup)

/**
 * New-user trial 32 #2: after a level factor of 0.5 on the Rules screen, "+17.5 points" could
 * not be worked out from the Why, which never said a changed value was used. A reason whose
 * figure comes from a changed field says so, with the default, and links to the Rules screen;
 * a reason of unchanged rules reads exactly as before.
 */
const profile: Profile = {
  education: 'bachelor',
  phdInField: false,
  yearsOfExperience: 8,
  city: '成都',
  currentEmployer: 'mid-size',
  roleFamily: 'algorithm',
  stability: 'stable',
  leadership: { businessLine: false, team: false, openSource: false },
}

const skills: Skill[] = [
  { id: 's1', name: 'NLP', domain: 'nlp', level: 3, evidence: ['production'] },
  { id: 's2', name: 'CV', domain: 'computer-vision', level: 2, evidence: [] },
]

function rulesetWith(overrides: RulesetOverrides): Ruleset {
  const applied = withOverrides(DEFAULT_RULESET, overrides)
  if (!applied.ok) throw new Error('the overrides apply')
  return applied.ruleset
}

/** Level 3's factor halved to 0.5; the other levels' as the ruleset has them. */
const HALF_AT_3: RulesetOverrides = {
  scoring: {
    levelFactors: DEFAULT_RULESET.scoring.levelFactors.map((f, i) => (i === 3 ? 0.5 : f)),
  },
}

async function sentences(language: UiLanguage, ruleset: Ruleset) {
  const { t } = await createI18n(language)
  const result = scoreSkills(profile, skills, ruleset)
  return new Map(
    result.reasons.map((reason) => [reason.ruleId, reasonText(reason, t, language, ruleset)]),
  )
}

describe('a Why under changed rules', () => {
  it('says the changed value a figure used, and the default, en and zh-CN', async () => {
    expect(DEFAULT_RULESET.scoring.levelFactors[3]).not.toBe(0.5)
    const article = String(DEFAULT_RULESET.scoring.levelFactors[3])
    const en = await sentences('en', rulesetWith(HALF_AT_3))
    // The factors are Tidemark's assumption (the article gives none): its default is named so.
    expect(en.get('nlp')).toContain(
      `. “Level 3 (proficient): factor” uses your value 0.5 (Tidemark’s default: ${article})`,
    )
    const zh = await sentences('zh-CN', rulesetWith(HALF_AT_3))
    expect(zh.get('nlp')).toMatch(
      /。“3 级（熟练）：系数”用的是你改的值 0\.5（潮位的默认值：[\d.]+）$/,
    )
    // Computer vision at level 2 used level 2's factor, unchanged: nothing said.
    expect(en.get('computer-vision')).not.toContain('uses your value')
  })

  it('names a changed tier line in the tier reason', async () => {
    const ruleset = rulesetWith({ tiers: [{ id: 'mid', minScore: 30 }] })
    const en = await sentences('en', ruleset)
    const result = scoreSkills(profile, skills, ruleset)
    expect(en.get(result.tier)).toContain('“Mid-level: from score” uses your value 30')
  })

  it('reads exactly as before where the rules are the article’s', async () => {
    const { t } = await createI18n('en')
    const result = scoreSkills(profile, skills, DEFAULT_RULESET)
    for (const reason of result.reasons) {
      const text = reasonText(reason, t, 'en', DEFAULT_RULESET)
      expect(text).not.toMatch(/uses your value/)
    }
  })

  it('shows the change on its own line, linked to its section of the Rules screen', async () => {
    const i18n = await createI18n('en')
    const ruleset = rulesetWith(HALF_AT_3)
    const { reasons } = scoreSkills(profile, skills, ruleset)
    render(
      <I18nextProvider i18n={i18n}>
        <ReasonList
          reasons={reasons}
          sentence={(reason: Reason) => reasonSaid(reason, i18n.t, 'en', ruleset)}
        />
      </I18nextProvider>,
    )
    const changed = [...document.querySelectorAll('.reason-changed')]
    expect(changed).toHaveLength(1)
    expect(changed[0]?.textContent).toContain('uses your value 0.5')
    const link = changed[0]?.querySelector('a')
    expect(link?.getAttribute('href')).toBe('#/rules/scoring')
    // The sentence above it is the reason alone.
    const text = changed[0]?.previousElementSibling?.textContent ?? ''
    expect(text).toMatch(/^NLP at level 3/)
    expect(text).not.toContain('uses your value')
  })

  it('takes the changes from the reason itself: a whole text given as a string stays whole', async () => {
    // ReasonList once found a change's part by the whole text in a module-level map that
    // reasonText filled; the parts now come with the reason (reasonSaid), and a plain string,
    // even one reasonText said, is shown as it is, with nothing looked up on the side.
    const i18n = await createI18n('en')
    const ruleset = rulesetWith(HALF_AT_3)
    const { reasons } = scoreSkills(profile, skills, ruleset)
    const nlp = reasons.filter((reason) => reason.ruleId === 'nlp')
    render(
      <I18nextProvider i18n={i18n}>
        <ReasonList
          reasons={nlp}
          sentence={(reason: Reason) => reasonText(reason, i18n.t, 'en', ruleset)}
        />
      </I18nextProvider>,
    )
    expect(document.querySelector('.reason-changed')).toBeNull()
    expect(document.querySelector('.reason-text')?.textContent).toContain('uses your value 0.5')
  })
})
