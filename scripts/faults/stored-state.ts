import { expect, type Page } from '@playwright/test'
import { DATABASE_NAME } from '../../renderer/data/db'
import { EN, journalCount } from '../../tests/e2e/data-helpers'

/**
 * tsx (esbuild, keepNames) wraps a function's named inner functions in `__name(…)`, a helper
 * that exists in Node, not in the page a function passed to page.evaluate runs in: define it
 * there, as the identity it is for our purposes.
 */
export async function defineNameHelper(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (target) => target')
}

/** What the app's database holds, read straight from IndexedDB (no Dexie, no app code). */
export interface StoredState {
  journalIds: string[]
  /** The journal's revision (meta 'journalRevision'), 0 when never written. */
  revision: number
  /** The stored search index's revision, null when there is no stored index. */
  indexRevision: number | null
}

/**
 * Reads the app's database from a page of its origin. Only once the app has opened the
 * database: opening one that does not exist yet would create an empty version 1.
 */
export async function readStoredState(page: Page): Promise<StoredState> {
  await defineNameHelper(page)
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onsuccess = () => {
        resolve(request.result)
      }
      request.onerror = () => {
        reject(new Error(String(request.error)))
      }
    })
    try {
      const transaction = db.transaction(['journal', 'meta', 'searchIndex'], 'readonly')
      const read = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => {
            resolve(request.result)
          }
          request.onerror = () => {
            reject(new Error(String(request.error)))
          }
        })
      const [keys, meta, index] = await Promise.all([
        read(transaction.objectStore('journal').getAllKeys()),
        read(transaction.objectStore('meta').get('journalRevision')) as Promise<
          { value?: unknown } | undefined
        >,
        read(transaction.objectStore('searchIndex').get('journal')) as Promise<
          { revision?: unknown } | undefined
        >,
      ])
      return {
        journalIds: keys.map(String),
        revision: typeof meta?.value === 'number' ? meta.value : 0,
        indexRevision: typeof index?.revision === 'number' ? index.revision : null,
      }
    } finally {
      db.close()
    }
  }, DATABASE_NAME)
}

/** Polls until the stored search index is the one of the stored journal (rebuilt and saved). */
export async function waitForStoredIndex(page: Page, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const state = await readStoredState(page)
    if (state.indexRevision === state.revision) return true
    await page.waitForTimeout(250)
  }
  return false
}

/** The same ids, whatever their order. */
export function sameIds(stored: readonly string[], expected: readonly string[]): boolean {
  if (stored.length !== expected.length) return false
  const wanted = new Set(expected)
  return stored.every((id) => wanted.has(id))
}

/**
 * Searches the journal screen for `query` and waits for its answer to say `expected` matches.
 * Only the count is judged (data-helpers' expectSearchCount also counts the rows listed, which
 * depends on the timeline's layout, not on the search).
 */
export async function searchAnswers(
  page: Page,
  query: string,
  expected: number,
  timeoutMs = 60_000,
): Promise<string> {
  await page.getByRole('searchbox', { name: EN.search }).fill(query)
  try {
    await expect(journalCount(page)).toHaveText(EN.matches(expected), { timeout: timeoutMs })
    return ''
  } catch {
    const shown = await journalCount(page)
      .textContent({ timeout: 1000 })
      .catch(() => null)
    return `“${query}”: ${shown ?? 'no answer'} (expected ${EN.matches(expected)})`
  }
}
