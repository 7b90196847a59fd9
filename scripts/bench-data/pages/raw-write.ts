import type { RawWriteOptions, RawWriteResult } from './bench-api'

/**
 * The floor an import is measured against: the journal's records written straight into a
 * database of this page's own, one `put` a record, in one transaction, with no Dexie, no
 * checks and no search index.
 */

interface StoreSpec {
  keyPath: string
  indexes: { name: string; multiEntry: boolean; unique: boolean }[]
}

/** Reads a Dexie store spec ("id, date, *tags"): simple key paths only, as the journal has. */
function parseStoreSpec(spec: string): StoreSpec {
  const [primary = 'id', ...rest] = spec.split(',').map((part) => part.trim())
  return {
    keyPath: primary,
    indexes: rest.map((part) => ({
      name: part.replace(/^[*&]/, ''),
      multiEntry: part.startsWith('*'),
      unique: part.startsWith('&'),
    })),
  }
}

function request<T>(target: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    target.onsuccess = () => {
      resolve(target.result)
    }
    target.onerror = () => {
      reject(target.error ?? new Error('IndexedDB request failed'))
    }
  })
}

async function openFresh(name: string, spec: StoreSpec): Promise<IDBDatabase> {
  await request(indexedDB.deleteDatabase(name))
  const opening = indexedDB.open(name, 1)
  opening.onupgradeneeded = () => {
    const store = opening.result.createObjectStore('journal', { keyPath: spec.keyPath })
    for (const index of spec.indexes) {
      store.createIndex(index.name, index.name, {
        multiEntry: index.multiEntry,
        unique: index.unique,
      })
    }
  }
  return request(opening)
}

async function rawWrite(options: RawWriteOptions): Promise<RawWriteResult> {
  const response = await fetch(options.exportUrl)
  const document = (await response.json()) as { data: { journal: unknown[] } }
  const records = document.data.journal
  const db = await openFresh(options.databaseName, parseStoreSpec(options.journalStore))
  const start = performance.now()
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('journal', 'readwrite')
    const store = transaction.objectStore('journal')
    for (const record of records) store.put(record)
    transaction.oncomplete = () => {
      resolve()
    }
    transaction.onabort = () => {
      reject(transaction.error ?? new Error('transaction aborted'))
    }
  })
  const writeMs = performance.now() - start
  db.close()
  return { records: records.length, writeMs }
}

window.benchRawWrite = rawWrite
