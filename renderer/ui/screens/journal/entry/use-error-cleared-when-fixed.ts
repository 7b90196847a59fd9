import { useEffect } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import type { EntryFormFields } from './entry-form-fields'
import type { EntryFieldName } from './entry-error-text'

type FormParts = Pick<UseFormReturn<EntryFormFields>, 'subscribe' | 'trigger' | 'getFieldState'>

/**
 * The form checks an input when it is left or saved, not at each key (trial: the title's "Give
 * the entry a title." came and went as a title was typed over, and the fields below jumped
 * with it). An error already said is checked again at each change, so it goes as soon as the
 * input is right: a wrong input is told late, a right one early.
 */
export function useErrorClearedWhenFixed({ subscribe, trigger, getFieldState }: FormParts): void {
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name }) => {
          if (name === undefined) return
          // A list's item ("tags.2") is checked with its list, which says the error.
          const field = name.split('.')[0] as EntryFieldName
          // Read from the form's state as it is now, not from a render's copy.
          if (getFieldState(field).error) void trigger(field)
        },
      }),
    [subscribe, trigger, getFieldState],
  )
}
