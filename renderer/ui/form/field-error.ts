import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import {
  useFormContext,
  useFormState,
  type FieldError,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form'
import { isDateNotCompleteError } from './date-input'

/** A form's own sentence for an input's error, in the user's language. `valueAt` reads another
 *  input's value (to tell an empty amount from a range the wrong way round). */
export type FieldErrorText = (
  name: string,
  error: FieldError,
  t: TFunction,
  valueAt: (name: string) => unknown,
) => string

/**
 * The error of one input, from the errors react-hook-form holds at its name. A list input (a
 * vesting schedule typed as "25/25/25/25") may hold its error itself or at an index.
 */
export function fieldErrorAt(errors: unknown, name: string): FieldError | undefined {
  let node: unknown = errors
  for (const key of name.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return firstError(node)
}

function firstError(node: unknown): FieldError | undefined {
  if (typeof node !== 'object' || node === null) return undefined
  if (typeof (node as { type?: unknown }).type === 'string') return node as FieldError
  for (const child of Object.values(node)) {
    const found = firstError(child)
    if (found) return found
  }
  return undefined
}

/** How a form shows its inputs' errors. */
export interface FieldErrorTiming {
  /**
   * An empty input's error waits for a save (or a request to see the problems): focus passing
   * through an empty field, as it does with Tab, is not a mistake, and a field nobody has typed
   * in is not red (new-user trial: every pay field turned red before any typing).
   */
  emptyWaitsForSubmit?: boolean
}

/** '' or nothing: what an input holds before anything is typed in it. */
function isEmptyInput(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (typeof value === 'number' && Number.isNaN(value))
  )
}

/**
 * The error the schema gave one input, as the form's sentence; none where `toText` gives ''
 * (an input whose problem is said at another). Each input watches only its own error, so a
 * keystroke re-renders the input it changes, not the form.
 */
export function useFieldErrorText<Values extends FieldValues>(
  name: FieldPath<Values>,
  toText: FieldErrorText,
  timing: FieldErrorTiming = {},
): string | undefined {
  const { t } = useTranslation()
  const { control, getValues } = useFormContext<Values>()
  const { errors, isSubmitted } = useFormState({ control, name, exact: true })
  const error = fieldErrorAt(errors, name)
  if (!error) return undefined
  // A date input holding 02/30/2026 has the value '' too, but is not empty: said as it is left.
  const empty = isEmptyInput(getValues(name)) && !isDateNotCompleteError(error)
  if (timing.emptyWaitsForSubmit && !isSubmitted && empty) {
    return undefined
  }
  return toText(name, error, t, (path) => getValues(path as FieldPath<Values>)) || undefined
}
