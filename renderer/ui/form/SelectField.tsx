import { useId, type ReactNode } from 'react'
import { useController, useFormContext, type FieldPath, type FieldValues } from 'react-hook-form'
import { useFieldErrorText, type FieldErrorText } from './field-error'
import { LabelledField } from './LabelledField'

export interface SelectFieldProps<Values extends FieldValues, Value extends string> {
  name: FieldPath<Values>
  label: string
  options: readonly Value[]
  optionLabel: (value: Value) => string
  explain?: (value: Value) => ReactNode
  /** What the chosen value rests on (its source), after the explanation. */
  source?: (value: Value) => ReactNode
  /** Beneath the select, whatever is chosen. */
  hint?: string | undefined
  /** The form's sentence for the select's error, where its schema can refuse the value. */
  errorText?: FieldErrorText | undefined
  /** Another element that describes this select too (a warning beside it). */
  describedById?: string | undefined
  className?: string
}

/** A form without error sentences for its selects: their errors are not shown. */
const NO_ERROR_TEXT: FieldErrorText = () => ''

/** A select of fixed choices; `explain` says what the chosen one means, beneath it. */
export function FormSelectField<Values extends FieldValues, Value extends string>({
  name,
  label,
  options,
  optionLabel,
  explain,
  source,
  hint,
  errorText = NO_ERROR_TEXT,
  describedById,
  className,
}: SelectFieldProps<Values, Value>) {
  const id = useId()
  const { control } = useFormContext<Values>()
  const error = useFieldErrorText<Values>(name, errorText, { emptyWaitsForSubmit: true })
  // Controlled: React sets the chosen option, so the form's value and the select never differ.
  const {
    field: { value: chosen, onChange, onBlur, ref: selectRef },
  } = useController({ control, name })
  const value = chosen as Value
  return (
    <LabelledField
      id={id}
      label={label}
      hint={hint}
      error={error}
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
