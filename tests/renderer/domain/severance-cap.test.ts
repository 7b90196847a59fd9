import { describe, expect, it } from 'vitest'
import {
  computeAnnualPay,
  DEFAULT_RULESET,
  withOverrides,
  type AnnualPay,
  type Ruleset,
  type RulesetOverrides,
} from '../../../renderer/domain'
import { compensationSchema } from '../../../renderer/domain/model/compensation'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'
import { riskAdjustedValue } from '../../../renderer/domain/risk/downside'
import { socialInsuranceFor } from '../../../renderer/domain/tax/social-insurance'
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

function rulesetWith(overrides: RulesetOverrides): Ruleset {
  const result = withOverrides(DEFAULT_RULESET, overrides)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.ruleset
}

/** The job's social insurance as the tax resolves it: its city, and any figure the user set. */
function insuranceIn(city: string, socialInsurance: object = {}, ruleset = DEFAULT_RULESET) {
  return socialInsuranceFor(
    engineSettingsSchema.parse({ socialInsurance }).socialInsurance,
    city,
    ruleset,
  )
}

const severanceOf = (
  city: string,
  socialInsurance: object = {},
  ruleset: Ruleset = DEFAULT_RULESET,
) =>
  riskAdjustedValue(
    pay('60k×12'),
    null,
    0,
    ruleset,
    true,
    insuranceIn(city, socialInsurance, ruleset),
  )

const severanceReason = (result: ReturnType<typeof riskAdjustedValue>) =>
  result.reasons.find((reason) => reason.ruleId === 'severance')

describe('the severance cap’s average wage follows the job’s city (劳动合同法 第四十七条)', () => {
  it('caps a Shanghai offer of 60k a month at Shanghai’s base cap, 37,302 = 3 × 12,434', () => {
    // 60k × 12 = 720k: 60k a month, above 37,302. The role fails after 12 months: a year of
    // service, 1 month at 37,302, plus the month in lieu of notice at the 60k base.
    const result = severanceOf('上海市')
    expect(result.severance?.amount).toEqual({ low: yuan(97_302), high: yuan(97_302) })
    expect(result.severance?.monthlyCap).toBe(yuan(37_302))
    expect(result.severance?.capBasis).toEqual({
      source: 'city',
      averageMonthly: yuan(12_434),
      capMonthly: yuan(37_302),
      cityId: 'shanghai',
      presetYear: 2025,
    })
    // The sentence's facts: which city's wage, and the figure.
    expect(severanceReason(result)?.facts).toMatchObject({
      capSource: 'city',
      capCity: 'shanghai',
      capYear: 2025,
      averageMonthlyWageYuan: 12_434,
      capMonthlyYuan: 37_302,
    })
  })

  it('counts three years of service at 37,302 each: 37,302 × 3 + 60,000 = 171,906', () => {
    // The role fails after 30 months (within a 36-month horizon): 2 years and 6 months count as 3.
    const longer = rulesetWith({ downside: { horizonMonths: 36, failsAfterMonths: 30 } })
    const result = severanceOf('Shanghai', {}, longer)
    expect(result.severance?.serviceMonths).toBe(3)
    expect(result.severance?.amount.low).toBe(yuan(37_302 * 3 + 60_000))
    expect(result.severance?.amount.low).toBe(yuan(171_906))
  })

  it('caps Beijing at 35,811 (3 × 11,937), Beijing’s own average as its base cap is', () => {
    expect(severanceOf('北京').severance?.amount.low).toBe(yuan(35_811 + 60_000))
    expect(severanceOf('北京').severance?.capBasis.averageMonthly).toBe(yuan(11_937))
  })

  // Review 19: their base caps are 3 × the province’s average (Guangdong’s, Zhejiang’s,
  // Sichuan’s), not the city’s own that 第四十七条 names; Shenzhen’s 27,501 was below Wuhan’s
  // placeholder cap.
  it.each([
    ['深圳', 27_501],
    ['Hangzhou', 24_930],
    ['Chengdu', 20_355],
  ])('keeps the placeholder in %s, whose base cap (%i) is its province’s', (city, baseCap) => {
    const result = severanceOf(city)
    expect(result.severance?.capBasis).toEqual({
      source: 'placeholder',
      averageMonthly: yuan(12_000),
      capMonthly: yuan(36_000),
      cityId: null,
      presetYear: null,
    })
    expect(result.severance?.amount.low).toBe(yuan(36_000 + 60_000))
    expect(result.severance?.capBasis.capMonthly).not.toBe(yuan(baseCap))
    // The tax still follows the city’s preset: only the severance’s average does not.
    expect(insuranceIn(city).chosenBy).toBe('city')
    // A base cap the user set there is the province’s too.
    expect(severanceOf(city, { baseCapMonthly: 30_000 }).severance?.capBasis.source).toBe(
      'placeholder',
    )
  })

  it('marks only Beijing’s and Shanghai’s presets as the city’s own average', () => {
    const own = DEFAULT_RULESET.tax.socialInsurance.presets
      .filter((preset) => preset.baseCapIsCityAverage)
      .map((preset) => preset.cityId)
    expect(own).toEqual(['beijing', 'shanghai'])
  })

  it('keeps the placeholder (3 × 12,000) for a city without a preset, and says it is one', () => {
    const result = severanceOf('武汉')
    expect(result.severance?.amount.low).toBe(yuan(36_000 + 60_000))
    expect(result.severance?.capBasis).toEqual({
      source: 'placeholder',
      averageMonthly: yuan(12_000),
      capMonthly: yuan(36_000),
      cityId: null,
      presetYear: null,
    })
    expect(severanceReason(result)?.facts).toMatchObject({
      capSource: 'placeholder',
      capCity: '',
      averageMonthlyWageYuan: 12_000,
    })
    // The rule says the figure is an assumption.
    expect(severanceReason(result)?.assumption).toBe(true)
    // No social insurance given (a caller that does not know it): the placeholder too.
    const unknown = riskAdjustedValue(pay('60k×12'), null, 0, DEFAULT_RULESET)
    expect(unknown.severance?.capBasis.source).toBe('placeholder')
  })

  it('uses the social-insurance base cap the user set (Offers › Tax assumptions)', () => {
    const result = severanceOf('上海', { baseCapMonthly: 30_000 })
    expect(result.severance?.amount.low).toBe(yuan(30_000 + 60_000))
    expect(result.severance?.capBasis).toMatchObject({
      source: 'your-cap',
      averageMonthly: yuan(10_000),
      cityId: null,
    })
    // Not in a city without a preset: Wuhan's base cap is Hubei's, not Wuhan's own average.
    expect(severanceOf('武汉', { baseCapMonthly: 30_000 }).severance?.capBasis.source).toBe(
      'placeholder',
    )
    // A city the user picked for the figures (not the job's) gives its cap.
    expect(severanceOf('武汉', { cityPreset: 'beijing' }).severance?.capBasis).toMatchObject({
      source: 'city',
      cityId: 'beijing',
      capMonthly: yuan(35_811),
    })
  })

  it('uses the average wage set under Rules in place of the placeholder only', () => {
    // A Wuhan user sets Wuhan's figure: Wuhan's and Shenzhen's offers take it.
    const own = rulesetWith({ downside: { severance: { localAverageMonthlyWageYuan: 8_000 } } })
    for (const city of ['武汉', '深圳']) {
      const result = severanceOf(city, {}, own)
      expect(result.severance?.amount.low).toBe(yuan(24_000 + 60_000))
      expect(result.severance?.capBasis).toMatchObject({
        source: 'rules',
        averageMonthly: yuan(8_000),
        capMonthly: yuan(24_000),
      })
      expect(severanceReason(result)?.facts).toMatchObject({ capSource: 'rules' })
    }
    // Review 19: a Shanghai offer kept 24,000, not Shanghai's own 37,302.
    const shanghai = severanceOf('上海', {}, own)
    expect(shanghai.severance?.capBasis).toMatchObject({
      source: 'city',
      cityId: 'shanghai',
      capMonthly: yuan(37_302),
    })
    expect(shanghai.severance?.amount.low).toBe(yuan(37_302 + 60_000))
    expect(severanceOf('北京', {}, own).severance?.capBasis.capMonthly).toBe(yuan(35_811))
    // A caller that does not know the job's social insurance: the figure set under Rules.
    const unknown = riskAdjustedValue(pay('60k×12'), null, 0, own)
    expect(unknown.severance?.capBasis.source).toBe('rules')
  })

  it('follows the rule’s multiple: a cap of 2 × the average is 2 × 12,434 in Shanghai', () => {
    const twice = rulesetWith({ downside: { severance: { capMultiple: 2 } } })
    expect(severanceOf('上海', {}, twice).severance?.capBasis.capMonthly).toBe(yuan(24_868))
  })
})
