import type { z } from 'zod'
import type { OverrideIssue } from './overrides-file'
import { QUOTED, quoted } from './import-problems'

/** A value a schema allows, as a refusal may list it (a choice's option, a literal). */
export type AllowedValue = string | number | boolean | null

/**
 * The record rules the export's schemas hold beyond each field's kind (the refinements of
 * renderer/domain/model and renderer/data/records.ts), by the sentence each refuses with.
 */
const RECORD_RULES = {
  'each tag at most once': 'unique-tags',
  'evidence must be for a skill the entry links to': 'evidence-linked',
  'each red flag at most once': 'unique-red-flags',
  'must have at most 2 decimals': 'two-decimals',
  'must have at most 4 decimals': 'four-decimals',
  'vesting percentages must add up to 100': 'vesting-total',
  'low must not exceed high': 'low-above-high',
  'the base floor must not exceed the cap': 'base-floor-above-cap',
} as const
export type RecordRule = (typeof RECORD_RULES)[keyof typeof RECORD_RULES]

/**
 * What is wrong with one field of an import file, as data the interface turns into a sentence
 * in its own language: zod's issue code with the parameters its sentence would quote (the
 * maximum, the kind expected…), or a code of Tidemark's own. Plain values only: an issue is
 * made on the check's worker and posted to the window (import-check-off-thread.ts).
 */
export type IssueDetail =
  /** `missing`: the file has no value there at all. `expected` is zod's name for the kind
   *  (string, number, int, boolean, object, record, array…). */
  | { code: 'invalid_type'; expected: string; missing: boolean }
  /** `origin`: what is measured: a string's characters, an array's items, a number. */
  | { code: 'too_big'; origin: string; maximum: number; inclusive: boolean }
  | { code: 'too_small'; origin: string; minimum: number; inclusive: boolean }
  /** `format`: zod's name for it (date, datetime, regex…). */
  | { code: 'invalid_format'; format: string }
  /** One of `values` was expected (a choice, a literal, a union's discriminator); `missing`:
   *  the file has no value there at all (a file without `version`, a profile without its
   *  degree), said as missing rather than as a wrong value. */
  | { code: 'invalid_value'; values: AllowedValue[]; missing: boolean }
  | { code: 'not_multiple_of'; divisor: number }
  /** Fields Tidemark does not know (the first few, as the file spells them). */
  | { code: 'unrecognized_keys'; keys: string[] }
  /** The same `key` (an id, a snapshot's date) twice in one table: export-format.ts. */
  | { code: 'duplicate'; key: string; value: string }
  /** A rule across fields of a record (two tags the same, evidence for an unlinked skill). */
  | { code: 'rule'; rule: RecordRule }
  /** A ruleset override that does not apply, as the Rules screen reports it. */
  | { code: 'override'; issue: OverrideIssue }
  /** Anything else: the issue's message is all there is. */
  | { code: 'other' }

/** The params a custom issue of Tidemark's carries for its detail (export-format.ts). */
export interface DuplicateParams {
  tidemark: 'duplicate'
  key: string
  value: string
}

/** Unrecognized keys quoted in a detail: a hostile file may hold thousands. */
const MAX_KEYS = 5

/** A literal's value as it can be posted: a bigint as a number; undefined or a symbol (no
 *  export field takes either) as null. */
const allowedValue = (value: unknown): AllowedValue =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : typeof value === 'bigint'
      ? Number(value)
      : null

function isDuplicate(params: unknown): params is DuplicateParams {
  return (
    typeof params === 'object' &&
    params !== null &&
    (params as Partial<DuplicateParams>).tidemark === 'duplicate'
  )
}

/**
 * The detail of one zod issue. `missing` says whether the file has nothing at the issue's
 * path (zod drops the input it saw, and its message says "undefined" only in English).
 */
export function issueDetail(issue: z.core.$ZodIssue, missing: boolean): IssueDetail {
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'invalid_type', expected: issue.expected, missing }
    case 'too_big':
      return {
        code: 'too_big',
        origin: issue.origin,
        maximum: Number(issue.maximum),
        inclusive: issue.inclusive !== false,
      }
    case 'too_small':
      return {
        code: 'too_small',
        origin: issue.origin,
        minimum: Number(issue.minimum),
        inclusive: issue.inclusive !== false,
      }
    case 'invalid_format':
      return { code: 'invalid_format', format: issue.format }
    case 'invalid_value':
      return { code: 'invalid_value', values: issue.values.map(allowedValue), missing }
    case 'not_multiple_of':
      return { code: 'not_multiple_of', divisor: issue.divisor }
    case 'unrecognized_keys':
      return {
        code: 'unrecognized_keys',
        keys: issue.keys.slice(0, MAX_KEYS).map((key) => quoted(key, QUOTED.id)),
      }
    case 'invalid_union':
      // A discriminated union's unknown kind: one of its options was expected.
      return 'options' in issue
        ? { code: 'invalid_value', values: issue.options.map(allowedValue), missing }
        : { code: 'other' }
    case 'invalid_key': {
      // A record's key refused (a snapshot's domain name too long): what is wrong with it.
      const inner = issue.issues[0]
      return inner ? issueDetail(inner, false) : { code: 'other' }
    }
    case 'custom': {
      if (isDuplicate(issue.params)) {
        return {
          code: 'duplicate',
          key: issue.params.key,
          value: quoted(issue.params.value, QUOTED.id),
        }
      }
      return Object.hasOwn(RECORD_RULES, issue.message)
        ? { code: 'rule', rule: RECORD_RULES[issue.message as keyof typeof RECORD_RULES] }
        : { code: 'other' }
    }
    default:
      return { code: 'other' }
  }
}
