import type { ExportData, ExportTable } from './export-format'

/**
 * The stored copy of every record of the list tables, by key, as the data was read just before
 * a replace: what lets the replace say which of its records differ from the ones they take the
 * place of (merge.ts: sameRecord, content and all), without reading the stored records a second
 * time (the export made before a replace, for its undo, has just read them all). The records
 * themselves, not a digest of each: the export has them at hand already, and only those with
 * the file's stamp need their content compared, a chunk at a time as the replace writes.
 */
export type StoredVersions = Partial<Record<ExportTable, ReadonlyMap<string, object>>>

/** The list tables' records in `data` (an export's data as read), by key. */
export function storedVersions(data: ExportData): StoredVersions {
  const byKey = <Row extends object>(rows: readonly Row[], keyOf: (row: Row) => string) =>
    new Map<string, object>(rows.map((row) => [keyOf(row), row]))
  return {
    skills: byKey(data.skills, (row) => row.id),
    skillSnapshots: byKey(data.skillSnapshots, (row) => row.date),
    offers: byKey(data.offers, (row) => row.id),
    journal: byKey(data.journal, (row) => row.id),
    goals: byKey(data.goals, (row) => row.id),
  }
}
