import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch } from 'react-hook-form'
import type { FormWords } from './form-words'
import { FormInputField } from './InputField'
import { evenSchedule, scheduleYears } from './stock-fields'
import './amount-range.css'

const YEAR_CHOICES: readonly number[] = [1, 2, 3, 4, 5, 6]

/**
 * A vesting schedule: the years (choosing them spreads the grant evenly) and the percent each
 * year as typed ("10/20/30/40"), which is what is read. `name` is the schedule's input.
 */
export function VestingFields({ name, words }: { name: string; words: FormWords }) {
  const { t } = useTranslation()
  const id = useId()
  const { messages, errorText } = words
  const { control, setValue } = useFormContext()
  const schedule: unknown = useWatch({ control, name })
  const years = scheduleYears(typeof schedule === 'string' ? schedule : '')
  const listed = YEAR_CHOICES.includes(years)
  return (
    <div className="vesting-fields">
      <div className="field vesting-years">
        <label htmlFor={id}>{t(`${messages}.pay.stock.years`)}</label>
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
              {t(`${messages}.pay.stock.scheduleYears`, { count })}
            </option>
          ))}
        </select>
      </div>
      <FormInputField
        name={name}
        errorText={errorText}
        label={t(`${messages}.pay.stock.schedule`)}
        hint={t(`${messages}.pay.stock.scheduleHint`)}
        className="vesting-schedule"
      />
    </div>
  )
}
