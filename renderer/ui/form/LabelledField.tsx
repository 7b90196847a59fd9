import { useId, type ReactNode } from 'react'
import { fieldControlProps, type FieldControlProps } from './described-by'
import { ErrorText } from './ErrorText'

/**
 * One labelled field: its label, the control (drawn by `children` with the id and aria
 * attributes that tie label, hint and error to it), its hint and its error beneath. What the
 * control needs beside it (a datalist, a line saying what the choice means) is drawn by
 * `children` too; the ids of such lines go in `describedBefore`, read before the hint.
 */
export function LabelledField({
  id: givenId,
  label,
  hint,
  error,
  describedBefore,
  describedById,
  className,
  children,
}: {
  /** The control's id, when the caller names other elements after it; else one of its own. */
  id?: string
  label: ReactNode
  /** Beneath the control; `null` keeps an empty hint line (its text comes later). */
  hint?: ReactNode
  error?: string | undefined
  describedBefore?: readonly (string | false | undefined | null)[]
  /** Another element that describes this control too (a shared hint), read after the hint. */
  describedById?: string | undefined
  className?: string | undefined
  children: (control: FieldControlProps) => ReactNode
}) {
  const ownId = useId()
  const id = givenId ?? ownId
  const control = fieldControlProps(id, {
    hint: hint !== undefined,
    error,
    before: describedBefore,
    after: [describedById],
  })
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(control)}
      {hint !== undefined ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <ErrorText id={`${id}-error`} message={error} />
    </div>
  )
}
