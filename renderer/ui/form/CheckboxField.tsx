import { useId, type ReactNode } from 'react'
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form'

/** A checkbox with its label beside it and, if given, a line saying what it means. Forms name
 *  their own typed copy: `const CheckboxField = FormCheckbox<MyFormValues>`. */
export function FormCheckbox<Values extends FieldValues>({
  name,
  label,
  hint,
}: {
  name: FieldPath<Values>
  label: ReactNode
  hint?: ReactNode
}) {
  const id = useId()
  const { register } = useFormContext<Values>()
  return (
    <div className="choice">
      <input
        id={id}
        type="checkbox"
        aria-describedby={hint === undefined ? undefined : `${id}-hint`}
        {...register(name)}
      />
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  )
}
