import type { z } from 'zod'
import { DATE_OUT_OF_RANGE } from './date-range'

/**
 * Chromium's date field takes a year of up to six digits ("61202-01-15"). The stored schemas
 * refuse that text as no date at all, so a form said what it says for an empty date ("Enter the
 * target date") or, for an optional one (a skill's "last used"), nothing (review D-1).
 */
export function yearTooLong(text: unknown): boolean {
  return typeof text === 'string' && /^\d{5,}-\d{2}-\d{2}$/.test(text)
}

/**
 * A form's zod parse options (zodResolver's second argument): a date with a year too long is
 * refused as out of range (DATE_OUT_OF_RANGE), so the form says the years it allows, as for 0006
 * or 2099. Every other message stays zod's or the schema's own.
 */
export const LONG_YEAR_OUT_OF_RANGE = {
  error: (issue) =>
    issue.code === 'invalid_format' && issue.format === 'date' && yearTooLong(issue.input)
      ? DATE_OUT_OF_RANGE
      : undefined,
} satisfies Partial<z.core.ParseContext<z.core.$ZodIssue>>
