import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useWatch } from 'react-hook-form'
import { CURRENCIES, type Currency } from '../../../../domain/model/enums'
import type { EngineSettings } from '../../../../domain/model/settings'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { CitationView } from '../../../citation/CitationView'
import { CheckboxField, InputField, OFFER_WORDS, SelectField } from './form-controls'
import { AmountRange } from '../../../form/AmountRange'
import { ExchangeRateField } from '../../../form/ExchangeRateField'
import { VestingFields } from '../../../form/VestingFields'
import type { OfferFormFields } from './offer-form-fields'

/** The options' exchange-rate field, for the verdict's way to it while no rate is set. */
export const OPTIONS_RATE_ID = 'offer-options-rate'

const OPTION_CURRENCIES: readonly (Currency | '')[] = ['', ...CURRENCIES]

/**
 * Stock options (期权): how many, the strike, what a share is worth now (a range), the prices'
 * currency where it is not the pay's, whether the company is listed, the vesting and its cliff,
 * and the discount to the expected value (else the ruleset's).
 */
export function OptionsFields({
  settings,
  ruleset,
}: {
  settings: EngineSettings
  ruleset: Ruleset
}) {
  const { t } = useTranslation()
  const id = useId()
  const [granted, optionsCurrency, payCurrency] = useWatch<
    OfferFormFields,
    ['pay.options.granted', 'pay.options.currency', 'pay.currency']
  >({ name: ['pay.options.granted', 'pay.options.currency', 'pay.currency'] })
  const currency = optionsCurrency === '' ? payCurrency : optionsCurrency
  const rate = currency === 'CNY' ? 1 : settings.exchangeRates[currency]
  const rule = ruleset.options
  return (
    <div className="oe-subgroup oe-options">
      <CheckboxField
        name="pay.options.granted"
        label={t('offerEditor.pay.options.label')}
        hint={t('offerEditor.pay.options.hint')}
      />
      {granted ? (
        <div className="oe-options-body">
          <div className="oe-grid">
            <InputField
              name="pay.options.count"
              type="number"
              min={1}
              step={1}
              label={t('offerEditor.pay.options.count')}
            />
            <InputField
              name="pay.options.strikePrice"
              type="number"
              min={0}
              label={t('offerEditor.pay.options.strike')}
            />
          </div>
          <AmountRange<OfferFormFields>
            name="pay.options.sharePrice"
            words={OFFER_WORDS}
            label={t('offerEditor.pay.options.priceLow')}
            currency={currency}
            hint={t('offerEditor.pay.options.priceHint')}
            read={false}
          />
          <SelectField
            name="pay.options.currency"
            label={t('offerEditor.pay.options.currency')}
            options={OPTION_CURRENCIES}
            optionLabel={(value) =>
              value === ''
                ? t('offerEditor.pay.options.sameAsPay', { currency: payCurrency })
                : t(`offerEditor.pay.currencies.${value}`)
            }
          />
          {optionsCurrency !== '' && optionsCurrency !== payCurrency && currency !== 'CNY' ? (
            <div id={OPTIONS_RATE_ID}>
              <ExchangeRateField
                key={currency}
                currency={currency}
                rate={rate}
                warningId={`${id}-no-rate`}
                messages="offerEditor"
              />
            </div>
          ) : null}
          <CheckboxField
            name="pay.options.listed"
            label={t('offerEditor.pay.options.listed')}
            hint={t('offerEditor.pay.options.listedHint')}
          />
          <VestingFields<OfferFormFields> name="pay.options.schedule" words={OFFER_WORDS} />
          <div className="oe-grid">
            <InputField
              name="pay.options.cliffMonths"
              type="number"
              min={0}
              max={60}
              step={1}
              label={t('offerEditor.pay.options.cliff')}
              hint={t('offerEditor.pay.options.cliffHint')}
            />
            <InputField
              name="pay.options.discountPercent"
              type="number"
              min={0}
              max={100}
              label={t('offerEditor.pay.options.discount')}
              hint={t('offerEditor.pay.options.discountHint', {
                listed: rule.discountPercent.listed,
                unlisted: rule.discountPercent.unlisted,
              })}
            />
          </div>
          <CitationView citation={rule.citation} assumption={rule.assumption} />
        </div>
      ) : null}
    </div>
  )
}
