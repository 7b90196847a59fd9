import { describe, expect, it } from 'vitest'
import {
  computeAnnualPay,
  DEFAULT_RULESET,
  withOverrides,
  type RulesetOverrides,
} from '../../../renderer/domain'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'
import type { MarketPayId } from '../../../renderer/domain/ruleset/market-pay-schema'

const figure = (id: MarketPayId) => {
  const found = DEFAULT_RULESET.marketPay.find((item) => item.id === id)
  if (!found) throw new Error(`no figure ${id}`)
  return found
}

// The quotes are checked against the article's lines with every other citation
// (ruleset.test.ts walks the whole ruleset).
describe('the article’s pay figures (ruleset marketPay)', () => {
  it('read the L4 postings as the engine reads them (monthly × months)', () => {
    const settings = engineSettingsSchema.parse({})
    const cashOf = (text: string) => {
      const result = computeAnnualPay(
        { currency: 'CNY', base: { kind: 'text', text } },
        settings,
        DEFAULT_RULESET,
      )
      if (!result.ok) throw new Error(`unreadable: ${text}`)
      return { low: result.pay.cash.low / 100, high: result.pay.cash.high / 100 }
    }
    expect(figure('car-maker-posting').yuan).toEqual(cashOf('120-150k,14薪'))
    expect(figure('internet-posting').yuan).toEqual(cashOf('90-120k,16薪'))
  })

  it('give L26 as the core tier’s total, each figure low ≤ high, lowest first', () => {
    const core = DEFAULT_RULESET.tiers.find((tier) => tier.id === 'core')
    expect(figure('core-talent').yuan).toEqual(core?.totalBandYuan)
    const lows = DEFAULT_RULESET.marketPay.map((item) => item.yuan.low)
    expect(lows).toEqual([...lows].sort((a, b) => a - b))
    for (const item of DEFAULT_RULESET.marketPay) {
      expect(item.yuan.low).toBeLessThanOrEqual(item.yuan.high)
      expect(item.citation.source).toBe('article')
    }
  })

  it('take an override of a figure, and refuse one with low above high, naming the field', () => {
    const changed = withOverrides(DEFAULT_RULESET, {
      marketPay: [{ id: 'pinduoduo', yuan: { high: 1_400_000 } }],
    })
    expect(
      changed.ok && changed.ruleset.marketPay.find((item) => item.id === 'pinduoduo'),
    ).toMatchObject({ yuan: { low: 1_000_000, high: 1_400_000 } })

    const refused = withOverrides(DEFAULT_RULESET, {
      marketPay: [{ id: 'pinduoduo', yuan: { low: 2_000_000 } }],
    } satisfies RulesetOverrides)
    expect(refused.ok).toBe(false)
    if (!refused.ok)
      expect(refused.issues.map((issue) => issue.path)).toContain('marketPay.3.yuan.low')
  })

  it('refuse a tier’s yearly total with low above high (it judges pay since session 15)', () => {
    const refused = withOverrides(DEFAULT_RULESET, {
      tiers: [{ id: 'premium', totalBandYuan: { low: 3_000_000 } }],
    } satisfies RulesetOverrides)
    expect(refused.ok).toBe(false)
    if (!refused.ok)
      expect(refused.issues.map((issue) => issue.message)).toContain(
        'a yearly total has low above high',
      )
    const kept = withOverrides(DEFAULT_RULESET, {
      tiers: [{ id: 'premium', totalBandYuan: { low: 1_200_000 } }],
    } satisfies RulesetOverrides)
    expect(kept.ok).toBe(true)
  })
})
