import { useTranslation } from 'react-i18next'
import { useFormContext, useFormState } from 'react-hook-form'
import type { EntryFormFields } from './entry-form-fields'
import { entryErrorText, type EntryFieldName } from './entry-error-text'

/** The error of one input in the user's language; each input watches only its own. */
export function useEntryError(name: EntryFieldName): string | undefined {
  const { t } = useTranslation()
  const { control } = useFormContext<EntryFormFields>()
  const { errors } = useFormState({ control, name })
  return entryErrorText(name, errors, t)
}
