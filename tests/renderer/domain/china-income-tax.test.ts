import { describe, expect, it } from 'vitest'
import {
  annualTax,
  bonusCliff,
  chinaIncomeTax,
  DEFAULT_RULESET as ruleset,
  separateBonusTax,
} from '../../../renderer/domain'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'
import { yuan } from '../../helpers/money'

const settings = (overrides: object = {}) => engineSettingsSchema.parse(overrides)

describe('the worked example of ruleset.md §4', () => {
  // Salary 20,000 × 12; employee contributions 3,500 a month (17.5% of 20,000: housing fund 7%);
  // one child in education; a year-end bonus of 40,000.
  const result = chinaIncomeTax(
    { wages: yuan(240_000), annualBonus: yuan(40_000), stock: yuan(0), monthlyBase: yuan(20_000) },
    settings({ socialInsurance: { housingFundPercent: 7 }, specialDeductions: { children: 1 } }),
    ruleset,
  )

  it('deducts 42,000 of contributions and 24,000 for the child, leaving 114,000 taxable', () => {
    expect(result.socialInsurance).toBe(yuan(42_000))
    expect(result.specialDeductions).toBe(yuan(24_000))
    expect(result.taxableWages).toBe(yuan(114_000))
  })

  it('taxes the bonus separately (3,790) for a total of 12,670, 1,210 less than merged (13,880), and says so', () => {
    expect(result.taxIfSeparate).toBe(yuan(12_670))
    expect(result.taxIfMerged).toBe(yuan(13_880))
    expect(result.bonusMethod).toBe('separate')
    expect(result.totalTax).toBe(yuan(12_670))
    const reason = result.reasons.find((r) => r.ruleId === 'iit-bonus-separate')
    expect(reason?.facts).toMatchObject({ method: 'separate', savingYuan: 1_210 })
    expect(result.afterTax).toBe(yuan(280_000 - 42_000 - 12_670))
  })

  it('splits that total into the wages’ own tax (8,880 on 114,000) and the bonus’s (3,790)', () => {
    expect(result.wagesTax).toBe(yuan(8_880))
    expect(result.bonusTax).toBe(yuan(3_790))
    expect(result.stockTax).toBe(0)
  })
})

describe('the annual comprehensive-income table', () => {
  it.each([
    [0, 0],
    [36_000, 1_080],
    [36_001, 1_080.1],
    [144_000, 11_880],
    [144_001, 11_880.2],
    [300_000, 43_080],
    [420_000, 73_080],
    [660_000, 145_080],
    [960_000, 250_080],
    [960_001, 250_080.45],
    [1_000_000, 268_080],
  ])('taxes %d of taxable income as %d', (taxable, tax) => {
    expect(annualTax(yuan(taxable), ruleset)).toBe(yuan(tax))
  })

  it('charges nothing on zero or negative taxable income', () => {
    expect(annualTax(yuan(-5_000), ruleset)).toBe(0)
    const low = chinaIncomeTax(
      { wages: yuan(50_000), annualBonus: yuan(0), stock: yuan(0), monthlyBase: null },
      settings(),
      ruleset,
    )
    expect(low.taxableWages).toBe(0)
    expect(low.totalTax).toBe(0)
    expect(low.afterTax).toBe(low.gross - low.socialInsurance)
  })
})

describe('the separate year-end bonus table (bonus ÷ 12 on the monthly table)', () => {
  it.each([
    [0, 0],
    [36_000, 1_080],
    [36_001, 3_390.1],
    [144_000, 14_190],
    [144_001, 27_390.2],
    [300_000, 58_590],
    [300_001, 72_340.25],
    [420_000, 102_340],
    [420_001, 121_590.3],
    [660_000, 193_590],
    [660_001, 223_840.35],
    [960_000, 328_840],
    [960_001, 416_840.45],
  ])('taxes a bonus of %d as %d', (bonus, tax) => {
    expect(separateBonusTax(yuan(bonus), ruleset)).toBe(yuan(tax))
  })

  it('warns when a bonus sits just above an edge: 36,001 pays 2,310.10 more than 36,000', () => {
    expect(bonusCliff(yuan(36_001), ruleset)).toEqual({
      edge: yuan(36_000),
      extraIncome: yuan(1),
      extraTax: yuan(2_310.1),
    })
    expect(bonusCliff(yuan(36_000), ruleset)).toBeNull()
    // Far enough past the edge the extra bonus outgrows the extra tax: no warning.
    expect(bonusCliff(yuan(40_000), ruleset)).toBeNull()
    expect(bonusCliff(yuan(144_500), ruleset)?.edge).toBe(yuan(144_000))
  })

  it('reports the cliff with the tax result when the separate method is used', () => {
    const result = chinaIncomeTax(
      {
        wages: yuan(240_000),
        annualBonus: yuan(36_001),
        stock: yuan(0),
        monthlyBase: yuan(20_000),
      },
      settings(),
      ruleset,
    )
    expect(result.bonusMethod).toBe('separate')
    expect(result.bonusCliff?.extraTax).toBe(yuan(2_310.1))
    expect(result.reasons.map((r) => r.ruleId)).toContain('iit-bonus-cliff')
  })
})

describe('choosing the cheaper method', () => {
  it('merges the bonus when that is cheaper (low wages leave deductions unused)', () => {
    const result = chinaIncomeTax(
      { wages: yuan(60_000), annualBonus: yuan(30_000), stock: yuan(0), monthlyBase: yuan(5_000) },
      settings(),
      ruleset,
    )
    expect(result.taxIfSeparate).toBe(yuan(900))
    expect(result.bonusMethod).toBe('merged')
    expect(result.totalTax).toBe(result.taxIfMerged)
    expect(result.taxIfMerged).toBeLessThan(yuan(900))
  })

  it('stops offering the separate method after 2027 and merges stock with wages then', () => {
    const year = {
      wages: yuan(240_000),
      annualBonus: yuan(40_000),
      stock: yuan(100_000),
      monthlyBase: yuan(20_000),
    }
    const in2027 = chinaIncomeTax(year, settings({ taxYear: 2027 }), ruleset)
    const in2028 = chinaIncomeTax(year, settings({ taxYear: 2028 }), ruleset)
    expect(in2027.bonusMethod).toBe('separate')
    expect(in2027.stockTax).toBe(annualTax(yuan(100_000), ruleset))
    expect(in2028.taxIfSeparate).toBeNull()
    expect(in2028.bonusMethod).toBe('merged')
    expect(in2028.stockTax).toBe(0)
    expect(in2028.totalTax).toBeGreaterThan(in2027.totalTax)
    // The split adds up either way: merged, the bonus has no tax of its own.
    expect(in2027.bonusTax).toBe(separateBonusTax(yuan(40_000), ruleset))
    expect(in2027.wagesTax + in2027.bonusTax + in2027.stockTax).toBe(in2027.totalTax)
    expect(in2028.bonusTax).toBe(0)
    expect(in2028.wagesTax).toBe(in2028.totalTax)
  })
})

describe('social insurance and the housing fund', () => {
  it('caps the base at the city’s maximum (Beijing 2025: 35,811)', () => {
    const result = chinaIncomeTax(
      { wages: yuan(1_200_000), annualBonus: yuan(0), stock: yuan(0), monthlyBase: yuan(100_000) },
      settings(),
      ruleset,
    )
    // 35,811 × 22.5% = 8,057.4750 → 8,057.48 a month.
    expect(result.socialInsurance).toBe(yuan(8_057.48 * 12))
  })

  it('raises a low base to the city’s floor, and follows user-set caps (Shanghai)', () => {
    const floor = chinaIncomeTax(
      { wages: yuan(60_000), annualBonus: yuan(0), stock: yuan(0), monthlyBase: yuan(5_000) },
      settings(),
      ruleset,
    )
    expect(floor.socialInsurance).toBe(yuan(1_611.45 * 12))
    const shanghai = settings({
      socialInsurance: { baseFloorMonthly: 7_460, baseCapMonthly: 37_302, housingFundPercent: 7 },
    })
    const capped = chinaIncomeTax(
      { wages: yuan(600_000), annualBonus: yuan(0), stock: yuan(0), monthlyBase: yuan(50_000) },
      shanghai,
      ruleset,
    )
    expect(capped.socialInsurance).toBe(yuan(6_527.85 * 12))
  })
})

describe('special additional deductions', () => {
  it('adds up the user’s situation by the 2023 amounts', () => {
    const result = chinaIncomeTax(
      { wages: yuan(600_000), annualBonus: yuan(0), stock: yuan(0), monthlyBase: yuan(50_000) },
      settings({
        specialDeductions: {
          children: 2,
          infants: 1,
          elderlyParentsMonthly: 3_000,
          continuingEducation: 'degree',
          housing: 'rent-tier-1',
          seriousIllnessYearly: 10_000,
        },
      }),
      ruleset,
    )
    // (2×2,000 + 2,000 + 3,000 + 400 + 1,500) × 12 + 10,000
    expect(result.specialDeductions).toBe(yuan(10_900 * 12 + 10_000))
  })

  it('counts a certificate year once, and a mortgage instead of rent', () => {
    const result = chinaIncomeTax(
      { wages: yuan(300_000), annualBonus: yuan(0), stock: yuan(0), monthlyBase: yuan(25_000) },
      settings({ specialDeductions: { continuingEducation: 'certificate', housing: 'mortgage' } }),
      ruleset,
    )
    expect(result.specialDeductions).toBe(yuan(3_600 + 12_000))
  })
})
