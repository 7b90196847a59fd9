import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  get,
  useFormContext,
  useFormState,
  useWatch,
  type FieldError,
  type FieldPath,
} from 'react-hook-form'
import { LabelledField } from '../../../form/LabelledField'
import { fieldErrorText } from './field-error-text'
import { numberOrUndefined, type ProfileFormValues } from './profile-form-values'

export type ProfilePath = FieldPath<ProfileFormValues>

/**
 * The error the schema gave one field, as a sentence in the user's language. Each field
 * watches only its own error, so a keystroke re-renders the field it changes, not the form.
 */
export function useFieldError(name: ProfilePath): string | undefined {
  const { t } = useTranslation()
  const { control, getValues } = useFormContext<ProfileFormValues>()
  const { errors } = useFormState({ control, name, exact: true })
  const error = get<typeof errors, FieldError | undefined>(errors, name)
  if (!error) return undefined
  return fieldErrorText(name, error, t, (path) => getValues(path as ProfilePath))
}

export function NumberField({
  name,
  label,
  hint,
  describedById,
  min,
  max,
  step = 'any',
  className,
}: {
  name: ProfilePath
  label: string
  hint?: string | undefined
  /** Another element that describes this input too (a shared hint). */
  describedById?: string | undefined
  min?: number
  max?: number
  step?: number | 'any'
  className?: string
}) {
  const { register } = useFormContext<ProfileFormValues>()
  const error = useFieldError(name)
  return (
    <LabelledField
      label={label}
      hint={hint}
      error={error}
      describedById={describedById}
      className={className}
    >
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          {...register(name, { setValueAs: numberOrUndefined })}
        />
      )}
    </LabelledField>
  )
}

/** A select whose chosen option is explained beneath it, in plain words. */
export function SelectField<Value extends string>({
  name,
  label,
  options,
  optionLabel,
  explain,
  hint,
}: {
  name: ProfilePath
  label: string
  options: readonly Value[]
  optionLabel: (value: Value) => string
  explain?: (value: Value) => string
  hint?: string
}) {
  const id = useId()
  const { register, control } = useFormContext<ProfileFormValues>()
  const value = useWatch({ control, name }) as Value
  const error = useFieldError(name)
  return (
    <LabelledField
      id={id}
      label={label}
      hint={hint}
      error={error}
      describedBefore={[explain && `${id}-explain`]}
    >
      {(props) => (
        <>
          <select {...props} {...register(name)}>
            {options.map((option) => (
              <option key={option} value={option}>
                {optionLabel(option)}
              </option>
            ))}
          </select>
          {explain ? (
            <p id={`${id}-explain`} className="hint">
              {explain(value)}
            </p>
          ) : null}
        </>
      )}
    </LabelledField>
  )
}

/** A checkbox with its label beside it and a line saying what it means. */
export function CheckboxField({
  name,
  label,
  hint,
}: {
  name: ProfilePath
  label: ReactNode
  hint: string
}) {
  const id = useId()
  const { register } = useFormContext<ProfileFormValues>()
  return (
    <div className="choice">
      <input id={id} type="checkbox" aria-describedby={`${id}-hint`} {...register(name)} />
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </div>
  )
}
