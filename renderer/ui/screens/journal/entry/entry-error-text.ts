import type { TFunction } from 'i18next'
import type { FieldErrors } from 'react-hook-form'
import { dateNotCompleteText, DATE_NOT_COMPLETE } from '../../../form/date-input'
import {
  DATE_OUT_OF_RANGE,
  ENTRY_YEARS_AHEAD,
  FIRST_YEAR,
  lastYear,
} from '../../../form/date-range'
import type { EntryFormFields } from './entry-form-fields'

export type EntryFieldName = keyof EntryFormFields

const MAX_LENGTH: Partial<Record<EntryFieldName, number>> = {
  title: 200,
  body: 20_000,
  company: 100,
}

interface FoundError {
  type: string
  message: string | undefined
  /** The error is the list's own (too many), not one item's. */
  whole: boolean
}

/** The first error at or under an input's name (a list holds its items' errors by index). */
function findError(node: unknown, whole = true): FoundError | undefined {
  if (typeof node !== 'object' || node === null) return undefined
  const { type, message } = node as { type?: unknown; message?: unknown }
  if (typeof type === 'string') {
    return { type, message: typeof message === 'string' ? message : undefined, whole }
  }
  for (const child of Object.values(node)) {
    const found = findError(child, false)
    if (found) return found
  }
  return undefined
}

/**
 * What to tell the user about one input the schema (or the save) refused, in their language:
 * a sentence of our own for each input, else zod's own localized message.
 */
export function entryErrorText(
  name: EntryFieldName,
  errors: FieldErrors<EntryFormFields>,
  t: TFunction,
): string | undefined {
  const error = findError(errors[name])
  if (!error) return undefined
  const max = MAX_LENGTH[name]
  if (max !== undefined && error.type === 'too_big')
    return t('journalEntry.errors.tooLong', { max })
  switch (name) {
    case 'title':
      return t('journalEntry.errors.title')
    case 'date':
      if (error.message === DATE_NOT_COMPLETE) return dateNotCompleteText(t)
      if (error.message === DATE_OUT_OF_RANGE) {
        return t('journalEntry.errors.dateRange', {
          first: FIRST_YEAR,
          last: lastYear(ENTRY_YEARS_AHEAD),
        })
      }
      return t('journalEntry.errors.date')
    case 'tags':
      if (error.type === 'too_big') {
        return t(error.whole ? 'journalEntry.errors.tooManyTags' : 'journalEntry.errors.tagTooLong')
      }
      if (error.type === 'custom') return t('journalEntry.errors.tagTwice')
      break
    case 'evidence':
      if (error.type === 'too_big') return t('journalEntry.errors.tooManyEvidence')
      return t('journalEntry.errors.evidence')
    case 'skillIds':
      return t('journalEntry.errors.missingSkill')
    case 'offerId':
      return t('journalEntry.errors.missingOffer')
    default:
      break
  }
  return error.message ?? t('journalEntry.invalid')
}
