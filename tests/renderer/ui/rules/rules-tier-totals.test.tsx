// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { judgingTotal } from '../../../../renderer/domain/recommend/pay-position'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { valueSource } from '../../../../renderer/ui/screens/rules/value-source'
import { closeAll, renderRules, typeInto } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

/** The text of the tiers table's row that names `tier`. */
function tierRow(table: HTMLElement, tier: string): string {
  const header = within(table).getByRole('rowheader', { name: new RegExp(`^${tier}`) })
  return header.closest('tr')?.textContent ?? ''
}

describe('whom a tier’s yearly total judges', () => {
  it('is what judgingTotal says: premium’s for an in-field PhD in premium and core, core’s for no one', () => {
    const phd = { education: 'phd', phdInField: true } as const
    expect(judgingTotal(phd, 'core', DEFAULT_RULESET)?.tier).toBe('premium')
    expect(judgingTotal(phd, 'premium', DEFAULT_RULESET)?.tier).toBe('premium')
    expect(judgingTotal(phd, 'mid', DEFAULT_RULESET)).toBeNull()
    expect(judgingTotal({ education: 'master', phdInField: false }, 'core', DEFAULT_RULESET)).toBe(
      null,
    )
  })

  // Trial 16 M2: "Core talent … Total a year 3M / 5M" beside a dashboard's "Expected yearly
  // total: 1.32M–2.64M/yr" for a Core user who is not an in-field PhD; nothing said whose.
  for (const [language, title, core, premium, phdLine, noOne, intro] of [
    [
      'en',
      'Tiers',
      'Core talent',
      'Premium',
      'Judges an in-field PhD in Core talent and Premium (≈1M+); anyone else by the raise alone.',
      'Judges no one: the article calls this pay possible (L26), not whom it is for.',
      'A yearly total judges only an in-field PhD’s offers',
    ],
    [
      'zh-CN',
      '档位',
      '核心人才',
      '百万档',
      '用于评判核心人才和百万档中的对口博士；其他人只按涨幅评判。',
      '不用于评判任何人：文章只说这样的年薪有可能（原文第 26 行），未说给谁。',
      '年薪总额只用于评判对口博士的 offer',
    ],
  ] as const) {
    it(`says it under each total, and in the intro (${language})`, async () => {
      await renderRules({ language })
      const table = screen.getByRole('table', { name: title })
      expect(tierRow(table, premium)).toContain(phdLine)
      expect(tierRow(table, core)).toContain(noOne)
      expect(tierRow(table, core)).not.toContain(phdLine)
      expect(document.getElementById('rules-tiers')?.textContent).toContain(intro)
    })
  }
})

describe('premium’s yearly total, the article’s figure for an in-field PhD', () => {
  // Trial 16 L4: "changed from the article’s 1,000,000" under a row whose source is tagged
  // "assumption", whose note named only the raise band; and "phd" did not find the total that
  // Skills calls "the yearly total the article gives an in-field PhD".
  it('is the article’s, and the row’s note says so in both languages', () => {
    expect(valueSource(DEFAULT_RULESET, 'tiers.premium.totalBandYuan.low')).toBe('article')
    expect(valueSource(DEFAULT_RULESET, 'tiers.premium.totalBandYuan.high')).toBe('article')
    const premium = DEFAULT_RULESET.tiers.find((tier) => tier.id === 'premium')
    expect(premium?.assumption?.noteEn).toContain('The yearly total, 1M–2M, is the article’s')
    expect(premium?.assumption?.noteZhHans).toContain('年薪总额 100 万–200 万出自文章')
  })

  for (const [language, label, title, premium, queries] of [
    ['en', 'Find a rule', 'Tiers', 'Premium', ['PhD', '博士']],
    ['zh-CN', '查找规则', '档位', '百万档', ['博士', 'phd']],
  ] as const) {
    it(`is found by "PhD" and "博士" (${language})`, async () => {
      await renderRules({ language })
      for (const query of queries) {
        await typeInto(label, query)
        const table = screen.getByRole('table', { name: title })
        expect(
          within(table)
            .getAllByRole('rowheader')
            .map((header) => header.textContent),
        ).toEqual(expect.arrayContaining([expect.stringContaining(premium)]))
      }
    })
  }
})
