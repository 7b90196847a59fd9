// The journal's first page, pass by pass: builds of the app side by side with the minimal page,
// each load traced, to tell where a build spends the main thread before its first rows paint.
// Run: npx tsx scripts/bench-data/first-page-passes.mts [--runs=N] [--language=zh-CN] [name=out-dir ...]
// (no build given: the app is built now, as `npm run bench:data` does; give two to compare a
// change: copy out/renderer aside, build the change, and pass both).
//
// Every build is served under /<name>/ on one origin (so one database), with the minimal page
// (scripts/bench-data/minimal-page) under /minimal/. 10,000 entries are imported once into a
// disk-backed profile; then each round opens every page in a new tab, the order rotating, after
// one warm-up round. Prints, per page, the medians of: ms to the first 5 rows painted, the main
// thread's CPU to then (the trace's RunTask thread time from the navigation's commit: wall time
// moves by ±30 ms between runs of one build on these shared machines, this by a few ms), the wall
// time of style and layout (the fonts' round trips to the browser are in it, not in the CPU), and the
// passes before the paint: React commits, style recalculations, layouts (and those forced by
// script), paints, animation frames, timers, modules compiled, requests, IndexedDB requests, tasks.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import react from '@vitejs/plugin-react'
import type { CDPSession, Page } from '@playwright/test'
import { build, preview } from 'vite'
import { DATABASE_NAME } from '../../renderer/data/db'
import { generateExport } from '../../tests/helpers/export-generator'
import { immutableAssets } from '../immutable-assets.mjs'
import { FIRST_SCREEN, importThroughSettings } from './app-flows'
import { firstPage, Profiles } from './browser'
import { loadAverage } from './machine'
import { median } from './stats'

const root = resolve(import.meta.dirname, '../..')
const runsArg = process.argv.find((arg) => arg.startsWith('--runs='))
const RUNS = runsArg ? Number(runsArg.slice('--runs='.length)) : 10
// --language=zh-CN (or en): the interface language chosen in Settings, stored before the loads
// (the browser's own is en-US): a start whose choice is not the system's.
const chosen = process.argv
  .find((arg) => arg.startsWith('--language='))
  ?.slice('--language='.length)
const given = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'))
  .map((arg) => {
    const [name = '', dir = ''] = arg.split('=', 2)
    if (!/^[a-z0-9-]+$/i.test(name) || dir === '' || name === 'minimal') {
      throw new Error(
        `"${arg}": give builds as name=out-dir (a built renderer), name not "minimal"`,
      )
    }
    return { name, dir: resolve(dir) }
  })

const work = mkdtempSync(join(tmpdir(), 'tidemark-passes-'))
const site = join(work, 'site')
mkdirSync(join(site, 'bench'), { recursive: true })
const builds = given.length > 0 ? given : [{ name: 'app', dir: join(work, 'app') }]
if (given.length === 0) {
  execFileSync(
    'flock',
    [
      '/tmp/tidemark-build.lock',
      'sh',
      '-c',
      'npx electron-vite build >/dev/null && cp -R out/renderer "$0"',
      builds[0]?.dir ?? '',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  )
}
// The first build at the root too: the import goes through its Settings at /#/settings.
cpSync(builds[0]?.dir ?? '', site, { recursive: true })
for (const { name, dir } of builds) cpSync(dir, join(site, name), { recursive: true })
await build({
  configFile: false,
  logLevel: 'silent',
  root: join(root, 'scripts/bench-data/minimal-page'),
  base: './',
  plugins: [react()],
  build: { outDir: join(site, 'minimal'), emptyOutDir: true, modulePreload: { polyfill: false } },
})
const exportFile = join(site, 'bench/export-small.json')
writeFileSync(exportFile, generateExport(10_000, 2).text)
const server = await preview({
  configFile: false,
  root,
  logLevel: 'warn',
  plugins: [immutableAssets],
  build: { outDir: site },
  preview: { host: '127.0.0.1', port: 0, open: false },
})
const url = server.resolvedUrls?.local[0]
if (!url) throw new Error('the preview server has no address')
const profiles = new Profiles(url)

interface Painted {
  inDomMs: number
  paintedMs: number
  commits: number
  idbRequests: number
}

/**
 * Runs in the page before its scripts (no inner function names: tsx would wrap them in a
 * helper the page lacks). Counts React's commits through the devtools hook, which React's
 * production build calls too, and IndexedDB requests; marks the rows in the DOM and painted.
 */
function watchPasses({ selector, count }: { selector: string; count: number }): void {
  const state = { commits: 0, idbRequests: 0 }
  const page = window as unknown as Record<string, unknown>
  page['__REACT_DEVTOOLS_GLOBAL_HOOK__'] = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => {
      state.commits++
    },
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    checkDCE: () => undefined,
  }
  const counted: [object, string[]][] = [
    [IDBFactory.prototype, ['open', 'databases']],
    [IDBObjectStore.prototype, ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'put']],
    [IDBIndex.prototype, ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']],
  ]
  for (const [prototype, names] of counted) {
    const methods = prototype as Record<string, (...args: unknown[]) => unknown>
    for (const name of names) {
      const original = methods[name]
      if (typeof original !== 'function') continue
      methods[name] = function (this: unknown, ...args: unknown[]) {
        state.idbRequests++
        return original.apply(this, args)
      }
    }
  }
  page['benchPasses'] = new Promise((resolve) => {
    new MutationObserver((_records, observer) => {
      if (document.querySelectorAll(selector).length < count) return
      observer.disconnect()
      const inDomMs = performance.now()
      const commits = state.commits
      const idbRequests = state.idbRequests
      performance.mark('passes-in-dom')
      requestAnimationFrame(() => {
        setTimeout(() => {
          performance.mark('passes-painted')
          resolve({ inDomMs, paintedMs: performance.now(), commits, idbRequests })
        }, 0)
      })
    }).observe(document, { childList: true, subtree: true })
  })
}

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  tdur?: number
  pid: number
  tid: number
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'v8',
]

async function readTrace(session: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolveStream, reject) => {
    session.once('Tracing.tracingComplete', ({ stream }) => {
      if (stream) resolveStream(stream)
      else reject(new Error('the trace came without a stream'))
    })
  })
  await session.send('Tracing.end')
  const handle = await done
  let text = ''
  for (;;) {
    const chunk = await session.send('IO.read', { handle, size: 1 << 22 })
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data
    if (chunk.eof) break
  }
  await session.send('IO.close', { handle })
  return (JSON.parse(text) as { traceEvents: TraceEvent[] }).traceEvents
}

/** What one load did on its main thread between the navigation's commit and the rows' paint. */
type Load = Record<
  | 'paintedMs'
  | 'cpuMs'
  | 'busyMs'
  | 'layoutMs'
  | 'commits'
  | 'styles'
  | 'layouts'
  | 'forced'
  | 'paints'
  | 'frames'
  | 'timers'
  | 'modules'
  | 'requests'
  | 'idb'
  | 'tasks',
  number
>

async function load(
  page: Page,
  path: string,
  items: { selector: string; count: number },
): Promise<Load> {
  const session = await page.context().newCDPSession(page)
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES },
  })
  await page.addInitScript('window.__name = (f) => f')
  await page.addInitScript(watchPasses, items)
  await page.goto(path)
  const painted = (await page.evaluate(
    () => (window as unknown as { benchPasses: Promise<unknown> }).benchPasses,
  )) as Painted
  const events = await readTrace(session)
  await session.detach()
  const mark = events.find((event) => event.name === 'passes-painted')
  if (!mark) throw new Error(`${path}: no paint mark in the trace`)
  const thread = events.filter((event) => event.pid === mark.pid && event.tid === mark.tid)
  const commit = thread.filter((e) => e.name === 'commitNavigationEnd' && e.ts < mark.ts).pop()
  if (!commit) throw new Error(`${path}: no navigation commit in the trace`)
  const span = thread.filter((e) => e.ph === 'X' && e.ts >= commit.ts && e.ts <= mark.ts)
  const named = (name: string) => span.filter((event) => event.name === name)
  const scripts = span.filter((event) =>
    ['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'TimerFire', 'EventDispatch'].includes(
      event.name,
    ),
  )
  const inScript = (event: TraceEvent) =>
    scripts.some(
      (script) =>
        script.ts <= event.ts && script.ts + (script.dur ?? 0) >= event.ts + (event.dur ?? 0),
    )
  const styles = named('UpdateLayoutTree')
  const layouts = named('Layout')
  const tasks = named('RunTask')
  return {
    paintedMs: painted.paintedMs,
    cpuMs: tasks.reduce((sum, task) => sum + (task.tdur ?? 0), 0) / 1000,
    // The same tasks' wall time: a synchronous round trip to the browser process inside a task
    // (a first localStorage read, a font lookup) blocks the thread without using its CPU.
    busyMs: tasks.reduce((sum, task) => sum + (task.dur ?? 0), 0) / 1000,
    // Wall time of style and layout: the first layout's font lookups are synchronous round trips
    // to the browser process (session 14), which the thread's CPU time does not count.
    layoutMs: [...styles, ...layouts].reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000,
    commits: painted.commits,
    styles: styles.length,
    layouts: layouts.length,
    forced: [...styles, ...layouts].filter(inScript).length,
    paints: named('Paint').length,
    // The watcher's own frame and timer are in both pages' counts.
    frames: named('FireAnimationFrame').length,
    timers: named('TimerFire').length,
    modules: named('v8.compileModule').length,
    requests: events.filter(
      (e) => e.name === 'ResourceSendRequest' && e.ts >= commit.ts - 50_000 && e.ts <= mark.ts,
    ).length,
    idb: painted.idbRequests,
    tasks: tasks.length,
  }
}

const loadAtStart = loadAverage()
const setup = await profiles.launch(profiles.fresh('passes'))
const setupPage = await firstPage(setup)
await importThroughSettings(setupPage, exportFile)
if (chosen) {
  await setupPage.evaluate(
    ({ name, language }) =>
      new Promise<void>((done, fail) => {
        const opening = indexedDB.open(name)
        opening.onerror = () => {
          fail(new Error('the database did not open'))
        }
        opening.onsuccess = () => {
          const db = opening.result
          const put = db
            .transaction('settings', 'readwrite')
            .objectStore('settings')
            .put({ id: 'app', language, theme: 'system', updatedAt: new Date().toISOString() })
          put.onsuccess = () => {
            db.close()
            done()
          }
          put.onerror = () => {
            fail(new Error('the settings were not written'))
          }
        }
      }),
    { name: DATABASE_NAME, language: chosen },
  )
}
const pages = [
  ...builds.map(({ name }) => ({
    name,
    path: `${name}/index.html#/journal`,
    items: FIRST_SCREEN.app,
  })),
  {
    name: 'minimal',
    path: `minimal/index.html?db=${encodeURIComponent(DATABASE_NAME)}`,
    items: FIRST_SCREEN.minimal,
  },
]
const loads = new Map<string, Load[]>(pages.map(({ name }) => [name, []]))
for (let round = 0; round <= RUNS; round++) {
  const turn = round % pages.length
  for (const { name, path, items } of [...pages.slice(turn), ...pages.slice(0, turn)]) {
    const page = await setup.newPage()
    const measured = await load(page, path, items)
    await page.close()
    if (round > 0) loads.get(name)?.push(measured)
  }
}
await setup.close()
await server.close()
profiles.removeAll()
rmSync(work, { recursive: true, force: true })

console.log(
  `First page, new tab${chosen ? `, ${chosen} chosen` : ''}, medians of ${String(RUNS)} loads each (load average ${loadAtStart.toFixed(1)} → ${loadAverage().toFixed(1)}):`,
)
for (const [name, list] of loads) {
  const keys = Object.keys(list[0] ?? {}) as (keyof Load)[]
  const medians = keys.map((key) => {
    const value = median(list.map((measured) => measured[key]))
    return `${key} ${key.endsWith('Ms') ? value.toFixed(1) : String(Math.round(value))}`
  })
  console.log(`  ${name.padEnd(8)} ${medians.join(' · ')}`)
  console.log(
    `           painted ${list.map((measured) => measured.paintedMs.toFixed(0)).join(' ')}`,
  )
  console.log(`           cpu     ${list.map((measured) => measured.cpuMs.toFixed(1)).join(' ')}`)
  console.log(`           busy    ${list.map((measured) => measured.busyMs.toFixed(1)).join(' ')}`)
  console.log(
    `           layout  ${list.map((measured) => measured.layoutMs.toFixed(1)).join(' ')}`,
  )
}
// Each build against the first, round by round (a round loads every page once, close in time):
// the median of the differences is steadier than the difference of the medians on a busy machine.
const [first, ...others] = builds.map(({ name }) => loads.get(name) ?? [])
for (const [index, list] of others.entries()) {
  const paired = (key: keyof Load) =>
    median(list.map((measured, round) => measured[key] - (first?.[round]?.[key] ?? 0)))
  const figures = (['paintedMs', 'cpuMs', 'busyMs', 'layoutMs'] as const)
    .map((key) => `${key} ${paired(key) >= 0 ? '+' : ''}${paired(key).toFixed(1)}`)
    .join(' · ')
  console.log(
    `  ${builds[index + 1]?.name ?? ''} − ${builds[0]?.name ?? ''}, paired medians: ${figures}`,
  )
}
