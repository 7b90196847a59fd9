import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch, type FieldValues } from 'react-hook-form'
import type { Currency } from '../../domain/model/enums'
import { AmountRange } from './AmountRange'
import type { FormWords } from './form-words'
import { FormSelectField } from './SelectField'
import type { StockKind } from './stock-fields'
import { VestingFields } from './VestingFields'

const STOCK_KINDS: readonly StockKind[] = ['none', 'grant', 'per-year']

/**
 * Stock (RSUs, 股票): none, a grant that vests over years on a schedule, or a value each year,
 * each with its inputs. `name` holds the stock's inputs (`StockFields`), in `currency`. Its words
 * are the shared `form.stock.*`, but for the label, which is the form's own.
 */
export function StockFields({
  name,
  currency,
  words,
}: {
  name: string
  currency: Currency
  words: FormWords
}) {
  const { t } = useTranslation()
  const { messages } = words
  const { control } = useFormContext()
  const kind: unknown = useWatch({ control, name: `${name}.kind` })
  return (
    <div className="stock-fields">
      <FormSelectField<FieldValues, StockKind>
        name={`${name}.kind`}
        label={t(`${messages}.pay.stock.label`)}
        options={STOCK_KINDS}
        optionLabel={(value) => t(`form.stock.${value}`)}
      />
      {kind === 'grant' ? (
        <>
          <AmountRange
            name={`${name}.grantValue`}
            words={words}
            label={t('form.stock.grantLow')}
            currency={currency}
          />
          <VestingFields name={`${name}.schedule`} words={words} />
        </>
      ) : null}
      {kind === 'per-year' ? (
        <AmountRange
          name={`${name}.perYear`}
          words={words}
          label={t('form.stock.perYearLow')}
          currency={currency}
          period="year"
        />
      ) : null}
    </div>
  )
}
