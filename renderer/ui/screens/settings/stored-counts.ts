import type { TidemarkDatabase } from '../../../data/db'
import {
  EXPORT_TABLES,
  transferTables,
  type ExportTable,
} from '../../../data/transfer/export-format'

export interface StoredCount {
  table: ExportTable
  count: number
}

/** What is stored now, a count a table that holds anything (file order): what a replace removes. */
export async function storedCounts(db: TidemarkDatabase): Promise<StoredCount[]> {
  const counts = await Promise.all(transferTables(db).map((table) => table.count()))
  return EXPORT_TABLES.map((table, index) => ({ table, count: counts[index] ?? 0 })).filter(
    (row) => row.count > 0,
  )
}
