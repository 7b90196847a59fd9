import { useTranslation } from 'react-i18next'
import { get, useFormContext, useFormState, type FieldError } from 'react-hook-form'
import { LabelledField } from '../../../form/LabelledField'
import { taxFieldError, type TaxFieldName, type TaxFormValues } from './tax-form'

/** The error the schema gave one field, in the user's words (each field watches only its own). */
function useTaxFieldError(name: TaxFieldName): string | undefined {
  const { t } = useTranslation()
  const { control } = useFormContext<TaxFormValues>()
  const { errors } = useFormState({ control, name, exact: true })
  const error = get<typeof errors, FieldError | undefined>(errors, name)
  return error ? taxFieldError(name, error, t) : undefined
}

/** A figure typed as text (so a wrong one can be named), its hint, and its error beside it. */
export function TaxNumberField({
  name,
  label,
  hint,
  placeholder,
}: {
  name: TaxFieldName
  label: string
  hint?: string | undefined
  placeholder?: string | undefined
}) {
  const { register } = useFormContext<TaxFormValues>()
  const error = useTaxFieldError(name)
  return (
    <LabelledField label={label} hint={hint} error={error} className="tax-field">
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          placeholder={placeholder}
          {...register(name)}
        />
      )}
    </LabelledField>
  )
}

export function TaxSelectField<Value extends string>({
  name,
  label,
  options,
  optionLabel,
  hint,
}: {
  name: TaxFieldName
  label: string
  options: readonly Value[]
  optionLabel: (value: Value) => string
  hint?: string | undefined
}) {
  const { register } = useFormContext<TaxFormValues>()
  return (
    <LabelledField label={label} hint={hint} className="tax-field">
      {(control) => (
        <select {...control} {...register(name)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  )
}
