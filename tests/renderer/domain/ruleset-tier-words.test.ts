import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../renderer/domain/ruleset/default-ruleset'

describe('the words the ruleset names the emerging tier by', () => {
  // Review 21 L3: the mid tier's condition still called the emerging tier "moving in" after
  // its English name became "Transitioning" (acb31b0).
  it('are its name, in both languages', () => {
    const emerging = DEFAULT_RULESET.tiers.find((tier) => tier.id === 'emerging')
    const mid = DEFAULT_RULESET.tiers.find((tier) => tier.id === 'mid')
    expect(mid?.gateAssumption?.noteEn).toContain(`“${emerging?.nameEn ?? ''}”`)
    expect(mid?.gateAssumption?.noteZhHans).toContain(`“${emerging?.nameZhHans ?? ''}”`)
    expect(JSON.stringify(DEFAULT_RULESET)).not.toMatch(/moving in/i)
  })
})
