import { describe, expect, it } from 'vitest'
import {
  assess,
  chinaIncomeTax,
  DEFAULT_RULESET as ruleset,
  parseAssessmentInput,
} from '../../../renderer/domain'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'
import { yuan } from '../../helpers/money'
import { loadPersona } from '../../helpers/personas'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { offerReasonText } from '../../../renderer/ui/reasons/offer-reason-text'

const settings = engineSettingsSchema.parse({})
const noWages = { wages: yuan(0), annualBonus: yuan(0), monthlyBase: null }
const optionsReason = (result: ReturnType<typeof chinaIncomeTax>) =>
  result.reasons.find((reason) => reason.ruleId === 'iit-options-exercise')

describe('options taxed on the whole spread, in the share the totals count (new-user trial 11)', () => {
  it('taxes 40万 of spread at 25% and expects 30% of it: 40万 × 25% − 31,920 = 68,080 → 20,424', () => {
    const result = chinaIncomeTax(
      { ...noWages, stock: yuan(0), options: yuan(400_000), optionsKeep: 0.3 },
      settings,
      ruleset,
    )
    // The totals count 30% of the spread; the tax is 30% of the whole spread's.
    expect(result.gross).toBe(yuan(120_000))
    expect(result.stockTax).toBe(yuan(20_424))
    expect(result.totalTax).toBe(yuan(20_424))
    expect(optionsReason(result)?.facts).toMatchObject({
      spreadYuan: 400_000,
      keepPercent: 30,
      countedYuan: 120_000,
      separate: true,
      spreadTaxYuan: 68_080,
      expectedTaxYuan: 20_424,
    })
  })

  it('the low end, 20万: 20万 × 20% − 16,920 = 23,080 → 6,924', () => {
    const result = chinaIncomeTax(
      { ...noWages, stock: yuan(0), options: yuan(200_000), optionsKeep: 0.3 },
      settings,
      ruleset,
    )
    expect(result.stockTax).toBe(yuan(6_924))
  })

  it('the spread adds to the year’s stock: keep × (T(stock + spread) − T(stock))', () => {
    // T(100,000) = 7,480; T(500,000) = 500,000 × 30% − 52,920 = 97,080; 30% of 89,600 = 26,880.
    const result = chinaIncomeTax(
      { ...noWages, stock: yuan(100_000), options: yuan(400_000), optionsKeep: 0.3 },
      settings,
      ruleset,
    )
    expect(result.stockTax).toBe(yuan(7_480 + 26_880))
    expect(optionsReason(result)?.facts).toMatchObject({
      spreadTaxYuan: 89_600,
      expectedTaxYuan: 26_880,
    })
  })

  it('a listed company (keep 0.8): 80% of the whole spread’s tax, wages’ tax unchanged', () => {
    const year = { ...noWages, wages: yuan(300_000), stock: yuan(0), monthlyBase: yuan(25_000) }
    const without = chinaIncomeTax(year, settings, ruleset)
    const listed = chinaIncomeTax(
      { ...year, options: yuan(100_000), optionsKeep: 0.8 },
      settings,
      ruleset,
    )
    // T(100,000) = 7,480; 80% is 5,984 (taxing the 80,000 counted would give 5,480).
    expect(listed.stockTax).toBe(yuan(5_984))
    expect(listed.gross).toBe(yuan(380_000))
    expect(listed.wagesTax).toBe(without.wagesTax)
    expect(listed.totalTax).toBe(without.totalTax + yuan(5_984))
  })

  it('a year without options is taxed as before', () => {
    const year = { ...noWages, wages: yuan(300_000), stock: yuan(50_000), monthlyBase: null }
    const plain = chinaIncomeTax(year, settings, ruleset)
    const withKeep = chinaIncomeTax(
      { ...year, options: yuan(0), optionsKeep: 0.3 },
      settings,
      ruleset,
    )
    expect(withKeep).toEqual(plain)
    expect(plain.stockTax).toBe(yuan(50_000 * 0.1 - 2_520))
  })

  it('after 2027, merged with wages: the expected share of what the spread adds', () => {
    const later = engineSettingsSchema.parse({ taxYear: 2028 })
    const year = { ...noWages, wages: yuan(300_000), stock: yuan(0), monthlyBase: null }
    const without = chinaIncomeTax(year, later, ruleset)
    const full = chinaIncomeTax({ ...year, options: yuan(400_000) }, later, ruleset)
    const expected = chinaIncomeTax(
      { ...year, options: yuan(400_000), optionsKeep: 0.3 },
      later,
      ruleset,
    )
    const added = full.totalTax - without.totalTax
    expect(expected.stockTax).toBe(0)
    expect(expected.totalTax).toBe(without.totalTax + Math.round(added * 0.3))
    expect(expected.wagesTax).toBe(expected.totalTax)
  })

  function trialOffer() {
    const p1 = loadPersona('p1')
    const parsed = parseAssessmentInput({
      ...p1,
      offers: [
        {
          ...p1.offers[0],
          pay: {
            base: { kind: 'monthly', monthly: { low: 60_000, high: 70_000 }, months: 16 },
            options: {
              count: 40_000,
              strikePrice: 10,
              sharePrice: { low: 30, high: 50 },
              schedule: [25, 25, 25, 25],
              cliffMonths: 0,
              listed: false,
            },
          },
        },
      ],
    })
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
    const offer = assess(parsed.input, ruleset).offers[0]
    if (!offer?.ok || !offer.afterTaxRecurring) throw new Error('expected an assessed offer')
    return { offer, ...offer.afterTaxRecurring }
  }

  it('the trial’s offer: 6-7万 × 16, 4万 options at strike 10, share 30-50, unlisted', () => {
    const { offer, low, high } = trialOffer()
    // 10,000 options a year × 20-40 = 20万-40万 of spread; the totals count 30%: 6万-12万.
    expect(offer.pay.options?.expectedPerYear).toEqual({ low: yuan(60_000), high: yuan(120_000) })
    expect(high.stockTax).toBe(yuan(20_424))
    expect(low.stockTax).toBe(yuan(6_924))
    expect(optionsReason(high)?.facts).toMatchObject({
      spreadYuan: 400_000,
      keepPercent: 30,
      spreadTaxYuan: 68_080,
    })
    // The after-tax total counts 12万 of options less their expected tax.
    expect(high.afterTax).toBe(high.gross - high.socialInsurance - high.totalTax)
  })

  it('says the whole spread, the share counted and the expected tax (trial 11: "行权价差（12万）")', async () => {
    const reason = optionsReason(trialOffer().high)
    if (!reason) throw new Error('no options reason')
    const zh = await createI18n('zh-CN')
    expect(offerReasonText(reason, zh.t, 'zh-CN', ruleset)).toBe(
      '期权行权价差 40万，按 30% 计入：预计税额 2.04万（行权价差全额计税 6.81万 × 30%，与股票一起单独计税）',
    )
    const en = await createI18n('en')
    expect(offerReasonText(reason, en.t, 'en', ruleset)).toBe(
      'The options’ exercise spread is 400k, counted at 30%: expected tax 20.4k (68.1k on the whole spread, taxed on its own with the stock, × 30%)',
    )
  })
})
