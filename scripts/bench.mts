// Issue 10's speed figures in one table: every bench runs as its own process, one after the
// other (so none competes with another for the two cores), prints its own details, and hands
// its headline figures back; this script prints them with their floors, targets and verdicts.
// Each ratio was measured side by side with its floor inside one bench's run.
// Run: npm run bench   (only some: npm run bench -- start engine)
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { describeMachine, loadAverage } from './bench-data/machine'
import { displayWidth, padDisplay } from './bench-data/stats'
import { CHROMIUM_PATH } from './chromium.mjs'

const root = resolve(import.meta.dirname, '..')
const BENCHES = {
  size: ['node', 'scripts/bundle-size.mjs'],
  engine: ['npx', 'tsx', 'scripts/bench-assess.mts'],
  ui: ['npx', 'tsx', 'scripts/bench-ui.mts'],
  start: ['npx', 'tsx', 'scripts/bench-start.mts'],
  data: ['npx', 'tsx', 'scripts/bench-data.mts'],
} as const
type BenchName = keyof typeof BENCHES
const isBench = (name: string): name is BenchName => name in BENCHES

const asked = process.argv.slice(2).filter(isBench)
const chosen: BenchName[] = asked.length > 0 ? asked : (Object.keys(BENCHES) as BenchName[])
const summaryDir = mkdtempSync(join(tmpdir(), 'tidemark-bench-summary-'))
const started = performance.now()
const loadAtStart = loadAverage()

try {
  if (chosen.includes('size')) execFileSync('npx', ['electron-vite', 'build'], { cwd: root })
  const failed: string[] = []
  for (const name of chosen) {
    const [command, ...args] = BENCHES[name]
    console.log(`\n━━ ${name}: ${[command, ...args].join(' ')}`)
    const result = spawnSync(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, BENCH_SUMMARY_DIR: summaryDir },
    })
    if (result.status !== 0) failed.push(name)
  }
  report(failed)
} finally {
  rmSync(summaryDir, { recursive: true, force: true })
}

function read(name: string): Record<string, number> | undefined {
  const file = join(summaryDir, `${name}.json`)
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>)
    : undefined
}

function report(failed: string[]) {
  const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`
  const ratio = (value: number) => `${value.toFixed(2)}×`
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED')
  const rows: string[][] = [['figure', 'measured', 'floor, measured in the same run', 'target', '']]
  const start = read('start')
  if (start) {
    rows.push([
      'cold start to the interactive dashboard (10,000 entries, 200 skills, 100 offers)',
      `${ms(start['startMs'] ?? NaN)} = ${ratio(start['startRatio'] ?? NaN)}`,
      `minimal React + Dexie page, newest 50: ${ms(start['minimalMs'] ?? NaN)}`,
      '≤ 1.2×',
      verdict((start['startRatio'] ?? Infinity) <= 1.2),
    ])
    rows.push([
      'JS heap after that start',
      `${(start['heapMB'] ?? NaN).toFixed(1)} MB`,
      `minimal page: ${(start['minimalHeapMB'] ?? NaN).toFixed(1)} MB`,
      '≤ 60 MB',
      verdict((start['heapMB'] ?? Infinity) <= 60),
    ])
  }
  const data = read('data')
  if (data) {
    rows.push([
      'import of 50,000 entries, searchable when done',
      `${ms(data['importMs'] ?? NaN)} = ${ratio(data['importRatio'] ?? NaN)}`,
      `raw IndexedDB bulk write, no index: ${ms(data['floorMs'] ?? NaN)}`,
      '≤ 1.5×',
      verdict((data['importRatio'] ?? Infinity) <= 1.5),
    ])
    rows.push([
      'journal search over 50,000, zh + en, p95 (worst query)',
      `${ms(data['searchP95Ms'] ?? NaN)} (${ms(data['worstQueryP95Ms'] ?? NaN)})`,
      `UI thread: ${String(data['searchLongTasks'] ?? '?')} long tasks`,
      '≤ 10 ms, UI free',
      verdict((data['searchP95Ms'] ?? Infinity) <= 10 && data['searchLongTasks'] === 0),
    ])
  }
  const engine = read('engine')
  if (engine) {
    rows.push([
      'the engine on 300 skills and 1,000 offers (median)',
      ms(engine['medianMs'] ?? NaN),
      '',
      '≤ 50 ms',
      verdict((engine['medianMs'] ?? Infinity) <= 50),
    ])
  }
  const ui = read('ui')
  if (ui) {
    rows.push([
      'keystroke to the updated score and reasons painted, p95 (30 skills, 10 offers)',
      ms(ui['keystrokeP95Ms'] ?? NaN),
      '',
      '≤ 50 ms',
      verdict((ui['keystrokeP95Ms'] ?? Infinity) <= 50),
    ])
  }
  const size = read('size')
  if (size) {
    rows.push([
      'initial JavaScript, gzip',
      `${(size['initialGzipKB'] ?? NaN).toFixed(1)} kB`,
      '',
      `≤ ${String(size['budgetKB'] ?? 250)} kB`,
      verdict((size['initialGzipKB'] ?? Infinity) <= (size['budgetKB'] ?? 250)),
    ])
  }
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => displayWidth(row[column] ?? ''))),
  )
  console.log(`\n━━ Tidemark speed (npm run bench)`)
  console.log(`Machine: ${describeMachine(CHROMIUM_PATH)}`)
  console.log(
    `Load average ${loadAtStart.toFixed(1)} at the start, ${loadAverage().toFixed(1)} at the end; whole run ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  )
  for (const row of rows) {
    console.log(
      row
        .map((cell, column) => padDisplay(cell, widths?.[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
  }
  if (failed.length > 0) {
    console.log(`\nThese benches failed before giving figures: ${failed.join(', ')}`)
    process.exitCode = 1
  }
}
