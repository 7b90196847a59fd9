import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { get, useFormContext, useFormState, type FieldError } from 'react-hook-form'
import { taxFieldError, type TaxFieldName, type TaxFormValues } from './tax-form'

/** The error the schema gave one field, in the user's words (each field watches only its own). */
function useTaxFieldError(name: TaxFieldName): string | undefined {
  const { t } = useTranslation()
  const { control } = useFormContext<TaxFormValues>()
  const { errors } = useFormState({ control, name, exact: true })
  const error = get<typeof errors, FieldError | undefined>(errors, name)
  return error ? taxFieldError(name, error, t) : undefined
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ')
  return joined || undefined
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
  const id = useId()
  const { register } = useFormContext<TaxFormValues>()
  const error = useTaxFieldError(name)
  return (
    <div className="field tax-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
        {...register(name)}
      />
      {hint !== undefined ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
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
  const id = useId()
  const { register } = useFormContext<TaxFormValues>()
  return (
    <div className="field tax-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-describedby={hint !== undefined ? `${id}-hint` : undefined}
        {...register(name)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
      {hint !== undefined ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  )
}
