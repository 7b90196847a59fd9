// Issue 6's data-layer figures, side by side in one run in Chromium: an import of 50,000
// journal entries against the raw IndexedDB write of the same records, search round trips to
// the search worker, and the journal's first page against a minimal React + Dexie page.
// Prints its figures; it is not a test and asserts nothing. Run: npm run bench:data
// Some steps only: npm run bench:data -- import search (steps: import, search, split, page;
// search and split need an imported database, so they run the import through Settings too).
//
// Everything runs against the app as built (electron-vite build), served on one origin with
// the bench pages (scripts/bench-data/), in Chromium on disk-backed profiles.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { DATABASE_NAME, SCHEMA_V2 } from '../renderer/data/db'
import { generateExport } from '../tests/helpers/export-generator'
import type { BrowserContext } from '@playwright/test'
import {
  type ImportTimes,
  importThroughSettings,
  readLongTasks,
  searchAsTyped,
  timeFirstList,
  watchLongTasks,
} from './bench-data/app-flows'
import { firstPage, Profiles } from './bench-data/browser'
import { describeMachine, loadAverage } from './bench-data/machine'
import type { ImportSplit, ListPainted, RawWriteOptions } from './bench-data/pages/bench-api'
import { buildSite } from './bench-data/site'
import { ascending, displayWidth, median, padDisplay, quantile } from './bench-data/stats'
import { writeSummary } from './bench-summary'
import { CHROMIUM_PATH } from './chromium.mjs'

const ENTRIES = 50_000
const FIRST_PAGE_ENTRIES = 10_000
/** Chinese (both scripts) and English, one word and two: as the journal's users search. */
const QUERIES = ['推理', '量化', '训练', '訓練', '面试', 'quant', 'inference', 'vLLM', '推理 量化']
const SEARCH_WARM_UP_ROUNDS = 20
const SEARCH_ROUNDS = 100
const TYPED_ROUNDS = 5
/**
 * Loads of each page, after one warm-up load that fills the HTTP cache. Neither page's modules
 * come from a V8 code cache: Chromium 156 writes one for them (from the second load) but never
 * reads it back while its BackgroundResourceFetch feature is on (the default); classic scripts'
 * are read back from the third load. So both pages parse their code at every load, as browser
 * mode does on these Chromiums. With the feature off, both read their caches and both get
 * faster, the minimal page more (new tab, load ~9: 131 -> 77 ms, the app 162 -> 130 ms).
 */
const PAINT_RUNS = 7
const TARGET = { importRatio: 1.5, searchP95Ms: 10, firstPageRatio: 1.3 }

const STEPS = ['import', 'search', 'split', 'page'] as const
type Step = (typeof STEPS)[number]
const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
const unknown = asked.filter((arg) => !(STEPS as readonly string[]).includes(arg))
if (unknown.length > 0) {
  throw new Error(`unknown step ${unknown.join(', ')}: the steps are ${STEPS.join(', ')}`)
}
const steps = new Set<Step>(asked.length === 0 ? STEPS : (asked as Step[]))
const runs = (step: Step) => steps.has(step)
const needsImport = runs('import') || runs('search') || runs('split')

const started = performance.now()
const loadAtStart = loadAverage()
const root = resolve(import.meta.dirname, '..')
const bigExport = generateExport(ENTRIES, 1)
const smallExport = generateExport(FIRST_PAGE_ENTRIES, 2)
const siteDir = mkdtempSync(join(tmpdir(), 'tidemark-bench-site-'))
const site = await buildSite({
  root,
  siteDir,
  exports: { 'export-big.json': bigExport.text, 'export-small.json': smallExport.text },
}).catch((error: unknown) => {
  rmSync(siteDir, { recursive: true, force: true })
  throw error
})
const bigFile = join(siteDir, 'bench', 'export-big.json')
const smallFile = join(siteDir, 'bench', 'export-small.json')
const profiles = new Profiles(site.url)
const log = (step: string) => {
  console.error(`  … ${step} (${((performance.now() - started) / 1000).toFixed(0)} s)`)
}

// The bench pages live in /bench/pages/, the export files in /bench/.
const exportUrl = '../export-big.json'

/** 1a. The floor: the same records straight into IndexedDB, in a browser of their own. */
async function measureFloor() {
  log('raw IndexedDB writes')
  const floorContext = await profiles.launch(profiles.fresh('floor'))
  const floorPage = await firstPage(floorContext)
  await floorPage.goto('bench/pages/raw-write.html')
  const rawWrite = (options: RawWriteOptions) =>
    floorPage.evaluate(async (given) => {
      if (!window.benchRawWrite) throw new Error('the raw-write page did not load')
      return window.benchRawWrite(given)
    }, options)
  const plain = await rawWrite({ exportUrl, databaseName: 'floor', journalStore: 'id' })
  const indexed = await rawWrite({
    exportUrl,
    databaseName: 'floor-indexed',
    journalStore: SCHEMA_V2.journal,
  })
  await floorContext.close()
  return { plain, indexed }
}

/** 2. Searching, in the journal screen as typed and as worker round trips. */
async function measureSearch(appContext: BrowserContext) {
  // 2a. Searching as the user types, in the journal screen of a new tab (the import's garbage
  // and its tab gone), once the worker has loaded the stored index.
  log('searches in the journal screen')
  const journalPage = await appContext.newPage()
  journalPage.setDefaultTimeout(300_000)
  await journalPage.goto('/#/journal')
  await journalPage.locator('li.timeline-row:not([aria-busy])').first().waitFor()
  for (const query of QUERIES) await searchAsTyped(journalPage, query)
  await watchLongTasks(journalPage)
  const typed: number[] = []
  for (let round = 0; round < TYPED_ROUNDS; round++) {
    for (const query of QUERIES) typed.push(await searchAsTyped(journalPage, query))
  }
  const typedLongTasks = await readLongTasks(journalPage)
  await journalPage.close()

  // 2b. Round trips to the built search worker, from a bench page's UI thread.
  log('search worker round trips')
  const searchPage = await appContext.newPage()
  await searchPage.goto('bench/pages/search.html')
  const opened = await searchPage.evaluate(
    async ({ workerUrl, databaseName }) => {
      if (!window.benchSearch) throw new Error('the search page did not load')
      return window.benchSearch.open(workerUrl, databaseName)
    },
    { workerUrl: `../../${site.workerPath}`, databaseName: DATABASE_NAME },
  )
  const searched = await searchPage.evaluate(
    async ({ queries, warmUp, rounds }) => {
      if (!window.benchSearch) throw new Error('the search page did not load')
      return window.benchSearch.measure(queries, warmUp, rounds)
    },
    { queries: QUERIES, warmUp: SEARCH_WARM_UP_ROUNDS, rounds: SEARCH_ROUNDS },
  )
  await searchPage.close()
  return { typed, typedLongTasks, opened, searched }
}

/** 1c. Where the import's time goes: its stages one by one, with the app's own modules. */
async function measureSplit(appContext: BrowserContext) {
  log('import stage by stage')
  const splitPage = await appContext.newPage()
  splitPage.setDefaultTimeout(300_000)
  await splitPage.goto('bench/pages/import-split.html')
  const split = await splitPage.evaluate(
    async (options) => {
      if (!window.benchImportSplit) throw new Error('the import-split page did not load')
      return window.benchImportSplit(options)
    },
    { exportUrl, databaseName: DATABASE_NAME, scratchDatabaseName: 'split-scratch' },
  )
  await splitPage.close()
  return split
}

/** 3. The journal's first page with 10,000 entries stored, against the minimal page. */
async function measureFirstPage() {
  log('first journal page')
  const pageProfile = profiles.fresh('first-page')
  const setupContext = await profiles.launch(pageProfile)
  await importThroughSettings(await firstPage(setupContext), smallFile)
  await setupContext.close()
  const pages = {
    app: '/#/journal',
    minimal: `bench/minimal/index.html?db=${encodeURIComponent(DATABASE_NAME)}`,
  } as const
  const launched: Record<keyof typeof pages, ListPainted[]> = { app: [], minimal: [] }
  for (let run = 0; run <= PAINT_RUNS; run++) {
    // Alternate which goes first, so neither always follows the other's disk reads.
    const order = run % 2 === 0 ? (['app', 'minimal'] as const) : (['minimal', 'app'] as const)
    for (const name of order) {
      const context = await profiles.launch(pageProfile)
      const painted = await timeFirstList(await firstPage(context), pages[name], name)
      await context.close()
      if (run > 0) launched[name].push(painted)
    }
  }
  const tabs: Record<keyof typeof pages, ListPainted[]> = { app: [], minimal: [] }
  const tabContext = await profiles.launch(pageProfile)
  for (let run = 0; run <= PAINT_RUNS; run++) {
    for (const name of ['app', 'minimal'] as const) {
      const page = await tabContext.newPage()
      const painted = await timeFirstList(page, pages[name], name)
      await page.close()
      if (run > 0) tabs[name].push(painted)
    }
  }
  await tabContext.close()
  return { launched, tabs }
}

try {
  const floor = runs('import') ? await measureFloor() : null
  let imported: ImportTimes | null = null
  let search: Awaited<ReturnType<typeof measureSearch>> | null = null
  let split: ImportSplit | null = null
  if (needsImport) {
    // 1b. The app's import, through Settings, until a search answers.
    log('import through Settings')
    const appContext = await profiles.launch(profiles.fresh('import'))
    const appPage = await firstPage(appContext)
    imported = await importThroughSettings(appPage, bigFile)
    await appPage.close()
    if (runs('search')) search = await measureSearch(appContext)
    if (runs('split')) split = await measureSplit(appContext)
    await appContext.close()
  }
  const firstPages = runs('page') ? await measureFirstPage() : null

  report({ floor, imported, search, split, firstPages })
} finally {
  profiles.removeAll()
  await site.close()
  rmSync(siteDir, { recursive: true, force: true })
}

interface Measured {
  floor: Awaited<ReturnType<typeof measureFloor>> | null
  imported: ImportTimes | null
  search: Awaited<ReturnType<typeof measureSearch>> | null
  split: ImportSplit | null
  firstPages: Awaited<ReturnType<typeof measureFirstPage>> | null
}

function report({ floor, imported, search, split, firstPages }: Measured) {
  const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`
  const s = (value: number) => `${(value / 1000).toFixed(1)} s`
  const ratio = (value: number) => `${value.toFixed(2)}×`
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED')
  const painted = (list: ListPainted[]) => median(list.map((run) => run.paintedMs))

  const rows = [['figure', 'measured', 'floor / baseline', 'ratio', 'target', '']]
  const summary: Record<string, number> = {}
  if (floor && imported) {
    // The target is read against the raw write of the same records into the journal's own
    // store, with the IndexedDB indexes issue 6 itself asks for (date, kind, tag, linked skill):
    // those indexes alone make the plain put ~1.5× slower (the second row's last column), so
    // an import that keeps them could not meet 1.5× of a put without them whatever else it did.
    // Both rows are printed, side by side, from the same run.
    const importRatio = imported.totalMs / floor.plain.writeMs
    const indexedRatio = imported.totalMs / floor.indexed.writeMs
    const indexesAlone = floor.indexed.writeMs / floor.plain.writeMs
    Object.assign(summary, {
      importMs: imported.totalMs,
      floorMs: floor.plain.writeMs,
      indexedFloorMs: floor.indexed.writeMs,
      importRatio,
      importRatioIndexed: indexedRatio,
    })
    rows.push(
      [
        `1 import ${ENTRIES.toLocaleString('en')} entries, searchable`,
        s(imported.totalMs),
        `raw put, the journal's indexes: ${s(floor.indexed.writeMs)}`,
        ratio(indexedRatio),
        `≤ ${TARGET.importRatio}×`,
        verdict(indexedRatio <= TARGET.importRatio),
      ],
      [
        '  same, against a put with no index',
        '',
        `raw put, no index: ${s(floor.plain.writeMs)}`,
        ratio(importRatio),
        '',
        `(the indexes alone: ${ratio(indexesAlone)})`,
      ],
    )
  }
  const perQuery = (search?.searched.queries ?? []).map((query) => {
    const sorted = ascending(query.times)
    return { ...query, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) }
  })
  if (search) {
    const { searched, typed, typedLongTasks } = search
    const allTimes = ascending(searched.queries.flatMap((query) => query.times))
    const p50 = quantile(allTimes, 0.5)
    const p95 = quantile(allTimes, 0.95)
    const worst = perQuery.reduce((a, b) => (b.p95 > a.p95 ? b : a))
    const typedSorted = ascending(typed)
    Object.assign(summary, {
      searchP50Ms: p50,
      searchP95Ms: p95,
      worstQueryP95Ms: worst.p95,
      searchLongTasks: searched.longTasks,
    })
    rows.push(
      [
        '2 search, worker round trip p50 / p95',
        `${ms(p50)} / ${ms(p95)}`,
        `${QUERIES.length} queries × ${SEARCH_ROUNDS}`,
        '',
        `p95 ≤ ${TARGET.searchP95Ms} ms`,
        verdict(p95 <= TARGET.searchP95Ms),
      ],
      [
        '  worst query p95',
        `${ms(worst.p95)} (${worst.query})`,
        '',
        '',
        `≤ ${TARGET.searchP95Ms} ms`,
        verdict(worst.p95 <= TARGET.searchP95Ms),
      ],
      [
        '  UI thread while searching',
        `longest task ${searched.longTasks === 0 ? 'none ≥ 50 ms' : ms(searched.longestTaskMs)}`,
        `longest frame gap ${ms(searched.longestFrameGapMs)}`,
        '',
        'no long task',
        verdict(searched.longTasks === 0),
      ],
      [
        '  typed in the journal screen p50 / p95',
        `${ms(quantile(typedSorted, 0.5))} / ${ms(quantile(typedSorted, 0.95))}`,
        `query → 50 matches listed, ×${typed.length}`,
        '',
        'no long task',
        verdict(typedLongTasks.length === 0),
      ],
    )
  }
  if (firstPages) {
    const { launched, tabs } = firstPages
    const launchRatio = painted(launched.app) / painted(launched.minimal)
    const tabRatio = painted(tabs.app) / painted(tabs.minimal)
    Object.assign(summary, { firstPageLaunchRatio: launchRatio, firstPageTabRatio: tabRatio })
    rows.push(
      [
        `3 first journal page, ${FIRST_PAGE_ENTRIES.toLocaleString('en')} stored (launch)`,
        ms(painted(launched.app)),
        `minimal React + Dexie: ${ms(painted(launched.minimal))}`,
        ratio(launchRatio),
        `≤ ${TARGET.firstPageRatio}×`,
        verdict(launchRatio <= TARGET.firstPageRatio),
      ],
      [
        '  same, in a new tab',
        ms(painted(tabs.app)),
        `minimal React + Dexie: ${ms(painted(tabs.minimal))}`,
        ratio(tabRatio),
        `≤ ${TARGET.firstPageRatio}×`,
        verdict(tabRatio <= TARGET.firstPageRatio),
      ],
    )
  }
  // \`npm run bench\` reads the headline figures: only a whole run hands them over.
  if (STEPS.every(runs)) writeSummary('data', summary)

  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => displayWidth(row[column] ?? ''))),
  )
  console.log(
    `\nTidemark data layer (npm run bench:data${asked.length > 0 ? ` -- ${asked.join(' ')}` : ''})`,
  )
  console.log(`Machine: ${describeMachine(CHROMIUM_PATH)}`)
  console.log(
    `Load average ${loadAtStart.toFixed(1)} at the start, ${loadAverage().toFixed(1)} at the end (above the core count, other work competed for the CPU and every figure is slower)\n`,
  )
  for (const row of rows) {
    console.log(
      row
        .map((cell, column) => padDisplay(cell, widths?.[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
  }

  if (imported) {
    console.log(
      `\n1 Import (${(bigExport.text.length / 1e6).toFixed(1)} M characters, merge into an empty database):`,
    )
    console.log(
      `  through Settings: check ${s(imported.checkMs)} · write ${s(imported.writeMs)} · search index ${s(imported.indexMs)} · first search ${ms(imported.searchMs)}`,
    )
    console.log(
      `  longest UI-thread task meanwhile: ${ms(imported.longestTaskMs)} (the window cannot respond that long); by step: check ${ms(imported.longestTaskBy.check)} · write ${ms(imported.longestTaskBy.write)} · search index ${ms(imported.longestTaskBy.index)} · journal opened and searched ${ms(imported.longestTaskBy.search)}`,
    )
    console.log(
      `  the index's copy stored ${s(imported.storedAfterMs)} after the first search answered (not counted: the index in memory answers)`,
    )
  }
  if (floor) {
    console.log(
      `  floor with the journal's ${SCHEMA_V2.journal.split(',').length - 1} IndexedDB indexes (${SCHEMA_V2.journal}): ${s(floor.indexed.writeMs)}`,
    )
  }
  if (split) {
    console.log(`  the file: ${split.fileMB.toFixed(1)} MB`)
    console.log(
      `  write, alone (the app's applyImportAt into an empty database, no search indexing beside it): ${s(split.writeAloneMs)}; raw puts with the journal's indexes on the same origin just before: ${s(split.rawHereMs)}`,
    )
    console.log(
      `  check, stage by stage: JSON.parse ${ms(split.jsonParseMs)} · structure walk ${ms(split.structureCheckMs)} · zod schema ${ms(split.schemaCheckMs)}`,
    )
    console.log(
      `  index, stage by stage: read all ${ms(split.readAllMs)} · tokenize ${ms(split.tokenizeMs)} (of which opencc fold ${ms(split.foldMs)}) · MiniSearch build ${ms(split.indexMs)} (tokenizing included) · serialize ${ms(split.serializeMs)} (${split.indexMB.toFixed(1)} MB) · store ${ms(split.storeIndexMs)}`,
    )
    console.log(
      `  every later start loads that index in the worker: ${ms(split.loadIndexMs)} to parse`,
    )
  }

  if (search) {
    const { opened, typedLongTasks } = search
    console.log(
      `\n2 Search over ${opened.status.documents.toLocaleString('en')} entries (open round trip ${ms(opened.openMs)}, index ${opened.status.source}), round trip UI thread → worker → UI thread, after ${SEARCH_WARM_UP_ROUNDS} warm-up rounds:`,
    )
    const expected: Record<string, number> = bigExport.counts
    for (const query of perQuery) {
      const check = query.query in expected ? ` (generator: ${expected[query.query]})` : ''
      console.log(
        `  ${padDisplay(query.query, 10)} p50 ${ms(query.p50).padStart(8)}  p95 ${ms(query.p95).padStart(8)}  matches ${query.total.toLocaleString('en')}${check}`,
      )
    }
    console.log(
      `  typed in the journal screen: long tasks ${typedLongTasks.length === 0 ? 'none' : typedLongTasks.map(ms).join(', ')}`,
    )
  }

  if (firstPages) {
    const { launched, tabs } = firstPages
    console.log(
      `\n3 First page (medians of ${PAINT_RUNS}, after one warm-up load each; ms from navigation start to the first 5 entries painted):`,
    )
    const list = (runs: ListPainted[]) => runs.map((run) => run.paintedMs.toFixed(0)).join(' ')
    console.log(`  new browser: app ${list(launched.app)} · minimal ${list(launched.minimal)}`)
    console.log(`  new tab:     app ${list(tabs.app)} · minimal ${list(tabs.minimal)}`)
  }
  console.log(`\nWhole run: ${s(performance.now() - started)}`)
}
