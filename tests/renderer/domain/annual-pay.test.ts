import { describe, expect, it } from 'vitest'
import { computeAnnualPay, DEFAULT_RULESET, type AnnualPay } from '../../../renderer/domain'
import { relativeChange } from '../../../renderer/domain/range'
import { compensationSchema } from '../../../renderer/domain/model/compensation'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'
import { yuan } from '../../helpers/money'

function pay(compensation: object, settings: object = {}): AnnualPay {
  const result = computeAnnualPay(
    compensationSchema.parse(compensation),
    engineSettingsSchema.parse(settings),
    DEFAULT_RULESET,
  )
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.pay
}

describe('monthly × N months (L4)', () => {
  it('reads "120-150k,14 薪" as 1.68M-2.1M a year, "90-120k,16 薪" as 1.44M-1.92M', () => {
    expect(pay({ base: { kind: 'text', text: '120-150k,14 薪' } }).cash).toEqual({
      low: yuan(1_680_000),
      high: yuan(2_100_000),
    })
    expect(pay({ base: { kind: 'text', text: '90-120k,16 薪' } }).cash).toEqual({
      low: yuan(1_440_000),
      high: yuan(1_920_000),
    })
  })

  it('pays 12 months as wages and the rest as the year-end bonus (how tax treats it)', () => {
    const result = pay({
      base: { kind: 'monthly', monthly: { low: 50_000, high: 50_000 }, months: 15 },
      yearEndBonus: { kind: 'amount', amount: { low: 10_000, high: 30_000 } },
    })
    expect(result.regularWages.low).toBe(yuan(600_000))
    expect(result.extraMonthsBonus.low).toBe(yuan(150_000))
    expect(result.annualBonus).toEqual({ low: yuan(160_000), high: yuan(180_000) })
    expect(result.cash).toEqual({ low: yuan(760_000), high: yuan(780_000) })
  })

  it('counts a bonus in months of base pay, also for an annual figure', () => {
    expect(
      pay({ base: { kind: 'text', text: '40k×12' }, yearEndBonus: { kind: 'months', months: 3 } })
        .annualBonus.low,
    ).toBe(yuan(120_000))
    expect(
      pay({
        base: { kind: 'text', text: '年薪 60 万' },
        yearEndBonus: { kind: 'months', months: 2 },
      }).annualBonus.low,
    ).toBe(yuan(100_000))
  })

  it("counts a bonus the pay's own text states, unless the bonus field gives one", () => {
    // 80k-100k × 15, plus 50k: the line a new user pasted, stored as written (e.g. imported).
    const written = pay({ base: { kind: 'text', text: '月薪 8-10 万 × 15, 年终奖 5 万' } })
    expect(written.annualBonus).toEqual({ low: yuan(290_000), high: yuan(350_000) })
    expect(written.cash).toEqual({ low: yuan(1_250_000), high: yuan(1_550_000) })
    expect(pay({ base: { kind: 'text', text: '50k×13，年终 2 个月' } }).annualBonus.low).toBe(
      yuan(150_000),
    )
    // In a foreign currency the written bonus converts at the same rate as the base.
    expect(
      pay(
        { base: { kind: 'text', text: '$20k × 12, year-end bonus 10k' }, currency: 'USD' },
        { exchangeRates: { USD: 7 } },
      ).annualBonus.low,
    ).toBe(yuan(70_000))
    // The field wins: the bonus is not counted twice.
    expect(
      pay({
        base: { kind: 'text', text: '月薪 8-10 万 × 15, 年终奖 5 万' },
        yearEndBonus: { kind: 'amount', amount: { low: 20_000, high: 20_000 } },
      }).annualBonus,
    ).toEqual({ low: yuan(260_000), high: yuan(320_000) })
  })
})

describe('a year-end bonus of a range of months ("年终奖 2-4 个月")', () => {
  it('pays the low months on the low base and the high months on the high base', () => {
    // 40-50k × 15 with 2-4 months: 3 extra months 120k-150k, bonus 2 × 40k = 80k to 4 × 50k = 200k.
    const result = pay({
      base: { kind: 'monthly', monthly: { low: 40_000, high: 50_000 }, months: 15 },
      yearEndBonus: { kind: 'months', months: 2, monthsHigh: 4 },
    })
    expect(result.statedBonus).toEqual({ low: yuan(80_000), high: yuan(200_000) })
    expect(result.annualBonus).toEqual({ low: yuan(200_000), high: yuan(350_000) })
    // Wages 480k-600k plus the bonuses.
    expect(result.cash).toEqual({ low: yuan(680_000), high: yuan(950_000) })
    expect(result.totalRecurring).toEqual({ low: yuan(680_000), high: yuan(950_000) })
  })

  it('counts a month as a twelfth of an annual base, and reads the range from the text', () => {
    // 年薪 60 万: 50k a month, so 2-4 months is 100k-200k.
    expect(
      pay({
        base: { kind: 'text', text: '年薪 60 万' },
        yearEndBonus: { kind: 'months', months: 2, monthsHigh: 4 },
      }).annualBonus,
    ).toEqual({ low: yuan(100_000), high: yuan(200_000) })
    // 50k × 13: the 13th month 50k, plus 2-4 months of 50k.
    expect(pay({ base: { kind: 'text', text: '50k×13，年终 2-4 个月' } }).annualBonus).toEqual({
      low: yuan(150_000),
      high: yuan(250_000),
    })
    // The old shape, one figure, still reads as before.
    expect(
      pay({ base: { kind: 'text', text: '50k×12' }, yearEndBonus: { kind: 'months', months: 3 } })
        .annualBonus,
    ).toEqual({ low: yuan(150_000), high: yuan(150_000) })
  })

  it('gives a raise over the current pay from each end', () => {
    // 40k × 12 + 2-4 months = 560k-640k against 480k: +16.7% to +33.3%.
    const offer = pay({
      base: { kind: 'text', text: '40k×12' },
      yearEndBonus: { kind: 'months', months: 2, monthsHigh: 4 },
    })
    const current = pay({ base: { kind: 'text', text: '40k×12' } })
    const raise = relativeChange(offer.totalRecurring, current.totalRecurring)
    expect(raise?.low).toBeCloseTo(560 / 480 - 1, 10)
    expect(raise?.high).toBeCloseTo(640 / 480 - 1, 10)
  })

  it('refuses a range that runs backwards or past 24 months', () => {
    const parse = (bonus: object) =>
      compensationSchema.safeParse({ base: { kind: 'text', text: '40k' }, yearEndBonus: bonus })
        .success
    expect(parse({ kind: 'months', months: 4, monthsHigh: 2 })).toBe(false)
    expect(parse({ kind: 'months', months: 2, monthsHigh: 25 })).toBe(false)
    expect(parse({ kind: 'months', months: 2, monthsHigh: 2 })).toBe(true)
  })
})

describe('stock', () => {
  const grant = (schedule: number[]) =>
    pay({
      base: { kind: 'text', text: '50k×12' },
      stock: { kind: 'grant', grantValue: { low: 400_000, high: 800_000 }, schedule },
    })

  it('vests an even 25/25/25/25 grant at a quarter each year', () => {
    const result = grant([25, 25, 25, 25])
    expect(result.stockYearOne).toEqual({ low: yuan(100_000), high: yuan(200_000) })
    expect(result.stockAveragePerYear).toEqual({ low: yuan(100_000), high: yuan(200_000) })
  })

  it('shows a back-loaded grant’s thin first year and a front-loaded one’s fat one', () => {
    expect(grant([10, 20, 30, 40]).stockYearOne.low).toBe(yuan(40_000))
    expect(grant([40, 30, 20, 10]).stockYearOne.low).toBe(yuan(160_000))
    expect(grant([10, 20, 30, 40]).stockAveragePerYear.low).toBe(yuan(100_000))
  })

  it('adds sign-on and first-year vesting to year one only', () => {
    const result = pay({
      base: { kind: 'text', text: '50k×12' },
      signOn: { low: 100_000, high: 100_000 },
      stock: {
        kind: 'grant',
        grantValue: { low: 400_000, high: 400_000 },
        schedule: [10, 20, 30, 40],
      },
    })
    expect(result.totalYearOne.low).toBe(yuan(600_000 + 100_000 + 40_000))
    expect(result.totalRecurring.low).toBe(yuan(600_000 + 100_000))
  })
})

describe('currencies (L47)', () => {
  it('converts at the user’s rate: $300k base + $625k stock at 7.2 is 6.66M RMB', () => {
    const result = pay(
      {
        currency: 'USD',
        base: { kind: 'annual', annual: { low: 300_000, high: 300_000 } },
        stock: { kind: 'per-year', perYear: { low: 625_000, high: 625_000 } },
      },
      { exchangeRates: { USD: 7.2 } },
    )
    expect(result.totalRecurring).toEqual({ low: yuan(6_660_000), high: yuan(6_660_000) })
  })

  it('takes the currency from the text, and refuses one without a rate', () => {
    expect(
      pay({ base: { kind: 'text', text: 'USD 300k/year' } }, { exchangeRates: { USD: 7 } }).cash
        .low,
    ).toBe(yuan(2_100_000))
    const missing = computeAnnualPay(
      compensationSchema.parse({ base: { kind: 'text', text: '€90k/year' } }),
      engineSettingsSchema.parse({}),
      DEFAULT_RULESET,
    )
    expect(missing).toEqual({ ok: false, error: { code: 'no-exchange-rate', currency: 'EUR' } })
  })
})

it('passes on what the text parser could not read', () => {
  const result = computeAnnualPay(
    compensationSchema.parse({ base: { kind: 'text', text: '50k 外加餐补' } }),
    engineSettingsSchema.parse({}),
    DEFAULT_RULESET,
  )
  expect(result).toEqual({ ok: false, error: { code: 'unreadable', fragment: '餐补', at: 6 } })
})
