import type { TFunction } from 'i18next'
import type { Assessment } from '../../domain/assess'
import { payRatesWrongSize, type RateWrongSize } from '../../domain/pay/rate-size'
import type { UiLanguage } from '../i18n/i18n'

/** Where a figure set against the current pay is shown. */
const KEYS = {
  /** The offers card's raises. */
  raises: ['dashboard.offers.currentRateWrong', 'dashboard.offers.currentOptionsRateWrong'],
  /** The tier card's expected yearly total, the current pay × the raise band. */
  total: ['dashboard.tier.currentRateWrong', 'dashboard.tier.currentOptionsRateWrong'],
  /** The offers list's verdicts, each judged against it (review 31 #2). */
  verdicts: ['offerStatus.currentRateWrong', 'offerStatus.currentOptionsRateWrong'],
} as const

/**
 * That the current pay is counted at an exchange rate of the wrong size (92 yuan for 1 HKD, saved
 * before the size check or imported), where a figure resting on it is shown: its rate,
 * then its options'. The dashboard named an offer's (look 31) and was silent on the profile's,
 * under raises of −99%. Empty where the rates are right or there is no counted current pay.
 */
export function currentPayRateWrongTexts(
  t: TFunction,
  language: UiLanguage,
  where: keyof typeof KEYS,
  current: Assessment['currentPay'],
): string[] {
  if (!current?.ok) return []
  const wrong = payRatesWrongSize(current.pay)
  const format = new Intl.NumberFormat(language)
  const values = (rate: RateWrongSize) => ({
    currency: rate.currency,
    rate: format.format(rate.rate),
  })
  const [payKey, optionsKey] = KEYS[where]
  const texts: string[] = []
  if (wrong.pay) texts.push(t(payKey, values(wrong.pay)))
  if (wrong.options) texts.push(t(optionsKey, values(wrong.options)))
  return texts
}
