// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { closeAll, renderRules } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

/** Every id a rule of the ruleset is keyed by ("llm-training", "core", "eager-employer"). */
function ruleIds(): Set<string> {
  const ids = new Set<string>()
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'id' && typeof value === 'string') ids.add(value)
        else walk(value)
      }
    }
  }
  walk(DEFAULT_RULESET)
  return ids
}

/** The texts on screen that are a rule's id and nothing more (prose may say "fine-tuning"). */
function idsShown(): string[] {
  const ids = ruleIds()
  const shown: string[] = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? ''
    if (ids.has(text)) shown.push(text)
  }
  return shown
}

/**
 * The screen showed each rule's id under its name ("llm-training", "eager-employer",
 * "negotiate-weak-leverage"), in the Chinese interface too (new-user trials): a key of the
 * exported file, not a word of either language. Each rule is shown by its name alone; "Find a
 * rule" still finds it by the id a file names it by.
 */
describe('rule ids on the Rules screen', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`are not shown; each rule reads by its name, ${language}`, async () => {
      await renderRules({ language })
      const name = (rule: { nameEn: string; nameZhHans: string }) =>
        language === 'en' ? rule.nameEn : rule.nameZhHans
      expect(idsShown()).toEqual([])
      const domains = screen.getByRole('table', {
        name: language === 'en' ? 'Skill domains' : '技能方向',
      })
      for (const domain of DEFAULT_RULESET.skillDomains) {
        expect(within(domains).getByRole('rowheader', { name: name(domain) })).toBeTruthy()
      }
      const tiers = screen.getByRole('table', { name: language === 'en' ? 'Tiers' : '档位' })
      for (const tier of DEFAULT_RULESET.tiers) {
        const row = within(tiers).getByRole('rowheader', {
          name: (accessible) => accessible.startsWith(name(tier)),
        })
        expect(row.textContent).not.toContain(tier.id)
      }
    })
  }

  it('finds a rule by the id an exported file names it by', async () => {
    await renderRules({ language: 'zh-CN' })
    await act(async () => {
      fireEvent.change(screen.getByLabelText('查找规则'), { target: { value: 'llm-training' } })
      await Promise.resolve()
    })
    const domains = screen.getByRole('table', { name: '技能方向' })
    expect(
      within(domains)
        .getAllByRole('rowheader')
        .map((row) => row.textContent),
    ).toEqual([
      DEFAULT_RULESET.skillDomains.find((domain) => domain.id === 'llm-training')?.nameZhHans,
    ])
  })
})
