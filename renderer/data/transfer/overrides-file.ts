import { z } from 'zod'
import { withOverrides, type RulesetOverrides } from '../../domain/ruleset/overrides'
import type { Ruleset } from '../../domain/ruleset/ruleset-schema'
import { checkStructure, parseImportJson } from './import-checks'
import { ImportRefused, type ImportProblem } from './import-problems'

export const OVERRIDES_FILE_FORMAT = 'tidemark-ruleset-overrides'
/** The envelope's own version: bump it when the envelope (not the ruleset) changes shape. */
export const OVERRIDES_FILE_VERSION = 1

const envelopeSchema = z
  .object({
    format: z.literal(OVERRIDES_FILE_FORMAT),
    version: z.number().int().positive(),
    /** The ruleset version the overrides were made for: ids and fields move between versions. */
    rulesetVersion: z.number().int().positive(),
    exportedAt: z.iso.datetime({ offset: true }).optional(),
    overrides: z.record(z.string(), z.unknown()),
  })
  .strict()
export type OverridesFile = z.infer<typeof envelopeSchema>

/**
 * One override that cannot apply, located for a person: `path` names list items by their rule
 * id ("skillDomains.nlp.premiumClass", not "skillDomains.3.premiumClass"), `ruleId` is the
 * innermost rule the path passes through and `field` what follows it.
 */
export interface OverrideIssue {
  code: 'unknown-rule' | 'rule-twice' | 'forbidden-key' | 'invalid'
  path: string
  ruleId: string | null
  field: string
  /** zod's message for 'invalid' (in zod's current locale); an English sentence otherwise. */
  message: string
}

export type OverridesCheck =
  | { ok: true; overrides: RulesetOverrides; ruleset: Ruleset }
  | { ok: false; issues: OverrideIssue[] }

/** Why an overrides file was refused; each names enough for a sentence in the user's language. */
export type OverridesFileProblem =
  | Extract<
      ImportProblem,
      { code: 'too-large' | 'not-json' | 'too-deep' | 'forbidden-key' | 'string-too-long' }
    >
  | { code: 'not-overrides-file' }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'other-ruleset'; rulesetVersion: number | null; expected: number }
  | { code: 'invalid'; issues: OverrideIssue[] }

export type OverridesFileResult =
  { ok: true; file: OverridesFile; ruleset: Ruleset } | { ok: false; problem: OverridesFileProblem }

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The key a rule list matches items by (as withOverrides does): id, employerKind or cityId. */
export function ruleKeyOf(item: unknown): string | undefined {
  if (!isPlainObject(item)) return undefined
  const key = item['id'] ?? item['employerKind'] ?? item['cityId']
  return typeof key === 'string' ? key : undefined
}

/** A list whose items all carry a rule key: overrides name its items by key, not position. */
export function isRuleList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.every((item) => ruleKeyOf(item) !== undefined)
}

/**
 * Reads a zod path into the merged ruleset ("tiers.0.minScore") as a person would: list
 * positions become the rule's id, and the innermost rule passed through is named.
 */
export function locateIssuePath(
  rawPath: string,
  base: Ruleset,
): Pick<OverrideIssue, 'path' | 'ruleId' | 'field'> {
  const segments = rawPath === '' ? [] : rawPath.split('.')
  const out: string[] = []
  let node: unknown = base
  let ruleId: string | null = null
  let fieldStart = 0
  for (const segment of segments) {
    let child: unknown
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      child = node[Number(segment)]
      const key = isRuleList(node) ? ruleKeyOf(child) : undefined
      out.push(key ?? segment)
    } else {
      child = isPlainObject(node) ? node[segment] : undefined
      out.push(segment)
    }
    const key = ruleKeyOf(child)
    if (key !== undefined) {
      ruleId = key
      fieldStart = out.length
    }
    node = child
  }
  return { path: out.join('.'), ruleId, field: out.slice(fieldStart).join('.') }
}

/**
 * What withOverrides' merge would report, found first and located by rule id: a rule the
 * ruleset does not have, the same rule twice, a key that could reach a prototype. Answers the
 * patch without those parts, so the values of the rest can still be checked and reported.
 */
function withoutStructuralIssues(
  base: unknown,
  patch: unknown,
  path: string[],
  ruleId: string | null,
  fieldStart: number,
  issues: OverrideIssue[],
): unknown {
  const at = (segments: string[], id: string | null, start: number) => ({
    path: segments.join('.'),
    ruleId: id,
    field: segments.slice(start).join('.'),
  })
  if (isRuleList(base) && isRuleList(patch)) {
    const seen = new Set<string>()
    const kept: unknown[] = []
    for (const item of patch) {
      const key = ruleKeyOf(item) ?? ''
      const where = [...path, key]
      const known = base.find((candidate) => ruleKeyOf(candidate) === key)
      if (known === undefined) {
        issues.push({
          code: 'unknown-rule',
          ...at(where, key, where.length),
          message: `no rule "${key}" to change`,
        })
      } else if (seen.has(key)) {
        issues.push({
          code: 'rule-twice',
          ...at(where, key, where.length),
          message: `rule "${key}" changed twice`,
        })
      } else {
        kept.push(withoutStructuralIssues(known, item, where, key, where.length, issues))
      }
      seen.add(key)
    }
    return kept
  }
  if (isPlainObject(base) && isPlainObject(patch)) {
    const kept: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(patch)) {
      const where = [...path, key]
      if (PROTOTYPE_KEYS.has(key)) {
        issues.push({
          code: 'forbidden-key',
          ...at(where, ruleId, fieldStart),
          message: 'not a ruleset field',
        })
        continue
      }
      const child = base[key]
      const childKey = ruleKeyOf(child)
      // Defined as data, so even a key such as "toString" is only ever an own field.
      Object.defineProperty(kept, key, {
        value: withoutStructuralIssues(
          child,
          value,
          where,
          childKey ?? ruleId,
          childKey === undefined ? fieldStart : where.length,
          issues,
        ),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return kept
  }
  return patch
}

/**
 * Checks overrides against a ruleset as the engine applies them (withOverrides), and names each
 * problem by rule id and field. Used for files, for stored overrides that no longer apply and
 * for what a user is typing.
 */
export function checkOverrides(overrides: unknown, base: Ruleset): OverridesCheck {
  if (!isPlainObject(overrides)) {
    return {
      ok: false,
      issues: [
        { code: 'invalid', path: '', ruleId: null, field: '', message: 'expected an object' },
      ],
    }
  }
  const structural: OverrideIssue[] = []
  const rest = withoutStructuralIssues(base, overrides, [], null, 0, structural)
  const applied = withOverrides(base, isPlainObject(rest) ? rest : {})
  if (applied.ok && structural.length === 0) {
    return { ok: true, overrides, ruleset: applied.ruleset }
  }
  return {
    ok: false,
    issues: [
      ...structural,
      ...(applied.ok ? [] : applied.issues).map((issue) => ({
        code: 'invalid' as const,
        ...locateIssuePath(issue.path, base),
        message: issue.message,
      })),
    ],
  }
}

/** The overrides as a file a person can keep, move or share: a small envelope around them. */
export function serializeOverridesFile(
  overrides: RulesetOverrides,
  rulesetVersion: number,
  now: Date,
): string {
  const file: OverridesFile = {
    format: OVERRIDES_FILE_FORMAT,
    version: OVERRIDES_FILE_VERSION,
    rulesetVersion,
    exportedAt: now.toISOString(),
    overrides,
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/**
 * Reads an overrides file and checks every part of it before anything uses it: JSON, nothing
 * hostile (prototype keys, absurd nesting), the envelope, its version, the ruleset version it
 * was made for, and every override applied to `base`. Nothing is written here.
 */
export function parseOverridesFile(text: string, base: Ruleset): OverridesFileResult {
  let parsed: unknown
  try {
    parsed = parseImportJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
    checkStructure(parsed)
  } catch (error) {
    if (error instanceof ImportRefused) {
      const problem = error.problem
      if (
        problem.code === 'too-large' ||
        problem.code === 'not-json' ||
        problem.code === 'too-deep' ||
        problem.code === 'forbidden-key' ||
        problem.code === 'string-too-long'
      ) {
        return { ok: false, problem }
      }
    }
    throw error
  }
  if (!isPlainObject(parsed) || parsed['format'] !== OVERRIDES_FILE_FORMAT) {
    return { ok: false, problem: { code: 'not-overrides-file' } }
  }
  const version = parsed['version']
  if (typeof version === 'number' && version > OVERRIDES_FILE_VERSION) {
    return {
      ok: false,
      problem: { code: 'newer-version', version, supported: OVERRIDES_FILE_VERSION },
    }
  }
  const rulesetVersion = parsed['rulesetVersion']
  if (rulesetVersion !== base.version) {
    return {
      ok: false,
      problem: {
        code: 'other-ruleset',
        rulesetVersion: typeof rulesetVersion === 'number' ? rulesetVersion : null,
        expected: base.version,
      },
    }
  }
  const envelope = envelopeSchema.safeParse(parsed)
  if (!envelope.success) {
    return {
      ok: false,
      problem: {
        code: 'invalid',
        issues: envelope.error.issues.map((issue) => ({
          code: 'invalid',
          path: issue.path.join('.'),
          ruleId: null,
          field: issue.path.join('.'),
          message: issue.message,
        })),
      },
    }
  }
  const checked = checkOverrides(envelope.data.overrides, base)
  if (!checked.ok) return { ok: false, problem: { code: 'invalid', issues: checked.issues } }
  return { ok: true, file: envelope.data, ruleset: checked.ruleset }
}
