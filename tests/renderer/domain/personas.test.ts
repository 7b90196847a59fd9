import { describe, expect, it } from 'vitest'
import { assess, DEFAULT_RULESET, type OfferAssessment } from '../../../renderer/domain'
import { loadPersona } from '../../helpers/personas'

function onlyOffer(offers: OfferAssessment[]) {
  const [offer] = offers
  if (!offer?.ok) throw new Error(`expected one assessed offer, got ${JSON.stringify(offers)}`)
  return offer
}

const ids = (reasons: { ruleId: string }[]) => reasons.map((reason) => reason.ruleId)

describe('P1: the article’s mover (L11-L15)', () => {
  const result = assess(loadPersona('p1'), DEFAULT_RULESET)
  const offer = onlyOffer(result.offers)

  it('is in the premium tier, for reasons that include the in-field transition', () => {
    expect(result.skills.tier).toBe('premium')
    expect(ids(result.skills.reasons)).toContain('in-field-transition')
  })

  it('gets a raise over 50% with an offer above the band’s floor', () => {
    expect(offer.raise?.low).toBeGreaterThan(0.5)
    expect(offer.recommendation.payPosition).toBe('within')
    expect(offer.raise?.low).toBeGreaterThan(
      DEFAULT_RULESET.tiers.find((tier) => tier.id === 'premium')?.raiseBand.low ?? Infinity,
    )
  })

  it('carries medium risk and is recommended to accept, citing the transition and the L35 checklist', () => {
    expect(offer.risk.level).toBe('medium')
    expect(offer.recommendation.recommendation).toBe('accept')
    const reasons = offer.recommendation.reasons
    expect(ids(reasons)).toContain('in-field-transition')
    const checklist = reasons.filter((reason) => reason.ruleId.startsWith('checklist:'))
    expect(checklist).toHaveLength(5)
    for (const reason of checklist) {
      expect(reason.citation).toMatchObject({ source: 'article', lines: [35] })
    }
  })
})

describe('P2: in-field PhD, one year out (L17, L25)', () => {
  const result = assess(loadPersona('p2'), DEFAULT_RULESET)

  it('is premium or core with a pay band reaching 1M, for phd-in-field and breadth', () => {
    expect(['premium', 'core']).toContain(result.skills.tier)
    expect(result.skills.expectedTotal?.high).toBeGreaterThanOrEqual(1_000_000 * 100)
    expect(ids(result.skills.reasons)).toEqual(expect.arrayContaining(['phd-in-field', 'breadth']))
  })

  it('still reaches 1M with a research institute’s pay entered (new-user trial 15, H1)', () => {
    // 30k × 13 = 390k now: × (1 + 30%) to × (1 + 100%) is 507k-780k, under what the tier commands;
    // each end is lifted to premium's yearly total, 1M-2M, and the screens say so.
    const persona = loadPersona('p2')
    const withPay = assess(
      {
        ...persona,
        profile: {
          ...persona.profile,
          currentPay: { currency: 'CNY', base: { kind: 'text', text: '月薪 3 万，13 薪' } },
        },
      },
      DEFAULT_RULESET,
    )
    expect(withPay.skills.expectedTotal).toEqual({ low: 1_000_000 * 100, high: 2_000_000 * 100 })
    expect(withPay.skills.expectedTotalBasis).toBe('tier-floor')
    expect(result.skills.expectedTotalBasis).toBe('tier')
  })
})

describe('P3: experienced generalist without the premium skills (L25, L27)', () => {
  const result = assess(loadPersona('p3'), DEFAULT_RULESET)
  const offer = onlyOffer(result.offers)

  it('is mid or emerging, never premium, and the band tops out at +20%', () => {
    expect(['mid', 'emerging']).toContain(result.skills.tier)
    expect(result.skills.expectedRaise.high).toBeLessThanOrEqual(0.2)
    expect(ids(result.skills.reasons)).toContain('years-not-enough')
  })

  it('reads the offer’s +14% as within the band', () => {
    expect(offer.raise?.low).toBeCloseTo(40 / 35 - 1, 10)
    expect(offer.recommendation.payPosition).toBe('within')
  })

  it('reaching premium by a side project, expects the pay × the band, not the ≈1M+ (trial 17, H1)', () => {
    // Inference acceleration at level 3 with a side project, and a fine-tuning course, lift P3's
    // score just past premium's 50 (as in the trial);
    // the ≈1M+ is the in-field PhD's (L17, L25), and L25 says years alone may not reach it: 455k
    // × (1 + 30%) to × (1 + 100%), 591.5k-910k. It was 1M-2M, twice the pay × the band.
    const persona = loadPersona('p3')
    const learned = assess(
      {
        ...persona,
        skills: [
          ...persona.skills,
          {
            id: 's-infer',
            name: 'vLLM 推理加速',
            domain: 'inference-acceleration',
            level: 3,
            evidence: ['side-project'],
          },
          { id: 's-ft', name: '微调课程', domain: 'fine-tuning', level: 2, evidence: ['course'] },
        ],
      },
      DEFAULT_RULESET,
    )
    expect(learned.skills.tier).toBe('premium')
    expect(learned.skills.expectedTotalBasis).toBe('current-pay')
    expect(learned.skills.expectedTotal).toEqual({ low: 591_500 * 100, high: 910_000 * 100 })
  })

  it('reaching premium with no current pay saved, is promised no yearly total (L25)', () => {
    // The tier's 1M-2M stood in as their "expected yearly total": the article gives it to
    // in-field PhDs and says a master's of 7-8 years may not reach 1M, so without a pay there
    // is nothing to expect from, and the screens ask for the pay instead.
    const persona = loadPersona('p3')
    const { currentPay: _omitted, ...withoutPay } = persona.profile
    const noPay = assess(
      {
        ...persona,
        profile: withoutPay,
        skills: [
          ...persona.skills,
          {
            id: 's-infer',
            name: 'vLLM',
            domain: 'inference-acceleration',
            level: 3,
            evidence: ['side-project'],
          },
          { id: 's-ft', name: 'LoRA', domain: 'fine-tuning', level: 2, evidence: ['course'] },
        ],
      },
      DEFAULT_RULESET,
    )
    expect(noPay.skills.tier).toBe('premium')
    expect(noPay.skills.expectedTotal).toBeNull()
    expect(noPay.skills.expectedTotalBasis).toBe('none')
  })
})

describe('P4: the four-step startup (L50)', () => {
  const result = assess(loadPersona('p4'), DEFAULT_RULESET)
  const offer = onlyOffer(result.offers)

  it('is high risk and declined, every red flag listed with its L50 citation', () => {
    expect(offer.raise?.low).toBeCloseTo(0.8, 10)
    expect(offer.risk.level).toBe('high')
    expect(offer.recommendation.recommendation).toBe('decline')
    const flags = offer.recommendation.reasons.filter((reason) =>
      DEFAULT_RULESET.risk.redFlags.some((flag) => flag.id === reason.ruleId),
    )
    expect(ids(flags).sort()).toEqual(DEFAULT_RULESET.risk.redFlags.map((flag) => flag.id).sort())
    for (const flag of flags)
      expect(flag.citation).toMatchObject({ source: 'article', lines: [50] })
  })

  it('shows a risk-adjusted value visibly below the headline pay', () => {
    expect(offer.downside.riskAdjusted.high).toBeLessThan(offer.downside.headline.low * 0.9)
  })
})

describe('P5: a big platform that has done the homework (L35)', () => {
  const offer = onlyOffer(assess(loadPersona('p5'), DEFAULT_RULESET).offers)

  it('is low or medium risk and accepted', () => {
    expect(offer.raise?.low).toBeCloseTo(0.35, 10)
    expect(['low', 'medium']).toContain(offer.risk.level)
    expect(offer.recommendation.recommendation).toBe('accept')
  })
})

describe('P6: pay arithmetic (L4, L47)', () => {
  it('reads a USD offer of $300k base + $625k stock at 7.2 as 6.66M RMB a year', () => {
    const offer = onlyOffer(assess(loadPersona('p6'), DEFAULT_RULESET).offers)
    expect(offer.pay.totalRecurring).toEqual({ low: 6_660_000_00, high: 6_660_000_00 })
    expect(offer.afterTaxRecurring).toBeNull()
  })
})
