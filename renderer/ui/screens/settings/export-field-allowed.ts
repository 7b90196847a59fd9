import { exportDataSchema, type ExportTable } from '../../../data/transfer/export-format'
import { definition, unwrap, type Definition, type Schema } from '../../form/zod-schema-walk'

/**
 * What a field of an export file takes, read from the export's own schema, so a refusal can
 * say it in words ("a whole number from 0 to 4", "one of Learning, Project, …") instead of
 * zod's ("Too big: expected number to be <=4"). The same reading as the Rules screen's
 * allowed-values.ts, over the export's tables.
 */
export type FieldAllowed =
  | { kind: 'number'; integer: boolean; min: number | null; max: number | null }
  | { kind: 'choice'; options: string[] }
  | { kind: 'yes-no' }
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'date-time' }

/** The schema of one record of `table` (a list's element, or the single row). */
function recordSchema(table: ExportTable): Schema | null {
  const shape = definition(exportDataSchema).shape
  const tableSchema = shape?.[table]
  if (!tableSchema) return null
  const def = definition(unwrap(tableSchema))
  return def.type === 'array' && def.element ? def.element : unwrap(tableSchema)
}

/** The schema at a field's dotted path inside a record (list items by position). */
function schemaAt(table: ExportTable, field: string): Schema | null {
  let current = recordSchema(table)
  for (const segment of field === '' ? [] : field.split('.')) {
    if (!current) return null
    const def = definition(unwrap(current))
    current =
      def.type === 'object'
        ? (def.shape?.[segment] ?? null)
        : def.type === 'array'
          ? (def.element ?? null)
          : def.type === 'record'
            ? (def.valueType ?? null)
            : null
  }
  return current ? unwrap(current) : null
}

function numberAllowed(def: Definition): FieldAllowed {
  let integer = false
  let min: number | null = null
  let max: number | null = null
  for (const check of def.checks ?? []) {
    const { check: kind, value, format } = check._zod.def
    if (kind === 'number_format' && (format === 'safeint' || format === 'int32')) integer = true
    else if (kind === 'greater_than' && typeof value === 'number') min = value
    else if (kind === 'less_than' && typeof value === 'number') max = value
  }
  return { kind: 'number', integer, min, max }
}

/** What the field at `field` of a `table` record takes, or null where it is none of these. */
export function exportFieldAllowed(table: ExportTable, field: string): FieldAllowed | null {
  const schema = schemaAt(table, field)
  if (!schema) return null
  const def = definition(schema)
  switch (def.type) {
    case 'number':
      return numberAllowed(def)
    case 'enum':
      return { kind: 'choice', options: Object.values(def.entries ?? {}).map(String) }
    case 'boolean':
      return { kind: 'yes-no' }
    case 'string':
      return def.format === 'date'
        ? { kind: 'date' }
        : def.format === 'datetime'
          ? { kind: 'date-time' }
          : { kind: 'text' }
    default:
      return null
  }
}
