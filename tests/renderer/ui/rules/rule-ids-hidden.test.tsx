// @vitest-environment happy-dom
import { cleanup, configure, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { closeAll, renderRules } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

/**
 * A row read its rule's id aloud after its name: "LLM (pre)training, distributed training
 * llm-training" (new-user trial). The id stays on screen (the exported file and "Find a rule"
 * use it) but is not part of the row's name.
 */
describe('rule ids on the Rules screen', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`are not read as part of a row's name, ${language}`, async () => {
      await renderRules({ language })
      const name = (rule: { nameEn: string; nameZhHans: string }) =>
        language === 'en' ? rule.nameEn : rule.nameZhHans
      const domains = screen.getByRole('table', {
        name: language === 'en' ? 'Skill domains' : '技能方向',
      })
      for (const domain of DEFAULT_RULESET.skillDomains) {
        const row = within(domains).getByRole('rowheader', { name: name(domain) })
        // Still shown, for the file and the search.
        expect(row.textContent).toContain(domain.id)
      }
      const tiers = screen.getByRole('table', { name: language === 'en' ? 'Tiers' : '档位' })
      for (const tier of DEFAULT_RULESET.tiers) {
        // The name goes on with the tier's condition ("Also needs: …"), not with its id.
        const row = within(tiers).getByRole('rowheader', {
          name: (accessible) => accessible.startsWith(name(tier)) && !accessible.includes(tier.id),
        })
        expect(row.textContent).toContain(tier.id)
      }
      for (const id of document.querySelectorAll('.rule-id')) {
        expect(id.getAttribute('aria-hidden')).toBe('true')
      }
    })
  }
})
