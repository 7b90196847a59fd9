import { useTranslation } from 'react-i18next'
import type { AnnualPay } from '../../../../domain/pay/annual-pay'
import {
  payRatesWrongSize,
  rateWrongSize,
  type RateWrongSize,
} from '../../../../domain/pay/rate-size'
import { rateScaleText } from '../../../format/rate-wrong'

/**
 * A rate saved before the size check (or imported) that the check refuses, 92 for the Hong
 * Kong dollar: the engine still converts with it, the user's data being theirs, so the verdict
 * says so above the figures it makes absurd (+16,985%), in the form's refusal's words, with the
 * way to the rate (review R-1). The current pay's rate too, where it is another currency's: the
 * raise is measured against it. Nothing for a yuan pay or a rate of the right size.
 */
export function RateWrongNotes({ pay, current }: { pay: AnnualPay; current: AnnualPay | null }) {
  const { t } = useTranslation()
  // Options priced in another currency convert at that currency's rate (review 28 L4).
  const wrong = payRatesWrongSize(pay)
  const currentWrong =
    current && current.currency !== pay.currency
      ? rateWrongSize(current.currency, current.rateToCny)
      : null
  // The current pay's options, priced in a currency no note above names (review 31 #2: a yuan
  // current pay with USD options at 720 gave every raise about −99% and no note here).
  const named = new Set([
    ...(wrong.pay ? [wrong.pay.currency] : []),
    ...(wrong.options ? [wrong.options.currency] : []),
    ...(currentWrong ? [currentWrong.currency] : []),
  ])
  const currentOptions = current ? payRatesWrongSize(current).options : null
  const currentOptionsWrong =
    currentOptions && !named.has(currentOptions.currency) ? currentOptions : null
  const offerNote = (of: RateWrongSize, which: 'offer' | 'options') => (
    <p
      className="verdict-warning verdict-rate-wrong"
      data-testid={which === 'offer' ? 'rate-wrong' : 'options-rate-wrong'}
    >
      {t(`offerVerdict.pay.rateWrong.${which}`, {
        currency: of.currency,
        rate: of.rate,
        why: rateScaleText(t, 'offerEditor', of),
      })}{' '}
      <button
        type="button"
        className="verdict-link-button"
        onClick={() => {
          goToRate(of.currency)
        }}
      >
        {t('offerVerdict.pay.rateWrong.setRate', { currency: of.currency })}
      </button>
    </p>
  )
  return (
    <>
      {wrong.pay === null ? null : offerNote(wrong.pay, 'offer')}
      {wrong.options === null ? null : offerNote(wrong.options, 'options')}
      {currentWrong === null ? null : (
        <p className="verdict-warning verdict-rate-wrong" data-testid="current-rate-wrong">
          {t('offerVerdict.pay.rateWrong.current', {
            currency: currentWrong.currency,
            rate: currentWrong.rate,
            why: rateScaleText(t, 'profile', currentWrong),
          })}{' '}
          <a href="#/skills">{t('offerVerdict.pay.rateWrong.currentLink')}</a>
        </p>
      )}
      {currentOptionsWrong === null ? null : (
        <p className="verdict-warning verdict-rate-wrong" data-testid="current-options-rate-wrong">
          {t('offerVerdict.pay.rateWrong.currentOptions', {
            currency: currentOptionsWrong.currency,
            rate: currentOptionsWrong.rate,
            why: rateScaleText(t, 'profile', currentOptionsWrong),
          })}{' '}
          <a href="#/skills">{t('offerVerdict.pay.rateWrong.currentLink')}</a>
        </p>
      )}
    </>
  )
}

/** To the currency's rate in the offer's form beside the verdict (ExchangeRateField). */
function goToRate(currency: AnnualPay['currency']) {
  const input = document.querySelector<HTMLInputElement>(
    `.rate-field[data-currency="${currency}"] input`,
  )
  input?.scrollIntoView({ block: 'center' })
  input?.focus()
}
