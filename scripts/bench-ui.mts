// Issue 7's "live results" figure: a keystroke in a form on the Skills screen to the updated
// score and reasons painted, p95 ≤ 50 ms, with a profile of 30 skills and 10 offers. Prints its
// figures; it is not a test and asserts nothing. Run: npm run bench:ui
//   --profile     also record a Chromium CPU profile of each kind's measured keystrokes, on an
//                 unminified build (function and module names), and print where the time goes
//   --rounds=N    measured keystrokes per kind (default 100, after 20 warm-up ones)
//   --site=DIR    measure a renderer built before (a copy of out/renderer) instead of building
//
// The app as built (electron-vite build, a private copy of out/renderer), served by Vite's
// preview server, in Debian's Chromium on a disk-backed profile. The profile is imported
// through Settings as a user would; then each kind of keystroke is pressed through Playwright
// (CDP key events, which reach the page as real input) and timed in the page by probe.ts.
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Page } from '@playwright/test'
import { profileExport } from '../tests/helpers/profile-export'
import { firstPage, Profiles } from './bench-data/browser'
import { describeMachine, loadAverage } from './bench-data/machine'
import { ascending, displayWidth, padDisplay, quantile } from './bench-data/stats'
import { CpuProfiler, type ProfileSummary } from './bench-ui/cpu-profile'
import { keystrokeKinds, type KeystrokeKind } from './bench-ui/keystrokes'
import type { KeystrokeRecord } from './bench-ui/probe-api'
import { installProbe, KEEP_NAMES_SHIM } from './bench-ui/probe'
import { importProfile, openSkills } from './bench-ui/seed'
import { buildApp, buildUnminified, serveSite } from './bench-ui/site'
import { CHROMIUM_PATH } from './chromium.mjs'
import { writeSummary } from './bench-summary'

const SKILLS = 30
const OFFERS = 10
const WARM_UP = 20
const ROUNDS = Number(
  /^--rounds=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--rounds=')) ?? '')?.[1] ??
    100,
)
const PROFILE = process.argv.includes('--profile')
/** A renderer built earlier (kept to compare before and after a change under the same load). */
const GIVEN_SITE = /^--site=(.+)$/.exec(
  process.argv.find((arg) => arg.startsWith('--site=')) ?? '',
)?.[1]
/** A keystroke has settled when nothing on the page changed for this long, then an idle moment. */
const QUIET_MS = 120
const TARGET_P95_MS = 50
const TOP = 18

interface KindResult {
  kind: KeystrokeKind
  records: KeystrokeRecord[]
  profile: ProfileSummary | undefined
}

const started = performance.now()
const loadAtStart = loadAverage()
const root = resolve(import.meta.dirname, '..')
const siteDir = GIVEN_SITE
  ? resolve(GIVEN_SITE)
  : mkdtempSync(join(tmpdir(), 'tidemark-bench-ui-site-'))
const profileDir = mkdtempSync(join(tmpdir(), 'tidemark-bench-ui-cpu-'))
const log = (step: string) => {
  console.error(`  … ${step} (${((performance.now() - started) / 1000).toFixed(0)} s)`)
}

if (GIVEN_SITE) {
  log(`measuring the renderer in ${siteDir}`)
} else {
  log(PROFILE ? 'building the renderer unminified' : 'building the app')
  if (PROFILE) await buildUnminified(root, siteDir)
  else buildApp(root, siteDir)
}
const site = await serveSite(root, siteDir)
const profiles = new Profiles(site.url)

try {
  const context = await profiles.launch(profiles.fresh('ui'))
  const page = await firstPage(context)
  await page.setViewportSize({ width: 1280, height: 800 })
  log(`importing a profile of ${SKILLS} skills and ${OFFERS} offers`)
  await importProfile(page, profileExport({ skills: SKILLS, offers: OFFERS }))
  await openSkills(page, SKILLS)
  await page.evaluate(KEEP_NAMES_SHIM)
  await page.evaluate(installProbe)

  const results: KindResult[] = []
  for (const kind of keystrokeKinds()) {
    log(kind.name)
    results.push(await measureKind(page, kind, results.length))
  }
  await context.close()
  report(results)
} finally {
  profiles.removeAll()
  await site.close()
  if (!GIVEN_SITE) rmSync(siteDir, { recursive: true, force: true })
  if (!PROFILE) rmSync(profileDir, { recursive: true, force: true })
}

async function press(page: Page, key: string): Promise<KeystrokeRecord> {
  await page.evaluate(() => {
    window.benchUiProbe?.arm()
  })
  await page.keyboard.press(key)
  return page.evaluate(async (quietMs) => {
    if (!window.benchUiProbe) throw new Error('the probe is not installed')
    return window.benchUiProbe.settle(quietMs)
  }, QUIET_MS)
}

async function measureKind(page: Page, kind: KeystrokeKind, order: number): Promise<KindResult> {
  await kind.setup(page)
  const records: KeystrokeRecord[] = []
  let profiler: CpuProfiler | undefined
  for (let index = 0; index < WARM_UP + ROUNDS; index++) {
    if (index === WARM_UP && PROFILE) profiler = await CpuProfiler.start(page)
    const step = kind.step(index)
    for (const key of step.prepare) await press(page, key)
    const record = await press(page, step.key)
    if (index >= WARM_UP) records.push(record)
  }
  const file = join(profileDir, `kind-${String(order + 1)}.cpuprofile`)
  const profile = profiler ? await profiler.stop(file, siteDir) : undefined
  return { kind, records, profile }
}

/** The figure the target is about: to the paint of the moved score and reasons, or, where
 *  the keystroke moved neither, to the paint of the field's own update. */
function toTarget(record: KeystrokeRecord): number {
  const end =
    record.panelPaintAt ??
    Math.max(record.firstPaintAt ?? NaN, record.formPaintAt ?? record.firstPaintAt ?? NaN)
  return end - record.keydownAt
}

function report(results: KindResult[]) {
  const ms = (value: number) =>
    Number.isNaN(value) ? '–' : `${value.toFixed(value < 10 ? 1 : 0)} ms`
  const stats = (values: number[]) => {
    const sorted = ascending(values)
    return {
      p50: quantile(sorted, 0.5),
      p95: quantile(sorted, 0.95),
      max: sorted[sorted.length - 1] ?? NaN,
    }
  }
  const rows = [
    [
      'keystroke',
      'score moved',
      'p50',
      'p95',
      'max',
      `p95 ≤ ${String(TARGET_P95_MS)} ms`,
      'all painted p95',
      'Event Timing p95',
      'long tasks',
    ],
  ]
  const pooled: number[] = []
  for (const { kind, records } of results) {
    const target = records.map(toTarget)
    pooled.push(...target)
    const figure = stats(target)
    const all = stats(records.map((r) => (r.lastPaintAt ?? r.firstPaintAt ?? NaN) - r.keydownAt))
    const event = stats(records.map((r) => r.eventDurationMs ?? 0))
    const longTasks = records.flatMap((r) => r.longTasksMs)
    rows.push([
      kind.name,
      `${String(records.filter((r) => r.panelPaintAt !== undefined).length)} of ${String(records.length)}`,
      ms(figure.p50),
      ms(figure.p95),
      ms(figure.max),
      figure.p95 <= TARGET_P95_MS ? 'met' : 'MISSED',
      ms(all.p95),
      event.p95 === 0 ? '< 16 ms' : ms(event.p95),
      longTasks.length === 0
        ? 'none'
        : `${String(longTasks.length)}, longest ${ms(Math.max(...longTasks))}`,
    ])
  }
  const overall = stats(pooled)
  writeSummary('ui', { keystrokeP50Ms: overall.p50, keystrokeP95Ms: overall.p95 })
  rows.push([
    'all kinds together',
    '',
    ms(overall.p50),
    ms(overall.p95),
    ms(overall.max),
    overall.p95 <= TARGET_P95_MS ? 'met' : 'MISSED',
    '',
    '',
    '',
  ])
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => displayWidth(row[column] ?? ''))),
  )

  console.log(`\nTidemark live results (npm run bench:ui${PROFILE ? ' --profile' : ''})`)
  console.log(`Machine: ${describeMachine(CHROMIUM_PATH)}`)
  const loadAtEnd = loadAverage()
  const cores = cpus().length
  console.log(
    `Load average ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end, on ${String(cores)} cores${Math.max(loadAtStart, loadAtEnd) > cores ? ' (above the core count: other work competed for the CPU and the figures are slower)' : ''}`,
  )
  console.log(
    `Profile: ${String(SKILLS)} skills, ${String(OFFERS)} offers; ${String(WARM_UP)} warm-up then ${String(ROUNDS)} measured keystrokes per kind; ms from the keydown to the frame painted${PROFILE ? ' (unminified build, profiler running: slower than users see)' : ''}\n`,
  )
  for (const row of rows) {
    console.log(
      row
        .map((cell, column) => padDisplay(cell, widths?.[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
  }
  console.log(
    "\nscore moved: keystrokes that changed the assessment's figures, reasons or gaps, timed to that paint; the others to the paint of the field's own update. all painted: to the paint after the last change anywhere but a chart's drawing. Event Timing: the browser's keydown duration (to the first paint after its handlers).",
  )

  for (const { kind, profile } of results) {
    if (!profile) continue
    const line = ([name, value]: [string, number]) =>
      `    ${value.toFixed(0).padStart(6)} ms  ${name}`
    console.log(
      `\n${kind.name}: CPU profile ${profile.file} (${(profile.totalMs / 1000).toFixed(1)} s sampled)`,
    )
    console.log('  self time, by function:')
    for (const entry of profile.selfByFunction.slice(0, TOP)) console.log(line(entry))
    console.log('  total time (with what it calls), by function:')
    for (const entry of profile.totalByFunction.slice(0, TOP)) console.log(line(entry))
    console.log('  self time, by module:')
    for (const entry of profile.selfByModule.slice(0, TOP)) console.log(line(entry))
  }
  console.log(`\nWhole run: ${((performance.now() - started) / 1000).toFixed(0)} s`)
}
