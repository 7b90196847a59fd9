import { validationIssues, type ValidationIssue } from '../model/validation-issues'
import { rulesetSchema, type Ruleset } from './ruleset-schema'

/** Any part of the ruleset, nested; rule lists are matched by `id` (or `employerKind`, `cityId`). */
export type RulesetOverrides = { [key: string]: unknown }

export type OverrideResult =
  { ok: true; ruleset: Ruleset } | { ok: false; issues: ValidationIssue[] }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function keyOf(item: unknown): string | undefined {
  if (!isPlainObject(item)) return undefined
  const key = item['id'] ?? item['employerKind'] ?? item['cityId']
  return typeof key === 'string' ? key : undefined
}

function merge(base: unknown, patch: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(patch)) {
    // Rule lists: change the named rules, keep the rest. Plain lists: replace whole.
    if (
      base.every((item) => keyOf(item) !== undefined) &&
      patch.every((item) => keyOf(item) !== undefined)
    ) {
      return base.map((item: unknown) => {
        const change: unknown = patch.find((candidate: unknown) => keyOf(candidate) === keyOf(item))
        return change === undefined ? item : merge(item, change)
      })
    }
    return patch
  }
  if (isPlainObject(base) && isPlainObject(patch)) {
    const result: Record<string, unknown> = { ...base }
    for (const [key, value] of Object.entries(patch)) result[key] = merge(base[key], value)
    return result
  }
  return patch === undefined ? base : patch
}

/**
 * The user's changes to weights and assumptions, applied to a ruleset and checked again by its
 * schema: an override that breaks a rule (a band with low above high, a weight out of range) is
 * refused with the field named, and the ruleset in use stays as it was.
 */
export function withOverrides(base: Ruleset, overrides: RulesetOverrides): OverrideResult {
  const merged = merge(base, overrides)
  const parsed = rulesetSchema.safeParse(merged)
  if (parsed.success) return { ok: true, ruleset: parsed.data }
  return { ok: false, issues: validationIssues(parsed.error) }
}
