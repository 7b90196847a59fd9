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

/** Keys that could reach an object's prototype: never copied from an override. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Merges `patch` into `base`, noting in `issues` what the patch names that the ruleset does
 * not have (a rule id no rule carries, the same rule twice, a prototype key), so an override
 * that no longer applies is reported instead of silently doing nothing.
 */
function merge(base: unknown, patch: unknown, path: string[], issues: ValidationIssue[]): unknown {
  if (Array.isArray(base) && Array.isArray(patch)) {
    // Rule lists: change the named rules, keep the rest. Plain lists: replace whole.
    if (
      base.every((item) => keyOf(item) !== undefined) &&
      patch.every((item) => keyOf(item) !== undefined)
    ) {
      const known = new Set(base.map(keyOf))
      const seen = new Set<string>()
      patch.forEach((item: unknown, index) => {
        const key = keyOf(item) ?? ''
        const where = [...path, String(index)].join('.')
        if (!known.has(key)) issues.push({ path: where, message: `no rule "${key}" to change` })
        else if (seen.has(key)) issues.push({ path: where, message: `rule "${key}" changed twice` })
        seen.add(key)
      })
      return base.map((item: unknown) => {
        const index = patch.findIndex((candidate: unknown) => keyOf(candidate) === keyOf(item))
        return index === -1 ? item : merge(item, patch[index], [...path, String(index)], issues)
      })
    }
    return patch
  }
  if (isPlainObject(base) && isPlainObject(patch)) {
    const result: Record<string, unknown> = { ...base }
    for (const [key, value] of Object.entries(patch)) {
      if (PROTOTYPE_KEYS.has(key)) {
        issues.push({ path: [...path, key].join('.'), message: 'not a ruleset field' })
        continue
      }
      result[key] = merge(base[key], value, [...path, key], issues)
    }
    return result
  }
  return patch === undefined ? base : patch
}

/**
 * The user's changes to weights and assumptions, applied to a ruleset and checked again by its
 * schema: an override that breaks a rule (a band with low above high, a weight out of range) or
 * names a rule the ruleset does not have is refused with the field named, and the ruleset in
 * use stays as it was.
 */
export function withOverrides(base: Ruleset, overrides: RulesetOverrides): OverrideResult {
  const issues: ValidationIssue[] = []
  const merged = merge(base, overrides, [], issues)
  const parsed = rulesetSchema.safeParse(merged)
  if (parsed.success && issues.length === 0) return { ok: true, ruleset: parsed.data }
  return {
    ok: false,
    issues: [...issues, ...(parsed.success ? [] : validationIssues(parsed.error))],
  }
}
