import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import {
  changedRules,
  ruleFieldLabel,
  ruleFieldName,
} from '../../../../renderer/ui/rule-labels/rule-labels'

/**
 * The fields' labels live in one place (trial 32 #2: only the Rules screen could name a field,
 * so nothing else could say which rule the user changed). The labels are the screen's own.
 */
async function context(language: UiLanguage) {
  const { t } = await createI18n(language)
  return { t, language, ruleset: DEFAULT_RULESET }
}

describe('the rules’ field labels', () => {
  it('name the fields of the skill score as the Rules screen does, en and zh-CN', async () => {
    const en = await context('en')
    expect(ruleFieldLabel('scoring.levelFactors.3', en)).toBe('Level 3 (proficient): factor')
    expect(ruleFieldLabel('scoring.depthWeights.1', en)).toBe('Weight of domain no. 2')
    expect(ruleFieldLabel('scoring.classMaxPoints.S', en)).toBe('Class S: points at level 4')
    expect(ruleFieldLabel('tiers.mid.minScore', en)).toBe('Mid-level: from score')
    expect(ruleFieldLabel('tiers.premium.raiseBand.low', en)).toMatch(/: raise from$/)
    expect(ruleFieldLabel('modifiers.hubCity.points', en)).toMatch(/: Points$/)
    expect(ruleFieldLabel('evidenceCap.maxLevelWithoutEvidence', en)).toBe(
      'Highest level counted without evidence',
    )
    const zh = await context('zh-CN')
    expect(ruleFieldLabel('tiers.mid.minScore', zh)).toMatch(/^中层/)
    expect(ruleFieldLabel('scoring.levelFactors.3', zh)).toContain('3')
  })

  it('name any other field by its rule and field, never blank', async () => {
    const en = await context('en')
    expect(ruleFieldLabel('risk.levels.highFrom', en)).toBeUndefined()
    expect(ruleFieldName('risk.levels.highFrom', en)).not.toBe('')
  })

  it('list what the overrides change, with the value in use and the default', async () => {
    const en = await context('en')
    const { t } = en
    const applied = (await import('../../../../renderer/domain/ruleset/overrides')).withOverrides(
      DEFAULT_RULESET,
      { tiers: [{ id: 'mid', minScore: 30, raiseBand: { low: 0.05 } }] },
    )
    if (!applied.ok) throw new Error('applies')
    const changed = changedRules(
      { tiers: [{ id: 'mid', minScore: 30, raiseBand: { low: 0.05 } }] },
      { t, language: 'en', ruleset: applied.ruleset },
    )
    expect(changed.map((rule) => [rule.label, rule.value, rule.href])).toEqual([
      ['Mid-level: from score', '30', '#/rules/tiers'],
      ['Mid-level: raise from', '5%', '#/rules/tiers'],
    ])
    expect(changed[0]?.defaultValue).toBe('0')
  })
})
