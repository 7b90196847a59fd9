import type { ExportTable } from './export-format'
import { QUOTED, quoted } from './import-problems'

/**
 * The fields that name a record of each list table as the user knows it (an offer by its
 * employer and role, a skill by its name, a journal entry by its date and title): an import
 * refusal says "Offers, record 3 (Acme · Staff engineer)" rather than only its position.
 */
const LABEL_FIELDS: Partial<Record<ExportTable, readonly string[]>> = {
  skills: ['name'],
  offers: ['company', 'role'],
  journal: ['date', 'title'],
  goals: ['title'],
}

/**
 * A record's label from the file, its naming fields joined (" · "), each one only where it is
 * text and is not the field the refusal is about (`wrongField`); null where none is. Quoted short: a hostile
 * file's 2 MB title must not become the message.
 */
export function recordLabel(table: ExportTable, row: unknown, wrongField?: unknown): string | null {
  if (typeof row !== 'object' || row === null) return null
  const parts = (LABEL_FIELDS[table] ?? [])
    // The field that is wrong is named by the message: not quoted as the record's name too.
    .filter((field) => field !== wrongField)
    .map((field) => (row as Record<string, unknown>)[field])
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim().replace(/\s+/g, ' '))
    .filter((value) => value !== '')
  return parts.length === 0 ? null : quoted(parts.join(' · '), QUOTED.label)
}
