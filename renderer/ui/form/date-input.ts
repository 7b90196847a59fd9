import type { TFunction } from 'i18next'
import { isDateNotComplete } from './date-validity'
import type { FieldErrorText } from './field-error'
import {
  get,
  set,
  type FieldError,
  type FieldErrors,
  type FieldValues,
  type Resolver,
} from 'react-hook-form'

/**
 * Reading a date input that holds something which is not a date. The browser's value is ''
 * both for an empty box and for one holding 02/30/2026 or a half-typed 02/dd/2026, so a form
 * reading only the value said "choose a date" to a user who had typed one (nineteenth trial),
 * and an optional date (an offer's deadline) was saved as none. Only the input's
 * `validity.badInput` tells the two apart; every form with a date input reads it here.
 */

/** The error message that marks a date input holding no whole, real date (forms word it). */
export const DATE_NOT_COMPLETE = 'date-not-complete'

/** Whether a form's error at a date input is that it holds no whole, real date. */
export function isDateNotCompleteError(error: { message?: unknown } | undefined): boolean {
  return error?.message === DATE_NOT_COMPLETE
}

/** The sentence for a date input holding no whole, real date, in the user's language. */
export function dateNotCompleteText(t: TFunction): string {
  return t('form.date.notComplete')
}

/** A form's error sentences, with a date input's "not whole or not real" said first. */
export function withDateNotCompleteText(errorText: FieldErrorText): FieldErrorText {
  return (name, error, t, valueAt) =>
    isDateNotCompleteError(error) ? dateNotCompleteText(t) : errorText(name, error, t, valueAt)
}

/**
 * A react-hook-form resolver that also refuses each date input the check covers which holds an
 * incomplete or impossible date, whatever the schema made of its '' (required: "choose a date",
 * which is wrong; optional: valid, which loses the date). react-hook-form hands a resolver the
 * registered inputs it checks (all at a save, one as it is left), so no form lists its dates.
 */
export function withDateInputCheck<Values extends FieldValues, Context, Output>(
  resolver: Resolver<Values, Context, Output>,
): Resolver<Values, Context, Output> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options)
    const errors: FieldErrors<Values> = Object.assign({}, result.errors)
    let found = false
    for (const name of options.names ?? []) {
      const field = get<typeof options.fields, { ref?: unknown } | undefined>(options.fields, name)
      if (!isDateNotComplete(field?.ref)) continue
      const error: FieldError = { type: 'badInput', message: DATE_NOT_COMPLETE }
      set(errors, name, error)
      found = true
    }
    return found ? { values: {}, errors } : result
  }
}
