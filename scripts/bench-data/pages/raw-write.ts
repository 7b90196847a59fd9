import type { RawWriteOptions, RawWriteResult } from './bench-api'
import { openFresh, parseStoreSpec, putAll } from './raw-put'

/**
 * The floor an import is measured against: the journal's records written straight into a
 * database of this page's own, one `put` a record, in one transaction, with no Dexie, no
 * checks and no search index.
 */

async function rawWrite(options: RawWriteOptions): Promise<RawWriteResult> {
  const response = await fetch(options.exportUrl)
  const document = (await response.json()) as { data: { journal: unknown[] } }
  const records = document.data.journal
  const db = await openFresh(options.databaseName, parseStoreSpec(options.journalStore))
  const start = performance.now()
  await putAll(db, records)
  const writeMs = performance.now() - start
  db.close()
  return { records: records.length, writeMs }
}

window.benchRawWrite = rawWrite
