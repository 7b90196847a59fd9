// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { fieldId } from '../../../../renderer/ui/screens/rules/override-paths'
import { valueSource } from '../../../../renderer/ui/screens/rules/value-source'
import { closeAll, renderRules } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

async function typeAt(path: string, value: string) {
  await act(async () => {
    const input = document.getElementById(fieldId(path))
    if (!input) throw new Error(`no field at ${path}`)
    fireEvent.change(input, { target: { value } })
    await Promise.resolve()
  })
}

function noteAt(path: string): string {
  return document.getElementById(`${fieldId(path)}-changed`)?.textContent ?? ''
}

function preview(): string {
  return document.querySelector('.rules-preview')?.textContent ?? ''
}

describe('whose value a field was changed from', () => {
  it('reads each value’s source from its rule', () => {
    // Assumptions: the note says these are Tidemark's.
    expect(valueSource(DEFAULT_RULESET, 'modifiers.hubCity.points')).toBe('assumption')
    expect(valueSource(DEFAULT_RULESET, 'scoring.classMaxPoints.A')).toBe('assumption')
    expect(valueSource(DEFAULT_RULESET, 'tiers.core.minScore')).toBe('assumption')
    expect(valueSource(DEFAULT_RULESET, 'risk.levels.mediumFrom')).toBe('assumption')
    expect(valueSource(DEFAULT_RULESET, 'downside.severance.localAverageMonthlyWageYuan')).toBe(
      'assumption',
    )
    // The article's: its figures, and the few it gives inside assumed rules.
    expect(valueSource(DEFAULT_RULESET, 'marketPay.pinduoduo.yuan.low')).toBe('article')
    expect(valueSource(DEFAULT_RULESET, 'skillDomains.nlp.premiumClass')).toBe('article')
    expect(valueSource(DEFAULT_RULESET, 'tiers.core.totalBandYuan.low')).toBe('article')
    expect(valueSource(DEFAULT_RULESET, 'tiers.mid.raiseBand.high')).toBe('article')
    expect(valueSource(DEFAULT_RULESET, 'tiers.mid.raiseBand.low')).toBe('assumption')
    expect(valueSource(DEFAULT_RULESET, 'jobSearchReference.offers')).toBe('article')
    expect(valueSource(DEFAULT_RULESET, 'jobSearchReference.weeks')).toBe('assumption')
  })

  // Hub-city points said "changed from the article's 3" under a source marked "assumption"
  // (new-user trial): the article gives no points.
  for (const [language, assumed, article] of [
    ['en', 'changed from Tidemark’s default 3', 'changed from the article’s 3,000,000'],
    ['zh-CN', '已修改，潮位的默认值为 3', '已修改，文章原为 3,000,000'],
  ] as const) {
    it(`says Tidemark's default for an assumption, the article's for its figure, ${language}`, async () => {
      await renderRules({ language })
      await typeAt('modifiers.hubCity.points', '5')
      expect(noteAt('modifiers.hubCity.points')).toContain(assumed)
      await typeAt('tiers.core.totalBandYuan.low', '3500000')
      expect(noteAt('tiers.core.totalBandYuan.low')).toContain(article)
    })
  }
})

describe('the tier line of a draft that moves neither tier nor score', () => {
  // "Premium (unchanged), score 50.4 → 50.4" (new-user trial).
  for (const [language, same, moved] of [
    [
      'en',
      'Your tier: Mid-level, score 26.3 (both unchanged).',
      'Your tier: Mid-level (unchanged), score 26.3 → 37.5.',
    ],
    [
      'zh-CN',
      '你的档位：中层，得分 26.3（均不变）。',
      '你的档位：中层（不变），得分 26.3 → 37.5。',
    ],
  ] as const) {
    it(`says it once, ${language}`, async () => {
      await renderRules({ language })
      await typeAt('tiers.premium.raiseBand.low', '40')
      expect(preview()).toBe(same)
      expect(preview()).not.toContain('→')
      // A moved score still reads as a move.
      await typeAt('skillDomains.nlp.premiumClass', 'S')
      expect(preview()).toBe(moved)
    })
  }
})
