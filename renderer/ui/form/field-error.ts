import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import {
  useFormContext,
  useFormState,
  type FieldError,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form'

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

/**
 * The error the schema gave one input, as the form's sentence. Each input watches only its own
 * error, so a keystroke re-renders the input it changes, not the form.
 */
export function useFieldErrorText<Values extends FieldValues>(
  name: FieldPath<Values>,
  toText: FieldErrorText,
): string | undefined {
  const { t } = useTranslation()
  const { control, getValues } = useFormContext<Values>()
  const { errors } = useFormState({ control, name, exact: true })
  const error = fieldErrorAt(errors, name)
  if (!error) return undefined
  return toText(name, error, t, (path) => getValues(path as FieldPath<Values>))
}
