import { memo, useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch } from 'react-hook-form'
import { CURRENCIES } from '../../../../domain/model/enums'
import type { EngineSettings } from '../../../../domain/model/settings'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { formatMonthsRange } from '../../../format/months-range'
import type { UiLanguage } from '../../../i18n/i18n'
import { InputField, OFFER_WORDS, SelectField } from './form-controls'
import { AmountRange } from '../../../form/AmountRange'
import { ExchangeRateField } from '../../../form/ExchangeRateField'
import type { PastedLine } from '../../../form/paste-fill'
import { StockFields } from '../../../form/StockFields'
import type { BaseKind, BonusKind, OfferFormFields } from './offer-form-fields'
import { OptionsFields } from './OptionsFields'
import { PayPaste } from './PayPaste'

const BASE_KINDS: readonly BaseKind[] = ['monthly', 'annual']
const BONUS_KINDS: readonly BonusKind[] = ['none', 'months', 'amount']

/**
 * The pay the way Chinese offers are written: a pasted line read into the fields, the base as
 * a monthly range × months or a yearly range, a stated year-end bonus, sign-on, stock and
 * options, and the currency with its exchange rate. `counted` (what the engine reads) follows.
 */
export function PayFields({
  settings,
  ruleset,
  pasted,
  onPasted,
  counted,
}: {
  settings: EngineSettings
  ruleset: Ruleset
  /** The pay line in the paste box, kept by the form (its draft and its Save read it). */
  pasted: PastedLine
  onPasted: (next: PastedLine) => void
  counted: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <fieldset className="oe-group oe-pay">
      <legend>{t('offerEditor.groups.pay')}</legend>
      <PayInputs settings={settings} ruleset={ruleset} pasted={pasted} onPasted={onPasted} />
      {counted}
    </fieldset>
  )
}

/** The inputs alone: the verdict moving on each keystroke does not redraw them. */
const PayInputs = memo(function PayInputs({
  settings,
  ruleset,
  pasted,
  onPasted,
}: {
  settings: EngineSettings
  ruleset: Ruleset
  pasted: PastedLine
  onPasted: (next: PastedLine) => void
}) {
  const { t } = useTranslation()
  const currency = useWatch<OfferFormFields, 'pay.currency'>({ name: 'pay.currency' })
  return (
    <>
      <PayPaste pasted={pasted} onPasted={onPasted} />
      <BaseFields settings={settings} />
      <BonusFields />
      <AmountRange<OfferFormFields>
        name="pay.signOn"
        words={OFFER_WORDS}
        label={t('offerEditor.pay.signOn.low')}
        currency={currency}
        hint={t('offerEditor.pay.signOn.hint')}
      />
      <StockFields name="pay.stock" currency={currency} words={OFFER_WORDS} />
      <OptionsFields settings={settings} ruleset={ruleset} />
    </>
  )
})

function BaseFields({ settings }: { settings: EngineSettings }) {
  const { t } = useTranslation()
  const id = useId()
  const { control } = useFormContext<OfferFormFields>()
  const [kind, currency, text] = useWatch({
    control,
    name: ['pay.base.kind', 'pay.currency', 'pay.base.text'],
  })
  const rate = currency === 'CNY' ? 1 : settings.exchangeRates[currency]
  const warningId = `${id}-no-rate`
  return (
    <>
      <div className="oe-grid">
        <SelectField
          name="pay.base.kind"
          label={t('offerEditor.pay.baseKind.label')}
          options={kind === 'text' ? [...BASE_KINDS, 'text' as const] : BASE_KINDS}
          optionLabel={(value) => t(`offerEditor.pay.baseKind.${value}`)}
        />
        <SelectField
          name="pay.currency"
          label={t('offerEditor.pay.currency')}
          options={CURRENCIES}
          optionLabel={(code) => t(`offerEditor.pay.currencies.${code}`)}
          describedById={rate === undefined ? warningId : undefined}
        />
      </div>
      {currency === 'CNY' ? null : (
        <ExchangeRateField
          key={currency}
          currency={currency}
          rate={rate}
          warningId={warningId}
          messages="offerEditor"
        />
      )}
      {kind === 'text' ? (
        <p className="field-error">{t('offerEditor.pay.storedText', { text })}</p>
      ) : null}
      {kind === 'monthly' ? (
        <>
          <AmountRange<OfferFormFields>
            name="pay.base.monthly"
            words={OFFER_WORDS}
            label={t('offerEditor.pay.monthlyLow')}
            currency={currency}
            period="month"
          >
            <InputField
              name="pay.base.months"
              type="number"
              min={1}
              max={24}
              step={0.5}
              label={t('offerEditor.pay.months')}
              className="oe-months"
            />
          </AmountRange>
          <p className="hint oe-after-range">{t('offerEditor.pay.monthsHint')}</p>
        </>
      ) : null}
      {kind === 'annual' ? (
        <AmountRange<OfferFormFields>
          name="pay.base.annual"
          words={OFFER_WORDS}
          label={t('offerEditor.pay.annualLow')}
          currency={currency}
          period="year"
        />
      ) : null}
    </>
  )
}

function BonusFields() {
  const { t } = useTranslation()
  const [kind, currency] = useWatch<OfferFormFields, ['pay.yearEndBonus.kind', 'pay.currency']>({
    name: ['pay.yearEndBonus.kind', 'pay.currency'],
  })
  return (
    <div className="oe-subgroup">
      <SelectField
        name="pay.yearEndBonus.kind"
        label={t('offerEditor.pay.bonus.label')}
        options={BONUS_KINDS}
        optionLabel={(value) => t(`offerEditor.pay.bonus.${value}`)}
        explain={() => t('offerEditor.pay.bonus.hint')}
      />
      {kind === 'months' ? <BonusMonths /> : null}
      {kind === 'amount' ? (
        <AmountRange<OfferFormFields>
          name="pay.yearEndBonus.amount"
          words={OFFER_WORDS}
          label={t('offerEditor.pay.bonus.amountLow')}
          currency={currency}
          period="year"
        />
      ) : null}
    </div>
  )
}

/**
 * A bonus in months, or a range of them ("年终奖 2-4 个月") as the amounts' two inputs are, and
 * beneath them the months as read ("2 – 4 months of base").
 */
function BonusMonths() {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const id = useId()
  const label = t('offerEditor.pay.bonus.monthsLabel')
  const [lowText, highText] = useWatch<
    OfferFormFields,
    ['pay.yearEndBonus.months', 'pay.yearEndBonus.monthsHigh']
  >({ name: ['pay.yearEndBonus.months', 'pay.yearEndBonus.monthsHigh'] })
  const low = Number(lowText)
  const high = highText.trim() === '' ? low : Number(highText)
  const readable = lowText.trim() !== '' && low >= 0 && high >= low && high <= 24
  return (
    <div className="amount-range">
      <div className="amount-range-inputs">
        <InputField
          name="pay.yearEndBonus.months"
          type="number"
          min={0}
          max={24}
          step={0.5}
          label={label}
          describedById={`${id}-hint`}
          className="oe-months"
        />
        <InputField
          name="pay.yearEndBonus.monthsHigh"
          type="number"
          min={0}
          max={24}
          step={0.5}
          label={
            <>
              <span className="visually-hidden">{label} </span>
              {t('offerEditor.pay.upTo')}
            </>
          }
          describedById={`${id}-hint`}
          className="oe-months"
        />
      </div>
      <p id={`${id}-hint`} className="hint oe-bonus-months-reading">
        {readable
          ? t('offerEditor.pay.bonus.monthsReads', {
              months: formatMonthsRange(low, high, language),
            })
          : null}
      </p>
    </div>
  )
}
