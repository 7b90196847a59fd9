import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch } from 'react-hook-form'
import type { Currency } from '../../../../domain/model/enums'
import { fenFromYuan } from '../../../../domain/money'
import { formatFenRange, type Period } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { sentenceGap } from '../../../format/sentence-gap'
import { InputField } from './form-controls'
import type { OfferFormFields } from './offer-form-fields'

/** The inputs that hold a figure or a range ("low", "up to"). */
export type RangePath =
  | 'pay.base.monthly'
  | 'pay.base.annual'
  | 'pay.yearEndBonus.amount'
  | 'pay.signOn'
  | 'pay.stock.grantValue'
  | 'pay.stock.perYear'
  | 'pay.options.sharePrice'

/**
 * A figure or a range as two inputs, other inputs of the same row after them (months), and
 * beneath them the typed amount as people read it ("6万–8万/月", "960k–1.28M/yr"), so a zero
 * too many shows at once.
 */
export function AmountRange({
  name,
  label,
  currency,
  period,
  hint,
  read = true,
  children,
}: {
  name: RangePath
  label: string
  currency: Currency
  period?: Period
  /** Said beneath the row; the currency and "up to" are said by default. */
  hint?: string
  /** Whether to say the amount as people read it (not for a price a share, in decimals). */
  read?: boolean
  children?: ReactNode
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const id = useId()
  return (
    <div className="oe-range">
      <div className="oe-amounts">
        <InputField
          name={`${name}.low`}
          type="number"
          min={0}
          label={label}
          describedById={`${id}-hint`}
          className="oe-amount"
        />
        <InputField
          name={`${name}.high`}
          type="number"
          min={0}
          label={
            <>
              <span className="visually-hidden">{label} </span>
              {t('offerEditor.pay.upTo')}
            </>
          }
          describedById={`${id}-hint`}
          className="oe-amount"
        />
        {children}
      </div>
      <p id={`${id}-hint`} className="hint">
        {hint ?? t('offerEditor.pay.rangeHint', { currency })}
        {read ? (
          <>
            {sentenceGap(language)}
            <AmountReading name={name} currency={currency} period={period} />
          </>
        ) : null}
      </p>
    </div>
  )
}

function AmountReading({
  name,
  currency,
  period,
}: {
  name: RangePath
  currency: Currency
  period: Period | undefined
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { control } = useFormContext<OfferFormFields>()
  const [lowText, highText] = useWatch({ control, name: [`${name}.low`, `${name}.high`] })
  const low = Number(lowText)
  const high = highText.trim() === '' ? low : Number(highText)
  if (lowText.trim() === '' || !(low >= 0) || !(high >= low)) return null
  const amount = formatFenRange(
    { low: fenFromYuan(low), high: fenFromYuan(high) },
    language,
    period,
  )
  return (
    <span className="oe-amount-reading">
      {t('offerEditor.pay.reads', {
        amount: currency === 'CNY' ? amount : `${amount} ${currency}`,
      })}
    </span>
  )
}
