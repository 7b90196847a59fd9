import { useId, type ReactNode } from 'react'
import { useController, useFormContext, type FieldPath, type FieldValues } from 'react-hook-form'
import { LabelledField } from './LabelledField'

export interface SelectFieldProps<Values extends FieldValues, Value extends string> {
  name: FieldPath<Values>
  label: string
  options: readonly Value[]
  optionLabel: (value: Value) => string
  explain?: (value: Value) => ReactNode
  /** What the chosen value rests on (its source), after the explanation. */
  source?: (value: Value) => ReactNode
  /** Another element that describes this select too (a warning beside it). */
  describedById?: string | undefined
  className?: string
}

/** A select of fixed choices; `explain` says what the chosen one means, beneath it. */
export function FormSelectField<Values extends FieldValues, Value extends string>({
  name,
  label,
  options,
  optionLabel,
  explain,
  source,
  describedById,
  className,
}: SelectFieldProps<Values, Value>) {
  const id = useId()
  const { control } = useFormContext<Values>()
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
