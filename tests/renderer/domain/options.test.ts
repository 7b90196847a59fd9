import { describe, expect, it } from 'vitest'
import {
  assess,
  chinaIncomeTax,
  computeAnnualPay,
  DEFAULT_RULESET as ruleset,
  parseAssessmentInput,
  parsePay,
  type AnnualPay,
} from '../../../renderer/domain'
import { compensationSchema } from '../../../renderer/domain/model/compensation'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'
import { vestedShareBy } from '../../../renderer/domain/pay/vesting'
import { yuan } from '../../helpers/money'
import { loadPersona } from '../../helpers/personas'

function pay(compensation: object, settings: object = {}): AnnualPay {
  const result = computeAnnualPay(
    compensationSchema.parse(compensation),
    engineSettingsSchema.parse(settings),
    ruleset,
  )
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.pay
}

/** 40,000 options at a strike of 2, a share worth 12, vesting 10/20/30/40 after a 12-month cliff. */
const GRANT = {
  count: 40_000,
  strikePrice: 2,
  sharePrice: { low: 12, high: 12 },
  schedule: [10, 20, 30, 40],
  cliffMonths: 12,
}
const BASE = { kind: 'annual', annual: { low: 600_000, high: 600_000 } }

describe('vesting with a cliff', () => {
  it('vests nothing before the cliff, then all that accrued, then month by month', () => {
    const quarters = [25, 25, 25, 25]
    expect(vestedShareBy(quarters, 12, 11)).toBe(0)
    expect(vestedShareBy(quarters, 12, 12)).toBe(0.25)
    expect(vestedShareBy(quarters, 12, 18)).toBe(0.375)
    expect(vestedShareBy(quarters, 12, 48)).toBe(1)
    expect(vestedShareBy(quarters, 12, 60)).toBe(1)
    // Without a cliff the first months count; an 18-month cliff leaves year one empty.
    expect(vestedShareBy(quarters, 0, 6)).toBe(0.125)
    expect(vestedShareBy(quarters, 18, 12)).toBe(0)
    expect(vestedShareBy(quarters, 18, 18)).toBe(0.375)
  })
})

describe('options valued from zero to paper, expected at a discount', () => {
  it('computes year one and a typical year by hand (unlisted: 70% off by default)', () => {
    const options = pay({ base: BASE, options: GRANT }).options
    // Year one: 10% of 40,000 = 4,000 vested × (12 − 2) = 40,000 on paper; a typical year:
    // 10,000 × 10 = 100,000. Expected: 30% of paper, 12,000 and 30,000.
    expect(options).toMatchObject({
      vestedYearOne: 4_000,
      vestedPerYear: 10_000,
      paperYearOne: { low: yuan(40_000), high: yuan(40_000) },
      paperPerYear: { low: yuan(100_000), high: yuan(100_000) },
      rangeYearOne: { low: 0, high: yuan(40_000) },
      rangePerYear: { low: 0, high: yuan(100_000) },
      expectedYearOne: { low: yuan(12_000), high: yuan(12_000) },
      expectedPerYear: { low: yuan(30_000), high: yuan(30_000) },
      discountPercent: 70,
      discountFrom: 'ruleset',
      listed: false,
    })
    expect(options?.reasons[0]).toMatchObject({
      ruleId: 'options-value',
      assumption: true,
      citation: { lines: [13] },
    })
  })

  it('adds the expected value to the totals, year one and typical', () => {
    const result = pay({ base: BASE, options: GRANT })
    expect(result.totalYearOne).toEqual({ low: yuan(612_000), high: yuan(612_000) })
    expect(result.totalRecurring).toEqual({ low: yuan(630_000), high: yuan(630_000) })
    expect(result.optionsAsks).toEqual([])
  })

  it('discounts a listed company’s options less, and takes the offer’s own discount over both', () => {
    expect(pay({ base: BASE, options: { ...GRANT, listed: true } }).options).toMatchObject({
      discountPercent: 20,
      expectedPerYear: { low: yuan(80_000) },
    })
    expect(pay({ base: BASE, options: { ...GRANT, discountPercent: 50 } }).options).toMatchObject({
      discountPercent: 50,
      discountFrom: 'offer',
      expectedPerYear: { low: yuan(50_000) },
    })
  })

  it('values an option under water at zero, keeping the price range as a range', () => {
    const options = pay({
      base: BASE,
      options: { ...GRANT, sharePrice: { low: 1.5, high: 12 } },
    }).options
    expect(options?.paperPerYear).toEqual({ low: 0, high: yuan(100_000) })
    expect(options?.expectedPerYear).toEqual({ low: 0, high: yuan(30_000) })
  })

  it('an 18-month cliff leaves year one with nothing', () => {
    const options = pay({ base: BASE, options: { ...GRANT, cliffMonths: 18 } }).options
    expect(options?.vestedYearOne).toBe(0)
    expect(options?.paperYearOne).toEqual({ low: 0, high: 0 })
    expect(options?.paperPerYear.low).toBe(yuan(100_000))
  })

  it('converts options priced in another currency, strikes to 4 decimals', () => {
    const options = pay(
      {
        base: BASE,
        options: {
          count: 10_000,
          strikePrice: 0.0125,
          sharePrice: { low: 1.0125, high: 1.0125 },
          currency: 'USD',
          schedule: [25, 25, 25, 25],
        },
      },
      { exchangeRates: { USD: 7.2 } },
    ).options
    // 2,500 a year × $1 × 7.2.
    expect(options).toMatchObject({ currency: 'USD', paperPerYear: { low: yuan(18_000) } })
  })
})

describe('the exercise spread, taxed as equity income (财税〔2018〕164号)', () => {
  const settings = engineSettingsSchema.parse({})
  const year = { wages: yuan(0), annualBonus: yuan(0), monthlyBase: null }

  it('taxes the spread alone on the annual table: 50,000 → 50,000 × 10% − 2,520 = 2,480', () => {
    const result = chinaIncomeTax(
      { ...year, stock: yuan(0), options: yuan(50_000) },
      settings,
      ruleset,
    )
    expect(result.stockTax).toBe(yuan(2_480))
    expect(result.gross).toBe(yuan(50_000))
    expect(result.reasons.find((r) => r.ruleId === 'iit-options-exercise')).toMatchObject({
      assumption: true,
      facts: { spreadYuan: 50_000, separate: true },
      citation: { source: 'law' },
    })
  })

  it('adds it to the year’s stock: 100,000 + 50,000 → 150,000 × 20% − 16,920 = 13,080', () => {
    const result = chinaIncomeTax(
      { ...year, stock: yuan(100_000), options: yuan(50_000) },
      settings,
      ruleset,
    )
    expect(result.stockTax).toBe(yuan(13_080))
  })

  it('merges it with wages once the separate rule ends (after 2027)', () => {
    const later = chinaIncomeTax(
      { ...year, wages: yuan(200_000), stock: yuan(0), options: yuan(50_000), monthlyBase: null },
      engineSettingsSchema.parse({ taxYear: 2028 }),
      ruleset,
    )
    expect(later.stockTax).toBe(0)
    expect(later.reasons.find((r) => r.ruleId === 'iit-options-exercise')?.facts).toMatchObject({
      separate: false,
    })
  })

  it('taxes an offer’s options in its after-tax pay: the share counted of the whole spread’s tax', () => {
    const p1 = loadPersona('p1')
    const parsed = parseAssessmentInput({
      ...p1,
      offers: [{ ...p1.offers[0], pay: { base: BASE, options: GRANT } }],
    })
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
    const offer = assess(parsed.input, ruleset).offers[0]
    if (!offer?.ok || !offer.afterTaxYearOne) throw new Error('expected an assessed offer')
    expect(offer.afterTaxYearOne.low.gross).toBe(yuan(612_000))
    // Year one's 40,000 of spread: 40,000 × 10% − 2,520 = 1,480, of which 30% is expected.
    expect(offer.afterTaxYearOne.low.stockTax).toBe(yuan(444))
  })
})

describe('the pay parser on options', () => {
  it('reads "期权 2 万股" as 20,000 options and asks for the pay and what the options lack', () => {
    expect(parsePay('期权 2 万股')).toEqual({
      ok: false,
      error: {
        code: 'options-without-base',
        options: { count: 20_000, asks: ['strike-price', 'share-price', 'vesting'] },
      },
    })
  })

  it('reads "$300k + options" as $300k a year and asks for everything about the options', () => {
    const result = parsePay('$300k + options')
    expect(result).toMatchObject({
      ok: true,
      pay: {
        kind: 'annual',
        annual: { low: yuan(300_000), high: yuan(300_000) },
        currency: 'USD',
        options: { count: null, asks: ['count', 'strike-price', 'share-price', 'vesting'] },
      },
    })
    const annual = pay(
      { base: { kind: 'text', text: '$300k + options' } },
      {
        exchangeRates: { USD: 7.2 },
      },
    )
    expect(annual.optionsAsks).toEqual(['count', 'strike-price', 'share-price', 'vesting'])
    expect(annual.options).toBeNull()
    // Once the offer values the options, nothing is left to ask.
    expect(
      pay(
        { base: { kind: 'text', text: '$300k + options' }, options: GRANT },
        {
          exchangeRates: { USD: 7.2 },
        },
      ).optionsAsks,
    ).toEqual([])
  })

  it.each([
    ['30-40k·15薪 + 2万股期权', 20_000],
    ['年薪 80 万，期權 5000 股', 5_000],
    ['50k x 14 + 20000 options', 20_000],
    ['600k/year, options: 20,000 shares', 20_000],
    ['50k×15 外加期权若干', null],
    ['$250k + stock options', null],
  ])('reads the pay and the options in "%s"', (text, count) => {
    const result = parsePay(text)
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.pay.options?.count).toBe(count)
  })

  it('names options mentioned twice rather than guess', () => {
    expect(parsePay('50k 期权 1 万股 + options 2 万股')).toMatchObject({
      ok: false,
      error: { code: 'several-amounts' },
    })
  })

  it('refuses options in a currency without a rate, naming the field', () => {
    const p1 = loadPersona('p1')
    const result = parseAssessmentInput({
      ...p1,
      offers: [{ ...p1.offers[0], pay: { base: BASE, options: { ...GRANT, currency: 'HKD' } } }],
    })
    expect(!result.ok && result.issues.map((issue) => issue.path)).toEqual([
      'offers.0.pay.options.currency',
    ])
  })
})
