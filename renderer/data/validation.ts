import type { z } from 'zod'
import { validationIssues, type ValidationIssue } from '../domain/model/validation-issues'

/** Where a record is wrong: `path` names the field ("pay.base.monthly.low"), `message` says how. */
export type FieldIssue = ValidationIssue

/**
 * A write or an import refused because the data does not match its schema. Nothing was
 * written; the issues name every wrong field so a form can show each beside its input.
 */
export class DataValidationError extends Error {
  constructor(
    readonly issues: FieldIssue[],
    readonly where = '',
  ) {
    super(
      `${where ? `${where}: ` : ''}${issues.map((issue) => `${issue.path || '(record)'}: ${issue.message}`).join('; ')}`,
    )
    this.name = 'DataValidationError'
  }
}

/** Parses with `schema` or throws a DataValidationError naming every wrong field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, where = ''): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new DataValidationError(validationIssues(result.error), where)
}

/** A fresh id for a new record: random, so merged imports from two machines never collide. */
export function newId(): string {
  return crypto.randomUUID()
}
