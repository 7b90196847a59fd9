import type { z } from 'zod'

/** One thing wrong with untrusted data: the field's dotted path ("offers.0.pay") and why. */
export type ValidationIssue = { path: string; message: string }

/** A failed parse as the list of wrong fields a form, an import or an override reports. */
export function validationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
}
