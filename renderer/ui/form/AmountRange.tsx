import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch, type FieldPathByValue, type FieldValues } from 'react-hook-form'
import type { Currency } from '../../domain/model/enums'
import { fenFromYuan } from '../../domain/money'
import { formatFenRange, type Period } from '../format/amount'
import { sentenceGap } from '../format/sentence-gap'
import type { UiLanguage } from '../i18n/i18n'
import type { FormWords } from './form-words'
import { FormInputField } from './InputField'
import { amountFrom, type RangeFields } from './stock-fields'
import './amount-range.css'

/** An input's value as its text ('' for nothing). */
const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''

/**
 * A figure or a range as two text inputs (`${name}.low`, `${name}.high`, holding their text: a
 * number input cannot hold "100k" or "10万", the units the paste box reads; amountFrom), other
 * inputs of the same row after them (months), and beneath them the typed amount as people read
 * it ("6万–8万/月", "960k–1.28M/yr"), so a zero too many shows at once. A form names its
 * `Values` (`<AmountRange<OfferFormFields> …>`) so that `name` is checked to be one of its ranges.
 */
export function AmountRange<Values extends FieldValues = FieldValues>({
  name,
  words,
  label,
  currency,
  period,
  hint,
  read = true,
  children,
}: {
  name: FieldPathByValue<Values, RangeFields>
  words: FormWords
  label: string
  currency: Currency
  period?: Period | undefined
  /** Said beneath the row; the currency and "up to" are said by default. */
  hint?: string | undefined
  /** Whether to say the amount as people read it (not for a price a share, in decimals). */
  read?: boolean
  children?: ReactNode
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const id = useId()
  const { messages, errorText } = words
  return (
    <div className="amount-range">
      <div className="amount-range-inputs">
        <FormInputField
          name={`${name}.low`}
          errorText={errorText}
          type="text"
          label={label}
          describedById={`${id}-hint`}
          className="amount-range-input"
        />
        <FormInputField
          name={`${name}.high`}
          errorText={errorText}
          type="text"
          label={
            <>
              <span className="visually-hidden">{label} </span>
              {t(`${messages}.pay.upTo`)}
            </>
          }
          describedById={`${id}-hint`}
          className="amount-range-input"
        />
        {children}
      </div>
      <p id={`${id}-hint`} className="hint">
        {hint ?? t(`${messages}.pay.rangeHint`, { currency })}
        {read ? (
          <>
            {sentenceGap(language)}
            <AmountReading name={name} messages={messages} currency={currency} period={period} />
          </>
        ) : null}
      </p>
    </div>
  )
}

function AmountReading({
  name,
  messages,
  currency,
  period,
}: {
  name: string
  messages: FormWords['messages']
  currency: Currency
  period: Period | undefined
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { control } = useFormContext()
  const watched: unknown[] = useWatch({ control, name: [`${name}.low`, `${name}.high`] })
  const [lowValue, highValue] = watched
  const low = amountFrom(textOf(lowValue))
  const high = amountFrom(textOf(highValue)) ?? low
  if (low === undefined || high === undefined || !(low >= 0) || !(high >= low)) return null
  const amount = formatFenRange(
    { low: fenFromYuan(low), high: fenFromYuan(high) },
    language,
    period,
  )
  return (
    <span className="amount-range-reading">
      {t(`${messages}.pay.reads`, {
        amount: currency === 'CNY' ? amount : `${amount} ${currency}`,
      })}
    </span>
  )
}
