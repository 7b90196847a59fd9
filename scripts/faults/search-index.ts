import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, type BrowserContext } from '@playwright/test'
import { DATABASE_NAME } from '../../renderer/data/db'
import { EN, importThroughUi, journalCount, jsonFile } from '../../tests/e2e/data-helpers'
import { generateExport } from '../../tests/helpers/export-generator'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs'
import { defineNameHelper, searchAnswers, waitForStoredIndex } from './stored-state'

/**
 * The persisted search index (the searchIndex table's 'journal' row, which the search worker
 * loads at start: renderer/data/search/search-service.ts) deleted or corrupted between two
 * runs of the app, each way below. At the next start the app must rebuild it, store it again,
 * and answer searches exactly (English and Chinese probes, counted in the generated journal).
 */

/** How the stored row is spoiled, run in the page (the row is a plain object or undefined). */
export const CORRUPTIONS = {
  'row deleted': 'delete',
  'table emptied': 'clear',
  'not JSON': { json: 'not json at all {' },
  'JSON cut in half': 'half',
  'JSON of another shape': { json: '{"serializationVersion":2}' },
  'empty text': { json: '' },
  'a number instead of text': { json: 42 },
  // A well-formed index that claims five entries and holds none, at the current revision.
  'another, empty index': {
    json: '{"documentCount":5,"nextId":0,"documentIds":{},"fieldIds":{"title":0,"body":1,"tags":2,"company":3},"fieldLength":{},"averageFieldLength":[0,0,0,0],"storedFields":{},"dirtCount":0,"index":[],"serializationVersion":2}',
  },
  'no revision': { revision: null },
  'unknown tokenizer': { tokenizerVersion: 999 },
} as const

export type Corruption = keyof typeof CORRUPTIONS

export interface IndexTrial {
  corruption: Corruption
  /** The app answered both probes exactly after the restart. */
  searchOk: boolean
  /** It stored a rebuilt index again (the row's revision is the journal's). */
  storedAgain: boolean
  detail: string
}

const ENTRIES = 5000

function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
    args: CHROMIUM_ARGS,
    locale: 'en-US',
  })
}

async function firstPage(context: BrowserContext) {
  return context.pages()[0] ?? (await context.newPage())
}

export async function runSearchIndexTrials(
  appUrl: string,
  rendererDir: string,
  log: (step: string) => void = () => undefined,
): Promise<IndexTrial[]> {
  const journal = generateExport(ENTRIES, 31)
  const profile = mkdtempSync(join(tmpdir(), 'tidemark-faults-index-'))
  // A page of the app's origin that does not run the app, to spoil the database between runs.
  const asset = readdirSync(join(rendererDir, 'assets')).find((name) => name.endsWith('.css'))
  if (!asset) throw new Error(`no stylesheet in ${rendererDir}/assets`)
  const quietUrl = new URL(`assets/${asset}`, appUrl).href
  const trials: IndexTrial[] = []
  try {
    const setup = await launch(profile)
    try {
      const page = await firstPage(setup)
      await page.goto(new URL('#/settings', appUrl).href)
      await importThroughUi(page, jsonFile('journal.json', journal.text), 'merge', EN, {
        timeout: 60_000,
      })
      await page.goto(new URL('#/journal', appUrl).href)
      if (!(await waitForStoredIndex(page, 60_000))) throw new Error('the index was never stored')
    } finally {
      await setup.close()
    }

    for (const [corruption, how] of Object.entries(CORRUPTIONS) as [
      Corruption,
      (typeof CORRUPTIONS)[Corruption],
    ][]) {
      log(`search index: ${corruption}`)
      const context = await launch(profile)
      try {
        const page = await firstPage(context)
        await page.goto(quietUrl)
        await defineNameHelper(page)
        await page.evaluate(
          async ({ name, how }) => {
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
              const request = indexedDB.open(name)
              request.onsuccess = () => {
                resolve(request.result)
              }
              request.onerror = () => {
                reject(new Error(String(request.error)))
              }
            })
            const store = db.transaction('searchIndex', 'readwrite').objectStore('searchIndex')
            const done = (request: IDBRequest) =>
              new Promise<unknown>((resolve, reject) => {
                request.onsuccess = () => {
                  resolve(request.result)
                }
                request.onerror = () => {
                  reject(new Error(String(request.error)))
                }
              })
            const row = (await done(store.get('journal'))) as Record<string, unknown> | undefined
            if (!row) throw new Error('no stored index to spoil')
            if (how === 'delete') await done(store.delete('journal'))
            else if (how === 'clear') await done(store.clear())
            else if (how === 'half') {
              const json = String(row['json'])
              await done(store.put({ ...row, json: json.slice(0, json.length / 2) }))
            } else await done(store.put({ ...row, ...how }))
            db.close()
          },
          { name: DATABASE_NAME, how },
        )
        await context.close()
      } catch (error) {
        await context.close()
        throw error
      }

      // The next run of the app.
      const next = await launch(profile)
      try {
        const page = await firstPage(next)
        await page.goto(new URL('#/journal', appUrl).href)
        await expect(journalCount(page)).toHaveText(EN.entries(ENTRIES), { timeout: 60_000 })
        const detail =
          (await searchAnswers(page, 'quant', journal.counts.quant)) ||
          (await searchAnswers(page, '推理', journal.counts['推理']))
        const searchOk = detail === ''
        const storedAgain = await waitForStoredIndex(page, 30_000)
        trials.push({ corruption, searchOk, storedAgain, detail })
      } finally {
        await next.close()
      }
    }
    return trials
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}
