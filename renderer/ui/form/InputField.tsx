import type { ReactNode } from 'react'
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form'
import { useFieldErrorText, type FieldErrorText } from './field-error'
import { LabelledField } from './LabelledField'

export interface InputFieldProps<Values extends FieldValues> {
  name: FieldPath<Values>
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
  /**
   * What the form stores for the input's text (`numberOrUndefined`: 12 for "12"); without it,
   * the text as typed.
   */
  setValueAs?: ((text: string) => unknown) | undefined
}

/**
 * A labelled input (text, number or date) holding its text as typed (or what `setValueAs` makes
 * of it), with its hint and its error beside it, in the sentence `errorText` gives (an empty
 * input's once the user saves).
 */
export function FormInputField<Values extends FieldValues>({
  name,
  errorText,
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
  setValueAs,
}: InputFieldProps<Values> & { errorText: FieldErrorText }) {
  const { register } = useFormContext<Values>()
  const error = useFieldErrorText<Values>(name, errorText, { emptyWaitsForSubmit: true })
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
          {...register(name, setValueAs ? { setValueAs } : undefined)}
        />
      )}
    </LabelledField>
  )
}
