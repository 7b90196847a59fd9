import { Dexie } from 'dexie'
import OpenCC from 'opencc-js/t2cn'
import type { StoredJournalEntry } from '../../../renderer/data/records'
import { indexedEntry, JournalIndex } from '../../../renderer/data/search/journal-index'
import { createTokenizer } from '../../../renderer/data/search/tokenize'
import { exportDocumentSchema } from '../../../renderer/data/transfer/export-format'
import { checkStructure, parseImportJson } from '../../../renderer/data/transfer/import-checks'
import { applyImportAt } from '../../../renderer/data/transfer/import'
import { SCHEMA_V2, TidemarkDatabase } from '../../../renderer/data/db'
import type { ImportSplit, ImportSplitOptions } from './bench-api'
import { openFresh, parseStoreSpec, putAll, request } from './raw-put'

/**
 * Where an import's time goes: the stages of checkImportText (import.ts) and of the search
 * rebuild (search-service.ts) timed one by one on the same file and the same stored entries.
 * Same modules as the app, bundled the same way; the rebuild runs in a worker in the app and
 * on this page's thread here.
 */

// As the search worker folds (search-worker.ts).
const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })
const REBUILD_PAGE = 5000

function timed<T>(work: () => T): [T, number] {
  const start = performance.now()
  const value = work()
  return [value, performance.now() - start]
}

async function timedAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const value = await work()
  return [value, performance.now() - start]
}

/** One transaction of puts into a fresh database with the journal's store and indexes. */
async function rawPut(name: string, records: readonly unknown[]): Promise<void> {
  const db = await openFresh(name, parseStoreSpec(SCHEMA_V2.journal))
  await putAll(db, records)
  db.close()
  await request(indexedDB.deleteDatabase(name))
}

async function importSplit(options: ImportSplitOptions): Promise<ImportSplit> {
  const text = await (await fetch(options.exportUrl)).text()
  const [parsed, jsonParseMs] = timed(() => parseImportJson(text))
  const [, structureCheckMs] = timed(() => {
    checkStructure(parsed)
  })
  const [checked, schemaCheckMs] = timed(() => exportDocumentSchema.safeParse(parsed))
  if (!checked.success) throw new Error(`the export does not pass its schema: ${checked.error}`)

  const db = new Dexie(options.databaseName)
  await db.open()
  const [entries, readAllMs] = await timedAsync(() =>
    db.table<StoredJournalEntry, string>('journal').toArray(),
  )
  db.close()
  const texts = entries.map((entry) => {
    const row = indexedEntry(entry)
    return [row.title, row.body, row.tags, row.company]
  })
  const [, foldMs] = timed(() => {
    for (const fields of texts) for (const field of fields) fold(field.normalize('NFKC'))
  })
  const tokenize = createTokenizer(fold)
  const [, tokenizeMs] = timed(() => {
    for (const fields of texts) for (const field of fields) tokenize(field)
  })
  const [index, indexMs] = timed(() => {
    const built = new JournalIndex(fold)
    for (let start = 0; start < entries.length; start += REBUILD_PAGE) {
      built.upsert(entries.slice(start, start + REBUILD_PAGE).map(indexedEntry))
    }
    return built
  })
  const [json, serializeMs] = timed(() => index.toJSON())

  const scratch = new Dexie(options.scratchDatabaseName)
  scratch.version(1).stores({ searchIndex: 'id' })
  await scratch.open()
  const [, storeIndexMs] = await timedAsync(() =>
    scratch.table('searchIndex').put({ id: 'journal', revision: 1, json, tokenizerVersion: 1 }),
  )
  scratch.close()
  const [, loadIndexMs] = timed(() => new JournalIndex(fold, json))

  // The raw floor again, here: the same records put straight into a store with the journal's
  // indexes, on this origin (whose IndexedDB already holds the imported journal), so the
  // app's write below has a floor measured in the same place.
  const [, rawHereMs] = await timedAsync(() =>
    rawPut(`${options.scratchDatabaseName}-raw`, checked.data.data.journal),
  )

  // The import's write alone (no search indexing beside it), into an empty database with the
  // app's schema: the app's write code against the raw floors measured in their own browser.
  const writeDb = new TidemarkDatabase(`${options.scratchDatabaseName}-write`)
  await writeDb.delete()
  await writeDb.open()
  const [, writeAloneMs] = await timedAsync(() => applyImportAt(writeDb, checked.data, 'merge'))
  await writeDb.delete()

  return {
    rawHereMs,
    writeAloneMs,
    fileMB: new Blob([text]).size / 1e6,
    jsonParseMs,
    structureCheckMs,
    schemaCheckMs,
    readAllMs,
    foldMs,
    tokenizeMs,
    indexMs,
    serializeMs,
    indexMB: new Blob([json]).size / 1e6,
    storeIndexMs,
    loadIndexMs,
  }
}

window.benchImportSplit = importSplit
