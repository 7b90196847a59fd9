/**
 * Reading a zod 4 schema's definition, to say in words what a field takes (the Rules screen's
 * allowed-values.ts, Settings' export-field-allowed.ts). zod's own definition types are
 * internal; these are the parts read.
 */
export interface Definition {
  type: string
  shape?: Record<string, Schema>
  element?: Schema
  valueType?: Schema
  innerType?: Schema
  in?: Schema
  getter?: () => Schema
  entries?: Record<string, string | number>
  format?: string
  checks?: {
    _zod: { def: { check: string; value?: unknown; inclusive?: boolean; format?: string } }
  }[]
}

export interface Schema {
  _zod: { def: unknown }
}

export const definition = (schema: Schema) => schema._zod.def as Definition

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'readonly', 'prefault', 'catch'])

/** The schema inside its wrappers (optional, default, lazy, a pipe's input…). */
export function unwrap(schema: Schema): Schema {
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
