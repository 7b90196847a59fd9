import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { withOverrides } from '../../../../renderer/domain/ruleset/overrides'
import {
  changedPaths,
  valueAt,
  withoutValueAt,
  withValueAt,
} from '../../../../renderer/ui/screens/rules/override-paths'

const base = DEFAULT_RULESET

describe('override paths', () => {
  it('reads a ruleset by rule id and by position', () => {
    expect(valueAt(base, 'skillDomains.nlp.premiumClass')).toBe('A')
    expect(valueAt(base, 'tiers.premium.raiseBand.low')).toBe(0.3)
    expect(valueAt(base, 'scoring.levelFactors.2')).toBe(0.4)
    expect(valueAt(base, 'risk.baselines.startup.points')).toBe(55)
    expect(valueAt(base, 'tax.socialInsurance.presets.shanghai.baseCapMonthlyYuan')).toBe(37_302)
    expect(valueAt(base, 'tiers.nonexistent.minScore')).toBeUndefined()
  })

  it('writes overrides the engine applies, keyed by rule id', () => {
    let overrides = withValueAt({}, 'skillDomains.nlp.premiumClass', 'S', base)
    overrides = withValueAt(overrides, 'tiers.premium.minScore', 45, base)
    overrides = withValueAt(overrides, 'tiers.premium.raiseBand.high', 1.2, base)
    overrides = withValueAt(overrides, 'risk.baselines.startup.points', 60, base)
    overrides = withValueAt(
      overrides,
      'tax.socialInsurance.presets.beijing.pensionPercent',
      9,
      base,
    )
    expect(overrides).toEqual({
      skillDomains: [{ id: 'nlp', premiumClass: 'S' }],
      tiers: [{ id: 'premium', minScore: 45, raiseBand: { high: 1.2 } }],
      risk: { baselines: [{ employerKind: 'startup', points: 60 }] },
      tax: { socialInsurance: { presets: [{ cityId: 'beijing', pensionPercent: 9 }] } },
    })
    const applied = withOverrides(base, overrides)
    expect(applied.ok).toBe(true)
    if (!applied.ok) return
    expect(valueAt(applied.ruleset, 'tiers.premium.raiseBand')).toEqual({ low: 0.3, high: 1.2 })
    expect(valueAt(applied.ruleset, 'tax.socialInsurance.presets.beijing.pensionPercent')).toBe(9)
  })

  it('replaces a plain list whole, one element changed', () => {
    const overrides = withValueAt({}, 'scoring.levelFactors.2', 0.5, base)
    expect(overrides).toEqual({ scoring: { levelFactors: [0, 0.1, 0.5, 0.75, 1] } })
    expect(valueAt(overrides, 'scoring.levelFactors.2')).toBe(0.5)
  })

  it('removes a change and prunes what is left empty', () => {
    let overrides = withValueAt({}, 'tiers.premium.minScore', 45, base)
    overrides = withValueAt(overrides, 'tiers.core.minScore', 90, base)
    overrides = withValueAt(overrides, 'scoring.levelFactors.2', 0.5, base)
    overrides = withoutValueAt(overrides, 'tiers.premium.minScore', base)
    expect(overrides).toEqual({
      tiers: [{ id: 'core', minScore: 90 }],
      scoring: { levelFactors: [0, 0.1, 0.5, 0.75, 1] },
    })
    overrides = withoutValueAt(overrides, 'scoring.levelFactors.2', base)
    overrides = withoutValueAt(overrides, 'tiers.core.minScore', base)
    expect(overrides).toEqual({})
  })

  it('setting the article’s own value back removes the change', () => {
    const overrides = withValueAt({}, 'modifiers.phdInField.points', 20, base)
    expect(withValueAt(overrides, 'modifiers.phdInField.points', 15, base)).toEqual({})
  })

  it('lists the fields that differ from the article', () => {
    let overrides = withValueAt({}, 'skillDomains.nlp.premiumClass', 'S', base)
    overrides = withValueAt(overrides, 'scoring.depthWeights.1', 0.6, base)
    overrides = withValueAt(overrides, 'risk.funding.points.unknown', 7, base)
    expect(changedPaths(overrides, base).sort()).toEqual([
      'risk.funding.points.unknown',
      'scoring.depthWeights.1',
      'skillDomains.nlp.premiumClass',
    ])
    // An override that repeats the article's value is no change.
    expect(changedPaths({ modifiers: { hubCity: { points: 3 } } }, base)).toEqual([])
  })
})
