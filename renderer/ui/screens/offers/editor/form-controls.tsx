import { useId, type ReactNode } from 'react'
import { useController, useFormContext, type FieldPath } from 'react-hook-form'
import { FormCheckbox } from '../../../form/CheckboxField'
import { useFieldErrorText } from '../../../form/field-error'
import { LabelledField } from '../../../form/LabelledField'
import { offerFieldErrorText } from './field-error-text'
import type { OfferFormFields } from './offer-form-fields'

export type OfferPath = FieldPath<OfferFormFields>

/**
 * The error the schema gave one input, as the offer form's sentence (see useFieldErrorText); an
 * empty input's only once the user saves or asks to see the problems.
 */
export function useOfferFieldError(name: OfferPath): string | undefined {
  return useFieldErrorText<OfferFormFields>(name, offerFieldErrorText, {
    emptyWaitsForSubmit: true,
  })
}

/** A checkbox of the offer form (typed by its paths). */
export const CheckboxField = FormCheckbox<OfferFormFields>

/** A labelled input (text, number or date) with its hint and its error beside it. */
export function InputField({
  name,
  label,
  hint,
  describedById,
  type = 'text',
  className,
  placeholder,
  step,
  min,
  max,
  list,
}: {
  name: OfferPath
  label: ReactNode
  hint?: ReactNode
  /** Another element that describes this input too (a shared hint). */
  describedById?: string | undefined
  type?: 'text' | 'number' | 'date'
  className?: string
  placeholder?: string
  step?: number | 'any'
  min?: number
  max?: number
  list?: string
}) {
  const { register } = useFormContext<OfferFormFields>()
  const error = useOfferFieldError(name)
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
          type={type}
          inputMode={type === 'number' ? 'decimal' : undefined}
          autoComplete="off"
          placeholder={placeholder}
          step={type === 'number' ? (step ?? 'any') : undefined}
          min={min}
          max={max}
          list={list}
          {...register(name)}
        />
      )}
    </LabelledField>
  )
}

/** A select of fixed choices; `explain` says what the chosen one means, beneath it. */
export function SelectField<Value extends string>({
  name,
  label,
  options,
  optionLabel,
  explain,
  source,
  describedById,
  className,
}: {
  name: OfferPath
  label: string
  options: readonly Value[]
  optionLabel: (value: Value) => string
  explain?: (value: Value) => ReactNode
  /** What the chosen value rests on (its source), after the explanation. */
  source?: (value: Value) => ReactNode
  /** Another element that describes this select too (a warning beside it). */
  describedById?: string | undefined
  className?: string
}) {
  const id = useId()
  const { control } = useFormContext<OfferFormFields>()
  // Controlled: React sets the chosen option, so the form's value and the select never differ.
  const {
    field: { value: chosen, onChange, onBlur, ref: selectRef },
  } = useController({ control, name })
  const value = chosen as Value
  return (
    <LabelledField
      id={id}
      label={label}
      describedBefore={[explain && `${id}-explain`]}
      describedById={describedById}
      className={className}
    >
      {(props) => (
        <>
          <select
            {...props}
            name={name}
            ref={selectRef}
            value={value}
            onChange={(event) => {
              onChange(event.target.value)
            }}
            onBlur={onBlur}
          >
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
          {source ? source(value) : null}
        </>
      )}
    </LabelledField>
  )
}

/** A multi-line input with its hint and error: Enter is a new line (Ctrl+Enter saves). */
export function TextAreaField({
  name,
  label,
  hint,
  rows = 3,
}: {
  name: OfferPath
  label: string
  hint?: string
  rows?: number
}) {
  const { register } = useFormContext<OfferFormFields>()
  const error = useOfferFieldError(name)
  return (
    <LabelledField label={label} hint={hint} error={error} className="oe-textarea">
      {(control) => <textarea {...control} rows={rows} {...register(name)} />}
    </LabelledField>
  )
}
