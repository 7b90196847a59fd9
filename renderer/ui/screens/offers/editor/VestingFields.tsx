import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch } from 'react-hook-form'
import { InputField } from './form-controls'
import { evenSchedule, type OfferFormFields } from './offer-form-fields'

const YEAR_CHOICES = [1, 2, 3, 4, 5, 6] as const

/**
 * A vesting schedule: the years (choosing them spreads the grant evenly) and the percent each
 * year as typed ("10/20/30/40"), which is what is stored.
 */
export function VestingFields({ name }: { name: 'pay.stock.schedule' | 'pay.options.schedule' }) {
  const { t } = useTranslation()
  const id = useId()
  const { control, setValue } = useFormContext<OfferFormFields>()
  const schedule = useWatch({ control, name })
  const years = schedule.split(/[\s/,，、|]+/).filter(Boolean).length
  return (
    <div className="oe-vesting">
      <div className="field oe-years">
        <label htmlFor={id}>{t('offerEditor.pay.stock.years')}</label>
        <select
          id={id}
          value={(YEAR_CHOICES as readonly number[]).includes(years) ? String(years) : ''}
          onChange={(event) => {
            setValue(name, evenSchedule(Number(event.target.value)), {
              shouldDirty: true,
              shouldValidate: true,
            })
          }}
        >
          {(YEAR_CHOICES as readonly number[]).includes(years) ? null : <option value="" />}
          {YEAR_CHOICES.map((count) => (
            <option key={count} value={count}>
              {t('offerEditor.pay.stock.scheduleYears', { count })}
            </option>
          ))}
        </select>
      </div>
      <InputField
        name={name}
        label={t('offerEditor.pay.stock.schedule')}
        hint={t('offerEditor.pay.stock.scheduleHint')}
        className="oe-schedule"
      />
    </div>
  )
}
