/**
 * The raw IndexedDB write both bench pages time: a fresh database with the journal's store (and
 * the indexes asked for), and every record `put` in one transaction, with no Dexie, no checks
 * and no search index.
 */

export interface StoreSpec {
  keyPath: string
  indexes: { name: string; multiEntry: boolean; unique: boolean }[]
}

/** Reads a Dexie store spec ("id, date, *tags"): simple key paths only, as the journal has. */
export function parseStoreSpec(spec: string): StoreSpec {
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

export function request<T>(target: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    target.onsuccess = () => {
      resolve(target.result)
    }
    target.onerror = () => {
      reject(target.error ?? new Error('IndexedDB request failed'))
    }
  })
}

export async function openFresh(name: string, spec: StoreSpec): Promise<IDBDatabase> {
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

/** One transaction of puts, resolved when it commits. */
export function putAll(db: IDBDatabase, records: readonly unknown[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
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
}
