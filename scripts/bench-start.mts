// Issue 10's start-up figures, side by side in one run in Chromium: a cold start to the
// interactive dashboard with 10,000 journal entries, 200 skills and 100 offers stored, against a
// minimal React + Dexie page (same toolchain) listing the newest 50 of the same entries; and
// the JavaScript heap once the dashboard is up. Prints its figures; asserts nothing.
// Run: npm run bench:start (npm run bench runs it with the others and prints one table).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { BrowserContext, Page } from '@playwright/test'
import { DATABASE_NAME } from '../renderer/data/db'
import { generateExport } from '../tests/helpers/export-generator'
import { profileExport } from '../tests/helpers/profile-export'
import { importThroughSettings, JOURNAL_ITEMS, timePainted } from './bench-data/app-flows'
import { firstPage, Profiles } from './bench-data/browser'
import { describeMachine, loadAverage } from './bench-data/machine'
import type { ListPainted } from './bench-data/pages/bench-api'
import { buildSite } from './bench-data/site'
import { median } from './bench-data/stats'
import { writeSummary } from './bench-summary'
import { CHROMIUM_PATH } from './chromium.mjs'

const STORED = { entries: 10_000, skills: 200, offers: 100 }
/** Cold starts of each page, after one warm-up start each that fills the HTTP cache (in Chromium 156
 *  module scripts read no V8 code cache back: docs/benchmarks.md, session 11). */
const RUNS = 7
export const START_TARGET = { ratio: 1.2, heapMB: 60 }
/** The dashboard is interactive once its tier card (the assessment of every skill and offer) is in. */
const DASHBOARD_READY = { selector: '[data-testid="dashboard-tier"]', count: 1 }

const started = performance.now()
const loadAtStart = loadAverage()
const root = resolve(import.meta.dirname, '..')
const siteDir = mkdtempSync(join(tmpdir(), 'tidemark-bench-start-'))
const site = await buildSite({
  root,
  siteDir,
  exports: {
    'start-journal.json': generateExport(STORED.entries, 3).text,
    'start-profile.json': profileExport({ skills: STORED.skills, offers: STORED.offers }),
  },
}).catch((error: unknown) => {
  rmSync(siteDir, { recursive: true, force: true })
  throw error
})
const profiles = new Profiles(site.url)

/** The heap in use once garbage is collected, as DevTools' memory panel counts it (MB). */
async function heapMB(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

try {
  console.error('  … storing 10,000 entries, 200 skills and 100 offers through Settings')
  const profile = profiles.fresh('start')
  const setup = await profiles.launch(profile)
  const setupPage = await firstPage(setup)
  await importThroughSettings(setupPage, join(siteDir, 'bench', 'start-journal.json'))
  await importThroughSettings(setupPage, join(siteDir, 'bench', 'start-profile.json'))
  await setup.close()

  console.error('  … cold starts')
  const pages = {
    app: { path: '/#/dashboard', ready: DASHBOARD_READY },
    minimal: {
      path: `bench/minimal/index.html?db=${encodeURIComponent(DATABASE_NAME)}`,
      ready: JOURNAL_ITEMS,
    },
  } as const
  const runs: Record<keyof typeof pages, ListPainted[]> = { app: [], minimal: [] }
  const heaps: Record<keyof typeof pages, number[]> = { app: [], minimal: [] }
  for (let run = 0; run <= RUNS; run++) {
    // Alternate which goes first, so neither always follows the other's disk reads.
    const order = run % 2 === 0 ? (['app', 'minimal'] as const) : (['minimal', 'app'] as const)
    for (const name of order) {
      const context = await profiles.launch(profile)
      const page = await firstPage(context)
      const painted = await timePainted(page, pages[name].path, pages[name].ready)
      if (run > 0) {
        runs[name].push(painted)
        heaps[name].push(await heapMB(context, page))
      }
      await context.close()
    }
  }

  const app = median(runs.app.map((run) => run.paintedMs))
  const minimal = median(runs.minimal.map((run) => run.paintedMs))
  const figures = {
    startMs: app,
    minimalMs: minimal,
    startRatio: app / minimal,
    heapMB: median(heaps.app),
    minimalHeapMB: median(heaps.minimal),
  }
  writeSummary('start', figures)

  const list = (values: number[]) => values.map((value) => value.toFixed(0)).join(' ')
  console.log(`\nTidemark start-up (npm run bench:start)`)
  console.log(`Machine: ${describeMachine(CHROMIUM_PATH)}`)
  console.log(
    `Load average ${loadAtStart.toFixed(1)} at the start, ${loadAverage().toFixed(1)} at the end`,
  )
  console.log(
    `Stored: ${STORED.entries.toLocaleString('en')} journal entries, ${String(STORED.skills)} skills, ${String(STORED.offers)} offers; medians of ${String(RUNS)} cold starts (a new browser each), after one warm-up each\n`,
  )
  console.log(
    `  dashboard interactive (tier card painted): ${app.toFixed(0)} ms  (${list(runs.app.map((run) => run.paintedMs))})`,
  )
  console.log(
    `  minimal React + Dexie, newest 50 listed:   ${minimal.toFixed(0)} ms  (${list(runs.minimal.map((run) => run.paintedMs))})`,
  )
  console.log(
    `  ratio ${figures.startRatio.toFixed(2)}× (target ≤ ${String(START_TARGET.ratio)}×): ${figures.startRatio <= START_TARGET.ratio ? 'met' : 'MISSED'}`,
  )
  console.log(
    `  JS heap after the start, garbage collected: app ${figures.heapMB.toFixed(1)} MB, minimal page ${figures.minimalHeapMB.toFixed(1)} MB (target ≤ ${String(START_TARGET.heapMB)} MB): ${figures.heapMB <= START_TARGET.heapMB ? 'met' : 'MISSED'}`,
  )
  console.log(`\nWhole run: ${((performance.now() - started) / 1000).toFixed(0)} s`)
} finally {
  profiles.removeAll()
  await site.close()
  rmSync(siteDir, { recursive: true, force: true })
}
