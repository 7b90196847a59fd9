import { describe, expect, it } from 'vitest'
import {
  assess,
  assessmentInputSchema,
  chinaIncomeTax,
  DEFAULT_RULESET as ruleset,
  withOverrides,
} from '../../../renderer/domain'
import { matchCity } from '../../../renderer/domain/cities/match-city'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'
import { socialInsuranceFor } from '../../../renderer/domain/tax/social-insurance'
import { yuan } from '../../helpers/money'
import { loadPersona } from '../../helpers/personas'

const settings = (overrides: object = {}) => engineSettingsSchema.parse(overrides)
const cityOf = (text: string) => matchCity(text, ruleset.cities)?.id ?? null

describe('city names, however users write them', () => {
  it.each([
    ['北京', 'beijing'],
    ['北京市', 'beijing'],
    ['Beijing', 'beijing'],
    ['beijing, China', 'beijing'],
    ['BJ', 'beijing'],
    ['Beijing City', 'beijing'],
    ['Peking', 'beijing'],
    ['北京市海淀区', 'beijing'],
    ['中国北京', 'beijing'],
    ['Haidian, Beijing, PRC', 'beijing'],
    ['上海', 'shanghai'],
    ['上海市', 'shanghai'],
    ['  SHANGHAI ', 'shanghai'],
    ['Shanghai, China', 'shanghai'],
    ['SH', 'shanghai'],
    ['深圳', 'shenzhen'],
    ['深圳市', 'shenzhen'],
    ['Shenzhen', 'shenzhen'],
    ['shenzhen, china', 'shenzhen'],
    ['杭州', 'hangzhou'],
    ['杭州市', 'hangzhou'],
    ['Hangzhou', 'hangzhou'],
    ['Hangzhou, Zhejiang, China', 'hangzhou'],
    ['成都', 'chengdu'],
    ['成都市', 'chengdu'],
    ['Chengdu', 'chengdu'],
    ['chengdu, China', 'chengdu'],
    ['Chengdu, Sichuan, China', 'chengdu'],
    ['成都市高新区', 'chengdu'],
    ['蓉', 'chengdu'],
  ])('reads "%s" as %s', (text, city) => {
    expect(cityOf(text)).toBe(city)
  })

  it.each([
    ['', 'nothing written'],
    ['武汉', 'a city without a preset'],
    ['Chengde', '承德, not Chengdu'],
    ['承德市', 'not Chengdu'],
    ['芙蓉区', 'a district of Changsha, not 蓉'],
    ['CD', 'no city’s abbreviation'],
    ['Beijing / Chengdu', 'two cities'],
    ['SZ', 'Shenzhen or Suzhou'],
    ['HZ', 'Hangzhou or Huizhou'],
    ['China', 'only a country'],
    ['Beijing / Shanghai', 'two cities'],
  ])('matches no city for "%s" (%s)', (text) => {
    expect(cityOf(text)).toBeNull()
  })

  it('uses the same matching for the hub-city modifier', () => {
    for (const city of ['beijing, China', 'BJ', '上海市', 'Shenzhen', '杭州市']) {
      const result = assess(
        assessmentInputSchema.parse({
          profile: { ...loadPersona('p3').profile, city },
          skills: [],
          offers: [],
        }),
        ruleset,
      )
      expect(
        result.skills.reasons.map((r) => r.ruleId),
        city,
      ).toContain('hub-city')
    }
  })
})

describe('social-insurance presets of the hub cities (L20, L24)', () => {
  const presetOf = (cityId: string) =>
    ruleset.tax.socialInsurance.presets.find((preset) => preset.cityId === cityId)

  it.each([
    ['beijing', 2025, 7_162, 35_811, 5, 12],
    ['shanghai', 2025, 7_460, 37_302, 5, 7],
    ['shenzhen', 2024, 4_492, 27_501, 5, 12],
    ['hangzhou', 2024, 4_462, 24_930, 5, 12],
  ])(
    '%s: year %d, base %d-%d a month, housing fund %d-%d%%',
    (city, year, floor, cap, min, max) => {
      const preset = presetOf(city)
      expect(preset).toMatchObject({
        year,
        baseFloorMonthlyYuan: floor,
        baseCapMonthlyYuan: cap,
        pensionPercent: 8,
        medicalPercent: 2,
        unemploymentPercent: 0.5,
        housingFund: { minPercent: min, maxPercent: max },
        source: { source: 'law' },
      })
    },
  )

  it('marks the presets it could not check against the city’s notice', () => {
    expect(presetOf('beijing')?.assumption).toBeUndefined()
    expect(presetOf('shanghai')?.assumption).toBeUndefined()
    expect(presetOf('shenzhen')?.assumption?.noteEn).toMatch(/Not checked/)
    expect(presetOf('hangzhou')?.assumption?.noteEn).toMatch(/Not checked/)
    expect(presetOf('chengdu')?.assumption?.noteEn).toMatch(/Not checked/)
    expect(presetOf('chengdu')?.assumption?.noteZhHans).toMatch(/未与成都的通知核对/)
  })

  it('has Chengdu’s (persona P3’s city): Sichuan’s 2023 base, 4,071-20,355, not checked', () => {
    expect(presetOf('chengdu')).toMatchObject({
      year: 2023,
      baseFloorMonthlyYuan: 4_071,
      baseCapMonthlyYuan: 20_355,
      pensionPercent: 8,
      medicalPercent: 2,
      unemploymentPercent: 0.4,
      housingFund: { minPercent: 5, maxPercent: 12, defaultPercent: 12 },
      source: { source: 'law' },
    })
    const si = settings().socialInsurance
    for (const city of ['成都', '成都市', 'Chengdu', '蓉'])
      expect(socialInsuranceFor(si, city, ruleset), city).toMatchObject({
        chosenBy: 'city',
        preset: { cityId: 'chengdu' },
        baseCapMonthly: 20_355,
      })
  })

  it('gives Chengdu no hub-city points: it is not one of 北上深杭 (L24)', () => {
    expect(ruleset.modifiers.hubCity.cityIds).not.toContain('chengdu')
  })

  it('picks the preset of the city named, else Beijing’s as the marked fallback', () => {
    const si = settings().socialInsurance
    expect(socialInsuranceFor(si, '上海市', ruleset)).toMatchObject({
      chosenBy: 'city',
      preset: { cityId: 'shanghai' },
      baseFloorMonthly: 7_460,
      baseCapMonthly: 37_302,
      housingFundPercent: 7,
      overridden: [],
    })
    expect(socialInsuranceFor(si, '武汉', ruleset)).toMatchObject({
      chosenBy: 'fallback',
      preset: { cityId: 'beijing' },
    })
  })

  it('lets a city setting pick the preset and any figure the user sets win over it', () => {
    const chosen = socialInsuranceFor(
      settings({ socialInsurance: { cityPreset: 'shenzhen', housingFundPercent: 5 } })
        .socialInsurance,
      '北京',
      ruleset,
    )
    expect(chosen).toMatchObject({
      chosenBy: 'setting',
      preset: { cityId: 'shenzhen' },
      baseCapMonthly: 27_501,
      housingFundPercent: 5,
      overridden: ['housingFundPercent'],
    })
  })

  it('caps the base at the city’s cap: 50,000 a month pays on 37,302 in Shanghai, 35,811 in Beijing', () => {
    const year = {
      wages: yuan(600_000),
      annualBonus: yuan(0),
      stock: yuan(0),
      monthlyBase: yuan(50_000),
    }
    const s = settings()
    const tax = (city: string) =>
      chinaIncomeTax(year, s, ruleset, socialInsuranceFor(s.socialInsurance, city, ruleset))
    // 8 + 2 + 0.5 + 7 = 17.5% in Shanghai; 22.5% in Beijing (housing fund 12%).
    expect(tax('Shanghai').socialInsurance).toBe(yuan(37_302 * 0.175 * 12))
    // 35,811 × 22.5% = 8,057.475 a month, paid as 8,057.48.
    expect(tax('Beijing').socialInsurance).toBe(yuan(8_057.48 * 12))
    const reason = tax('Shanghai').reasons.find((r) => r.ruleId === 'social-insurance')
    expect(reason?.facts).toMatchObject({ city: 'shanghai', presetYear: 2025, chosenBy: 'city' })
    expect(reason?.citation).toMatchObject({ source: 'law' })
  })

  it('uses the offer’s city for the offer and the profile’s for the current pay', () => {
    const p1 = loadPersona('p1')
    const input = assessmentInputSchema.parse({
      ...p1,
      offers: [{ ...p1.offers[0], city: 'Shanghai, China' }],
    })
    const result = assess(input, ruleset)
    const offer = result.offers[0]
    const cityIn = (reasons: { ruleId: string; facts: Record<string, unknown> }[] = []) =>
      reasons.find((r) => r.ruleId === 'social-insurance')?.facts['city']
    expect(offer?.ok && cityIn(offer.afterTaxRecurring?.low.reasons)).toBe('shanghai')
    expect(result.currentPay?.ok && cityIn(result.currentPay.afterTax?.low.reasons)).toBe('beijing')
  })

  it('takes an override of a preset from the ruleset overrides, checked by the schema', () => {
    const result = withOverrides(ruleset, {
      tax: { socialInsurance: { presets: [{ cityId: 'hangzhou', baseCapMonthlyYuan: 26_000 }] } },
    })
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(socialInsuranceFor(settings().socialInsurance, '杭州', result.ruleset)).toMatchObject({
      baseCapMonthly: 26_000,
      baseFloorMonthly: 4_462,
    })
    const broken = withOverrides(ruleset, {
      tax: { socialInsurance: { presets: [{ cityId: 'hangzhou', baseFloorMonthlyYuan: 30_000 }] } },
    })
    expect(broken.ok).toBe(false)
  })
})

describe('special deductions as ruleset data', () => {
  const deductionsFor = (specialDeductions: object, overrides = ruleset) =>
    chinaIncomeTax(
      { wages: yuan(400_000), annualBonus: yuan(0), stock: yuan(0), monthlyBase: null },
      settings({ specialDeductions }),
      overrides,
    ).specialDeductions

  it('gives an only child the whole elderly-parent amount and caps a sibling’s share', () => {
    expect(deductionsFor({ elderlyParents: 'only-child' })).toBe(yuan(36_000))
    expect(deductionsFor({ elderlyParents: 'sibling-share', elderlyParentsMonthly: 2_000 })).toBe(
      yuan(18_000),
    )
    expect(deductionsFor({ elderlyParents: 'none', elderlyParentsMonthly: 2_000 })).toBe(0)
    // Saved before the choice existed: the amount as stated, up to the whole amount.
    expect(deductionsFor({ elderlyParentsMonthly: 3_000 })).toBe(yuan(36_000))
  })

  it('caps serious illness at the ruleset’s yearly maximum', () => {
    expect(deductionsFor({ seriousIllnessYearly: 100_000 })).toBe(yuan(80_000))
  })

  it('follows an override of the amounts', () => {
    const result = withOverrides(ruleset, {
      tax: { specialDeductions: { elderlyParentsMonthlyYuan: 4_000, childMonthlyYuan: 2_500 } },
    })
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(deductionsFor({ elderlyParents: 'only-child', children: 1 }, result.ruleset)).toBe(
      yuan(12 * 4_000 + 12 * 2_500),
    )
  })
})
