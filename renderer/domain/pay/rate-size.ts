import type { Currency } from '../model/enums'
import type { AnnualPay } from './annual-pay'

/**
 * About how many yuan one unit of each currency buys, for one check only: that a rate typed
 * is of the right size. Tidemark's assumption (rounded rates of 2025-2026), never used to count
 * anything: the user's own rate is. Chinese banks quote yuan per 100 units, so "92" for the Hong
 * Kong dollar was saved as 1 HKD = 92 yuan, and an offer read +16,985.7% (new-user trial 23
 * #10).
 */
const TYPICAL_YUAN: Record<Exclude<Currency, 'CNY'>, number> = {
  USD: 7.2,
  HKD: 0.92,
  EUR: 7.8,
  GBP: 9.2,
  SGD: 5.4,
  JPY: 0.048,
}

/** How far from the typical rate a typed one may be before it is taken for a slip: 5 times. */
const SPREAD = 5

/**
 * Null when `rate` (yuan for 1 unit) is of the size the currency's is; else the typical rate,
 * for the refusal to name. Beyond 5 times either way it is a rate per 100 (or 1/100) or a
 * typo: no currency moved that far against the yuan in decades.
 */
export function rateOutOfScale(currency: Currency, rate: number): number | null {
  if (currency === 'CNY') return null
  const typical = TYPICAL_YUAN[currency]
  return rate > typical * SPREAD || rate < typical / SPREAD ? typical : null
}

/** A rate of the wrong size: the currency, the rate, the size it should be near. */
export interface RateWrongSize {
  currency: Currency
  /** The rate saved or typed, yuan for 1 unit. */
  rate: number
  /** About how many yuan 1 unit buys. */
  typical: number
  /**
   * The rate is about 100 times too large, as a bank's rate for 100 units is (92 for the Hong
   * Kong dollar): a hundredth of it is of the right size. Not for a rate too small, nor for one
   * 10 or 1,000 times off (read 30: the refusal asked "a bank's rate for 100?" of 0.01 for USD).
   */
  per100: boolean
}

/** What is wrong with `rate`'s size for `currency`, or null when it is of the right size. */
export function rateWrongSize(currency: Currency, rate: number): RateWrongSize | null {
  const typical = rateOutOfScale(currency, rate)
  if (typical === null) return null
  return { currency, rate, typical, per100: rateOutOfScale(currency, rate / 100) === null }
}

/**
 * The rates of the wrong size a pay's yuan figures rest on: its own currency's, then its
 * options' where they are priced in another currency. Empty for a yuan pay and for rates of
 * the right size. A rate saved before the size check, or imported, is still used (the user's
 * data is theirs): every place that shows the figures says so (look 31).
 */
export function payRatesWrongSize(pay: Pick<AnnualPay, 'currency' | 'rateToCny' | 'options'>): {
  pay: RateWrongSize | null
  options: RateWrongSize | null
} {
  const { options } = pay
  return {
    pay: rateWrongSize(pay.currency, pay.rateToCny),
    options:
      options && options.currency !== pay.currency
        ? rateWrongSize(options.currency, options.rateToCny)
        : null,
  }
}
