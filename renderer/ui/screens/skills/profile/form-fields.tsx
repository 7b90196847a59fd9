import { useId } from 'react'
import { useFormContext, useWatch, type FieldPath } from 'react-hook-form'
import { FormCheckbox } from '../../../form/CheckboxField'
import { useFieldErrorText } from '../../../form/field-error'
import type { FormWords } from '../../../form/form-words'
import { LabelledField } from '../../../form/LabelledField'
import { fieldErrorText } from './field-error-text'
import { numberOrUndefined, type ProfileFormValues } from './profile-form-values'

export type ProfilePath = FieldPath<ProfileFormValues>

/**
 * The error the schema gave one field, as the profile form's sentence (see useFieldErrorText); an
 * empty field's only once the user saves.
 */
export function useFieldError(name: ProfilePath): string | undefined {
  return useFieldErrorText<ProfileFormValues>(name, fieldErrorText, { emptyWaitsForSubmit: true })
}

/** The profile form's words and error sentences, for the fields shared with the offer form. */
export const PROFILE_WORDS: FormWords = { messages: 'profile', errorText: fieldErrorText }

/** A checkbox of the profile form (typed by its paths). */
export const CheckboxField = FormCheckbox<ProfileFormValues>

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
