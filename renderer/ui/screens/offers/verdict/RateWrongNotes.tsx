import { useTranslation } from 'react-i18next'
import type { AnnualPay } from '../../../../domain/pay/annual-pay'
import { rateOutOfScale } from '../../../form/rate-scale'

/** What a rate converted: the pay, or options priced in another currency. */
type Converted = Pick<AnnualPay, 'currency' | 'rateToCny'>

/**
 * A rate saved before the size check (or imported) that the check refuses, 92 for the Hong
 * Kong dollar: the engine still converts with it, the user's data being theirs, so the verdict
 * says so above the figures it makes absurd (+16,985%), in the form's refusal's words, with the
 * way to the rate (review R-1). The current pay's rate too, where it is another currency's: the
 * raise is measured against it. Nothing for a yuan pay or a rate of the right size.
 */
export function RateWrongNotes({ pay, current }: { pay: AnnualPay; current: AnnualPay | null }) {
  const { t } = useTranslation()
  const offerTypical = rateOutOfScale(pay.currency, pay.rateToCny)
  // Options priced in another currency convert at that currency's rate (review 28 L4).
  const { options } = pay
  const optionsTypical =
    options && options.currency !== pay.currency
      ? rateOutOfScale(options.currency, options.rateToCny)
      : null
  const currentTypical =
    current && current.currency !== pay.currency
      ? rateOutOfScale(current.currency, current.rateToCny)
      : null
  const why = (messages: 'offerEditor' | 'profile', of: Converted, typical: number) =>
    t(`${messages}.errors.rateScale`, { currency: of.currency, typical, rate: of.rateToCny })
  const offerNote = (of: Converted, typical: number, which: 'offer' | 'options') => (
    <p
      className="verdict-warning verdict-rate-wrong"
      data-testid={which === 'offer' ? 'rate-wrong' : 'options-rate-wrong'}
    >
      {t(`offerVerdict.pay.rateWrong.${which}`, {
        currency: of.currency,
        rate: of.rateToCny,
        why: why('offerEditor', of, typical),
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
      {offerTypical === null ? null : offerNote(pay, offerTypical, 'offer')}
      {options === null || optionsTypical === null
        ? null
        : offerNote(options, optionsTypical, 'options')}
      {current === null || currentTypical === null ? null : (
        <p className="verdict-warning verdict-rate-wrong" data-testid="current-rate-wrong">
          {t('offerVerdict.pay.rateWrong.current', {
            currency: current.currency,
            rate: current.rateToCny,
            why: why('profile', current, currentTypical),
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
