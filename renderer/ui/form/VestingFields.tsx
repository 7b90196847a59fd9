import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch, type FieldPathByValue, type FieldValues } from 'react-hook-form'
import type { FormWords } from './form-words'
import { FormInputField } from './InputField'
import { evenSchedule, scheduleYears } from './stock-fields'
import './amount-range.css'

const YEAR_CHOICES: readonly number[] = [1, 2, 3, 4, 5, 6]

/**
 * A vesting schedule: the years (choosing them spreads the grant evenly) and the percent each
 * year as typed ("10/20/30/40"), which is what is read. `name` is the schedule's input, of a
 * form whose `Values` the caller may name so that it is checked.
 */
export function VestingFields<Values extends FieldValues = FieldValues>({
  name: path,
  words,
}: {
  name: FieldPathByValue<Values, string>
  words: FormWords
}) {
  // Read and set through the untyped form, as the shared fields do: `Values` only checks `name`.
  const name: string = path
  const { t } = useTranslation()
  const id = useId()
  const { errorText } = words
  const { control, setValue } = useFormContext()
  const schedule: unknown = useWatch({ control, name })
  const years = scheduleYears(typeof schedule === 'string' ? schedule : '')
  const listed = YEAR_CHOICES.includes(years)
  return (
    <div className="vesting-fields">
      <div className="field vesting-years">
        <label htmlFor={id}>{t('form.stock.years')}</label>
        <select
          id={id}
          value={listed ? String(years) : ''}
          onChange={(event) => {
            setValue(name, evenSchedule(Number(event.target.value)), {
              shouldDirty: true,
              shouldValidate: true,
            })
          }}
        >
          {listed ? null : <option value="" />}
          {YEAR_CHOICES.map((count) => (
            <option key={count} value={count}>
              {t('form.stock.scheduleYears', { count })}
            </option>
          ))}
        </select>
      </div>
      <FormInputField
        name={name}
        errorText={errorText}
        label={t('form.stock.schedule')}
        hint={t('form.stock.scheduleHint')}
        className="vesting-schedule"
      />
    </div>
  )
}
