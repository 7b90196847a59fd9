import type { Currency } from '../../domain/model/enums'

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
