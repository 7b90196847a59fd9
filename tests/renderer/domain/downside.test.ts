import { describe, expect, it } from 'vitest'
import {
  computeAnnualPay,
  DEFAULT_RULESET,
  withOverrides,
  type AnnualPay,
} from '../../../renderer/domain'
import { compensationSchema } from '../../../renderer/domain/model/compensation'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'
import {
  riskAdjustedValue,
  serviceMonths,
  stayingValue,
} from '../../../renderer/domain/risk/downside'
import { yuan } from '../../helpers/money'

function pay(text: string): AnnualPay {
  const result = computeAnnualPay(
    compensationSchema.parse({ base: { kind: 'text', text } }),
    engineSettingsSchema.parse({}),
    DEFAULT_RULESET,
  )
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.pay
}

describe('severance (劳动合同法 第四十七条)', () => {
  it('counts service: a month a year, six months or more as a year, less as half', () => {
    expect(serviceMonths(0)).toBe(0)
    expect(serviceMonths(3)).toBe(0.5)
    expect(serviceMonths(6)).toBe(1)
    expect(serviceMonths(12)).toBe(1)
    expect(serviceMonths(30)).toBe(3)
  })

  it('pays N+1 on the monthly wage for an ordinary earner', () => {
    // 20k × 12 = 240k cash: 20k a month, below 3 × 12,000; a year of service → 1 + 1 months.
    const result = riskAdjustedValue(pay('20k×12'), null, 0, DEFAULT_RULESET)
    expect(result.severance?.amount.low).toBe(yuan(40_000))
    // What it counts, for its label: a month for the year served, uncapped, and the notice month.
    expect(result.severance).toMatchObject({
      serviceMonths: 1,
      monthlyCap: null,
      inLieuOfNotice: true,
    })
  })

  it('caps a high earner’s monthly wage at 3× the local average (the notice month stays uncapped)', () => {
    const result = riskAdjustedValue(pay('100k×12'), null, 0, DEFAULT_RULESET)
    expect(result.severance?.amount.low).toBe(yuan(36_000 + 100_000))
    expect(result.severance).toMatchObject({ serviceMonths: 1, monthlyCap: yuan(36_000) })
  })
})

describe('a year-end bonus of a range of months', () => {
  it('carries both ends into severance and the headline', () => {
    // 20k × 12 + 1-3 months: 260k-300k a year; the high end's wage for severance is 25k a month,
    // below the cap: a year of service, plus the notice month at the 20k base, 45k.
    const result = riskAdjustedValue(pay('20k×12，年终 1-3 个月'), null, 0, DEFAULT_RULESET)
    expect(result.headline).toEqual({ low: yuan(520_000), high: yuan(600_000) })
    expect(result.severance?.amount.high).toBe(yuan(25_000 + 20_000))
    // The low end's: 260k / 12 = 21,666.67 a month (to the fen), and the 20k base.
    expect(result.severance?.amount.low).toBe(yuan(21_666.67 + 20_000))
  })
})

describe('the month in lieu of notice', () => {
  it('is the monthly base, not capped, while the service months use the year ÷ 12, capped (trial 14)', () => {
    // 30k × 15 + 2-3 months: 510k-540k a year, 42.5k-45k a month, above the 36k cap; the notice
    // month is the 30k base, so 36k + 30k = 66k at both ends (it was 73.5k, the notice month at
    // 540k ÷ 12 under a sentence saying wages above 36k count as 36k).
    const result = riskAdjustedValue(pay('30k×15，年终 2-3 个月'), null, 0, DEFAULT_RULESET)
    expect(result.severance?.amount).toEqual({ low: yuan(66_000), high: yuan(66_000) })
  })

  it('is the year ÷ 12 for a pay written as a yearly figure (no monthly base)', () => {
    const result = riskAdjustedValue(pay('年薪 24 万'), null, 0, DEFAULT_RULESET)
    expect(result.severance?.amount.low).toBe(yuan(20_000 + 20_000))
  })

  it('leaves the year-end bonus out of a yearly figure’s notice month (review 15, M1)', () => {
    // 年薪 60 万 + a 10 万 bonus = 700k cash: the service month is capped at 36k; the notice month
    // is the wages' 600k ÷ 12 = 50k, not the cash's 58,333.33.
    const result = riskAdjustedValue(pay('年薪 60 万，年终奖 10 万'), null, 0, DEFAULT_RULESET)
    expect(result.severance?.amount.low).toBe(yuan(36_000 + 50_000))
  })
})

describe('the risk-adjusted value', () => {
  const offer = pay('60k×12')
  const current = pay('40k×12')

  it('is the headline at no risk of failure, and falls as risk rises', () => {
    const none = withOverrides(DEFAULT_RULESET, { downside: { failureChanceAtZero: 0 } })
    if (!none.ok) throw new Error('override refused')
    expect(riskAdjustedValue(offer, current, 0, none.ruleset).riskAdjusted).toEqual(
      riskAdjustedValue(offer, current, 0, none.ruleset).headline,
    )
    const low = riskAdjustedValue(offer, current, 10, DEFAULT_RULESET).riskAdjusted.low
    const high = riskAdjustedValue(offer, current, 90, DEFAULT_RULESET).riskAdjusted.low
    expect(high).toBeLessThan(low)
  })

  it('prices the failure path: a year of offer pay, severance, a search, then lateral pay', () => {
    const result = riskAdjustedValue(offer, current, 100, DEFAULT_RULESET)
    expect(result.failureChance).toBeCloseTo(0.6, 10)
    expect(result.headline.low).toBe(yuan(1_440_000))
    // 720k + severance (36k capped + 60k notice) + 4 months of nothing + 8 months at 40k.
    expect(result.ifItFails.low).toBe(yuan(720_000 + 96_000 + 320_000))
    expect(result.riskAdjusted.low).toBe(yuan(0.4 * 1_440_000 + 0.6 * 1_136_000))
  })
})

describe('a job outside China’s labour contract law (not taxed in mainland China)', () => {
  const offer = pay('60k×12')
  const current = pay('40k×12')

  it('counts no severance: the law’s figure is not this contract’s, and none is said', () => {
    const china = riskAdjustedValue(offer, current, 100, DEFAULT_RULESET)
    const abroad = riskAdjustedValue(offer, current, 100, DEFAULT_RULESET, false)
    expect(abroad.severance).toBeNull()
    // The failure path without the 96k of China's N+1: 720k, a search, 8 months at 40k.
    expect(abroad.ifItFails.low).toBe(yuan(720_000 + 320_000))
    expect(china.ifItFails.low - abroad.ifItFails.low).toBe(yuan(96_000))
    expect(abroad.headline).toEqual(china.headline)
    // No reason prices China's severance for it; the downside's says none is counted.
    const ruleIds = abroad.reasons.map((reason) => reason.ruleId)
    expect(ruleIds).not.toContain(DEFAULT_RULESET.downside.severance.id)
    expect(abroad.reasons[0]?.facts['severanceCounted']).toBe(false)
    expect(china.reasons[0]?.facts['severanceCounted']).toBe(true)
  })
})

describe('staying’s value over the same horizon', () => {
  it('is the current pay’s typical year over the horizon, no failure priced (review 15, M3)', () => {
    // 24 months of 40k × 12 and 30k × 15 + 2-3 months (510k-540k a year).
    expect(stayingValue(pay('40k×12'), DEFAULT_RULESET)).toEqual({
      low: yuan(960_000),
      high: yuan(960_000),
    })
    expect(stayingValue(pay('30k×15，年终 2-3 个月'), DEFAULT_RULESET)).toEqual({
      low: yuan(1_020_000),
      high: yuan(1_080_000),
    })
    const longer = withOverrides(DEFAULT_RULESET, { downside: { horizonMonths: 36 } })
    if (!longer.ok) throw new Error('override refused')
    expect(stayingValue(pay('40k×12'), longer.ruleset).low).toBe(yuan(1_440_000))
  })
})

describe('options if the role fails', () => {
  // 40,000 options at a strike of 2 on a share worth 12, vesting 10/20/30/40 after a 12-month
  // cliff, on 600k a year: 40k of options vest in year one, at 30% of paper (unlisted): 12k.
  const withOptions = (text: string) => {
    const result = computeAnnualPay(
      compensationSchema.parse({
        base: { kind: 'text', text },
        options: {
          count: 40_000,
          strikePrice: 2,
          sharePrice: { low: 12, high: 12 },
          schedule: [10, 20, 30, 40],
          cliffMonths: 12,
        },
      }),
      engineSettingsSchema.parse({}),
      DEFAULT_RULESET,
    )
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    return result.pay
  }

  it('counts them if all goes well, not if it fails (trials 9-12: P4 led on options it had lost)', () => {
    const current = pay('30k×12')
    const cash = riskAdjustedValue(pay('年薪 60 万'), current, 80, DEFAULT_RULESET)
    const options = riskAdjustedValue(withOptions('年薪 60 万'), current, 80, DEFAULT_RULESET)
    expect(options.headline.low).toBeGreaterThan(cash.headline.low)
    // The failure path is the cash offer's to the fen: the year worked, severance, search, lateral.
    expect(options.ifItFails).toEqual(cash.ifItFails)
    expect(options.reasons[0]?.facts['optionsNotCountedIfItFails']).toBe(true)
    expect(cash.reasons[0]?.facts['optionsNotCountedIfItFails']).toBe(false)
  })

  it('leaves them out of the lateral months too where no current pay is saved (review 21 M5)', () => {
    // Without a current pay the lateral months are this offer's pay, elsewhere: without options.
    const cash = riskAdjustedValue(pay('年薪 60 万'), null, 80, DEFAULT_RULESET)
    const options = riskAdjustedValue(withOptions('年薪 60 万'), null, 80, DEFAULT_RULESET)
    expect(options.headline.low).toBeGreaterThan(cash.headline.low)
    expect(options.ifItFails).toEqual(cash.ifItFails)
  })
})
