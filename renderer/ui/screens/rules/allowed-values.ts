import { rulesetSchema } from '../../../domain/ruleset/ruleset-schema'
import { definition, unwrap, type Definition, type Schema } from '../../form/zod-schema-walk'

/**
 * What a field of the ruleset takes, read from the ruleset's own schema, so a refusal can say
 * it in words ("Enter a number from 0 to 100") instead of zod's ("Too small: expected number
 * to be >=0"), and the range said is the one the engine checks.
 */
export type Allowed =
  | {
      kind: 'number'
      integer: boolean
      min: number | null
      /** `min` itself is refused (a positive number). */
      minExclusive: boolean
      max: number | null
    }
  | { kind: 'choice'; options: string[] }
  | { kind: 'yes-no' }

/** The schema at a path as the Rules screen names it (list items by id or position). */
function schemaAt(path: string): Schema | null {
  let current: Schema = rulesetSchema
  for (const segment of path === '' ? [] : path.split('.')) {
    const def = definition(unwrap(current))
    const next =
      def.type === 'object'
        ? def.shape?.[segment]
        : def.type === 'array'
          ? def.element
          : def.type === 'record'
            ? def.valueType
            : undefined
    if (!next) return null
    current = next
  }
  return unwrap(current)
}

function numberAllowed(def: Definition): Allowed {
  const allowed = { kind: 'number' as const, integer: false, minExclusive: false }
  let min: number | null = null
  let max: number | null = null
  for (const check of def.checks ?? []) {
    const { check: kind, value, inclusive, format } = check._zod.def
    if (kind === 'number_format' && (format === 'safeint' || format === 'int32')) {
      allowed.integer = true
    } else if (kind === 'greater_than' && typeof value === 'number') {
      min = value
      allowed.minExclusive = inclusive === false
    } else if (kind === 'less_than' && typeof value === 'number') {
      max = value
    }
  }
  return { ...allowed, min, max }
}

/** What the field at `path` takes, or null where it is not a number, a choice or a yes-or-no. */
export function allowedAt(path: string): Allowed | null {
  const schema = schemaAt(path)
  if (!schema) return null
  const def = definition(schema)
  switch (def.type) {
    case 'number':
      return numberAllowed(def)
    case 'enum':
      return { kind: 'choice', options: Object.values(def.entries ?? {}).map(String) }
    case 'boolean':
      return { kind: 'yes-no' }
    default:
      return null
  }
}
