import { describe, expect, it } from 'vitest'
import { assess, DEFAULT_RULESET } from '../../../renderer/domain'
import type { Fen } from '../../../renderer/domain/money'
import { premiumTotalUnreached } from '../../../renderer/domain/recommend/pay-position'
import { loadPersona } from '../../helpers/personas'

const yuan = (amount: number) => (amount * 100) as Fen
const oneToTwoMillion = { low: yuan(1_000_000), high: yuan(2_000_000) }

describe('premiumTotalUnreached (trial 19 #9: 百万档 beside a total under a million)', () => {
  it('gives premium’s 1M–2M when the projection from pay tops out below 1M', () => {
    const persona = loadPersona('p1')
    const input = {
      ...persona,
      profile: {
        ...persona.profile,
        currentPay: {
          currency: 'CNY' as const,
          base: { kind: 'text' as const, text: '月薪 3.5 万，14 薪' },
        },
      },
    }
    const { skills } = assess(input, DEFAULT_RULESET)
    expect(skills.tier).toBe('premium')
    expect(skills.expectedTotal?.high).toBe(yuan(980_000))
    expect(
      premiumTotalUnreached(
        skills.tier,
        skills.expectedTotal,
        skills.expectedTotalBasis,
        DEFAULT_RULESET,
      ),
    ).toEqual(oneToTwoMillion)
  })

  it('gives nothing when the top reaches 1M, a total was lifted to it, or the tier is not premium', () => {
    const reached = { low: yuan(975_000), high: yuan(1_500_000) }
    expect(premiumTotalUnreached('premium', reached, 'current-pay', DEFAULT_RULESET)).toBeNull()
    const justBelow = { low: yuan(700_000), high: yuan(999_999) }
    expect(premiumTotalUnreached('premium', justBelow, 'current-pay', DEFAULT_RULESET)).toEqual(
      oneToTwoMillion,
    )
    expect(
      premiumTotalUnreached('premium', oneToTwoMillion, 'tier-floor', DEFAULT_RULESET),
    ).toBeNull()
    expect(premiumTotalUnreached('premium', oneToTwoMillion, 'tier', DEFAULT_RULESET)).toBeNull()
    expect(premiumTotalUnreached('premium', null, 'none', DEFAULT_RULESET)).toBeNull()
    expect(premiumTotalUnreached('mid', justBelow, 'current-pay', DEFAULT_RULESET)).toBeNull()
  })
})
