import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { zhCN } from '../../../../renderer/ui/i18n/zh-CN'

// Session 22's open list: the Why list said "AI 产品 2 级" and "AI 架构" where the skill form, the
// list and the domains chart say "AI 产品经理" and "AI 架构师" (the ruleset's names): a user
// matched a reason to a skill by guess. The reasons' short names are the ruleset's in Chinese.
describe('the Chinese names of the domains in the reasons', () => {
  it('are the ruleset’s names, as the skill form shows them', () => {
    const names = zhCN.assessment.domains as Record<string, string>
    for (const domain of DEFAULT_RULESET.skillDomains) {
      expect(names[domain.id], domain.id).toBe(domain.nameZhHans)
    }
  })
})
