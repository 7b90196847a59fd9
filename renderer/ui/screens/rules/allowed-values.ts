import { rulesetSchema } from '../../../domain/ruleset/ruleset-schema'

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

/** The parts of a zod schema's definition read here (zod's own types are internal). */
interface Definition {
  type: string
  shape?: Record<string, Schema>
  element?: Schema
  valueType?: Schema
  innerType?: Schema
  in?: Schema
  getter?: () => Schema
  entries?: Record<string, string | number>
  checks?: {
    _zod: { def: { check: string; value?: unknown; inclusive?: boolean; format?: string } }
  }[]
}
interface Schema {
  _zod: { def: unknown }
}

const definition = (schema: Schema) => schema._zod.def as Definition

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'readonly', 'prefault', 'catch'])

function unwrap(schema: Schema): Schema {
  let current = schema
  for (let step = 0; step < 10; step++) {
    const def = definition(current)
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType
    else if (def.type === 'lazy' && def.getter) current = def.getter()
    else if (def.type === 'pipe' && def.in) current = def.in
    else break
  }
  return current
}

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
