import type { TFunction } from 'i18next'
import { payRatesWrongSize, rateWrongSize, type RateWrongSize } from '../../domain/pay/rate-size'
import type { AnnualPay } from '../../domain/pay/annual-pay'
import type { UiLanguage } from '../i18n/i18n'

/** What a rate converted: a pay, or options priced in another currency. */
export type Converted = Pick<AnnualPay, 'currency' | 'rateToCny'>

/**
 * The size check's refusal, in the words of the form it is in: the size expected, and how far
 * `wrong.rate` is from it. It asks whether the rate is a bank's rate for 100 units only where a
 * hundredth of it is of the right size (read 30: it asked that of a rate too small).
 */
export function rateScaleText(
  t: TFunction,
  messages: 'offerEditor' | 'profile',
  wrong: RateWrongSize,
): string {
  const { currency, typical, rate } = wrong
  return t(wrong.per100 ? `${messages}.errors.rateScale` : `${messages}.errors.rateScaleFar`, {
    currency,
    typical,
    rate,
  })
}

/** The sentence naming the rate a yuan figure was converted at, in each place that says it. */
const CONVERTED_AT = {
  /** The offer form's "Converted at" line. */
  offerForm: ['offerEditor.pay.counted.converted', 'offerEditor.pay.counted.convertedWrong'],
  /** The profile's counted pay, a clause in brackets. */
  profile: ['profile.pay.convertedAt', 'profile.pay.convertedAtWrong'],
  /** The offer report's pay block. */
  report: ['report.offer.pay.converted', 'report.offer.pay.convertedWrong'],
} as const

/** The sentences that say only that a rate looks wrong, where figures are shown without it. */
const RATE_WRONG = {
  /** A column of the offers comparison: the pay's rate, or the options'. */
  compare: 'offerCompare.cells.rateWrong',
  compareOptions: 'offerCompare.cells.optionsRateWrong',
  /** A row of the dashboard's offers card. */
  dashboard: 'dashboard.offers.rateWrong',
  dashboardOptions: 'dashboard.offers.optionsRateWrong',
  /** The offers list's verdict cell: the verdict is judged on the converted figures. */
  offerList: 'offerStatus.rateWrong',
  offerListOptions: 'offerStatus.optionsRateWrong',
} as const

function rateValues(language: UiLanguage, wrong: Pick<RateWrongSize, 'currency' | 'rate'>) {
  const format = new Intl.NumberFormat(language)
  return { currency: wrong.currency, rate: format.format(wrong.rate) }
}

/**
 * "Converted at 92 yuan per HKD", and where the rate is of the wrong size (saved before the
 * size check, or imported, and still used), that it looks wrong and what 1 unit is about: in
 * the words of `where`. Null for a yuan pay.
 */
export function convertedAtText(
  t: TFunction,
  language: UiLanguage,
  where: keyof typeof CONVERTED_AT,
  of: Converted,
): string | null {
  if (of.currency === 'CNY') return null
  const wrong = rateWrongSize(of.currency, of.rateToCny)
  const [right, wrongKey] = CONVERTED_AT[where]
  const values = rateValues(language, { currency: of.currency, rate: of.rateToCny })
  if (wrong === null) return t(right, values)
  return t(wrongKey, {
    ...values,
    typical: new Intl.NumberFormat(language).format(wrong.typical),
  })
}

/** That the figures shown rest on a rate that looks wrong, the rate and what 1 unit is about. */
export function rateWrongText(
  t: TFunction,
  language: UiLanguage,
  where: keyof typeof RATE_WRONG,
  wrong: RateWrongSize,
): string {
  return t(RATE_WRONG[where], {
    ...rateValues(language, wrong),
    typical: new Intl.NumberFormat(language).format(wrong.typical),
  })
}

const OPTIONS_PLACE = {
  compare: 'compareOptions',
  dashboard: 'dashboardOptions',
  offerList: 'offerListOptions',
} as const

/**
 * What a pay's yuan figures rest on that looks wrong, where they are shown without the verdict's
 * own notes (the offers comparison, the dashboard, the offers list's verdict): its rate, then
 * its options' (look 31: a user comparing offers saw +9,900% with nothing to say why). Empty
 * where both are right.
 */
export function payRatesWrongTexts(
  t: TFunction,
  language: UiLanguage,
  where: 'compare' | 'dashboard' | 'offerList',
  pay: Pick<AnnualPay, 'currency' | 'rateToCny' | 'options'>,
): string[] {
  const wrong = payRatesWrongSize(pay)
  const texts: string[] = []
  if (wrong.pay) texts.push(rateWrongText(t, language, where, wrong.pay))
  if (wrong.options) texts.push(rateWrongText(t, language, OPTIONS_PLACE[where], wrong.options))
  return texts
}
