import { describe, expect, it } from 'vitest'
import { en as assessment } from '../../../../renderer/ui/i18n/messages/assessment'
import { zhCN as assessmentZh } from '../../../../renderer/ui/i18n/messages/assessment.zh-CN'
import { en as skills } from '../../../../renderer/ui/i18n/messages/skills'
import { zhCN as skillsZh } from '../../../../renderer/ui/i18n/messages/skills.zh-CN'

describe('the level names', () => {
  // New-user trial 17 L7: level 2 was named 能独立工作 ("works on their own") and described as
  // "有时需要别人帮忙" (sometimes needs help); independent work is level 3's (熟练).
  it('do not name level 2 by the independence that level 3 describes', () => {
    expect(skillsZh.levels.working.meaning).toMatch(/需要别人帮忙/)
    expect(skillsZh.levels.working.name).not.toMatch(/独立/)
    expect(skillsZh.levels.proficient.meaning).toMatch(/独立/)
  })

  it('are the same in the skill form and in the assessment (English in the sentence’s lower case)', () => {
    const order = ['none', 'aware', 'working', 'proficient', 'expert'] as const
    order.forEach((level, index) => {
      expect(assessmentZh.levels[String(index) as keyof typeof assessmentZh.levels]).toBe(
        skillsZh.levels[level].name,
      )
      expect(assessment.levels[String(index) as keyof typeof assessment.levels]).toBe(
        skills.levels[level].name.toLowerCase(),
      )
    })
  })
})
