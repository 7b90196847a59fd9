import type { ExportData, ExportTable } from './export-format'
import { recordVersion } from './merge'

/**
 * The version (merge.ts: recordVersion) of every record of the list tables, by key, as the data
 * was read just before a replace: what lets the replace say which of its records differ from
 * the ones they take the place of, without reading the stored records a second time (the
 * export made before a replace, for its undo, has just read them all).
 */
export type StoredVersions = Partial<Record<ExportTable, ReadonlyMap<string, string>>>

/** The versions of the list tables' records in `data` (an export's data as read). */
export function storedVersions(data: ExportData): StoredVersions {
  const byKey = <Row extends object>(rows: readonly Row[], keyOf: (row: Row) => string) =>
    new Map(rows.map((row) => [keyOf(row), recordVersion(row)]))
  return {
    skills: byKey(data.skills, (row) => row.id),
    skillSnapshots: byKey(data.skillSnapshots, (row) => row.date),
    offers: byKey(data.offers, (row) => row.id),
    journal: byKey(data.journal, (row) => row.id),
    goals: byKey(data.goals, (row) => row.id),
  }
}
