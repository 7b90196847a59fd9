// Issue 10's fault figures, as one command: npm run faults. Prints a table and exits non-zero on
// any mixed state after a crash, any lost or wrongly rotated backup, and any search that did
// not come back after its stored index was spoiled.
//
// (a) Chromium killed (SIGKILL to the browser and its child processes) at random points of a 50,000-entry replace
//     import over a 500-entry journal, each trial on a profile folder of its own; relaunched,
//     the data must be exactly the old or exactly the new journal (scripts/faults/kill-import.ts).
// (b) The persisted search index deleted or spoiled ten ways between two runs: the app rebuilds
//     it and answers searches exactly (scripts/faults/search-index.ts).
// (c) The disk full in the middle of automatic backups, in Node through the real backup store:
//     earlier backups whole, rotation right (scripts/faults/backup-full-disk.ts; the same run,
//     shorter, is tests/main/backup-faults.test.ts in npm test).
//
// The app is built under the shared build lock (TIDEMARK_FAULTS_SKIP_BUILD=1 uses out/renderer
// as it is) and served with scripts/serve-renderer.mjs. TIDEMARK_FAULTS_SEED repeats a run;
// TIDEMARK_FAULTS_TRIALS sets the number of kills (10 by default).
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { generateExport } from '../tests/helpers/export-generator'
import { describeMachine, loadAverage } from './bench-data/machine'
import { displayWidth, padDisplay } from './bench-data/stats'
import { CHROMIUM_PATH } from './chromium.mjs'
import { runBackupFullDisk, type FullDiskReport } from './faults/backup-full-disk'
import { runKillTrial, type KillTrial } from './faults/kill-import'
import { runSearchIndexTrials, type IndexTrial } from './faults/search-index'
import { serveRenderer } from './serve-renderer.mjs'
import { seededRandom } from '../tests/helpers/seeded-random'

const TRIALS = Number(process.env['TIDEMARK_FAULTS_TRIALS'] ?? 10)
const SEED = Number(process.env['TIDEMARK_FAULTS_SEED'] ?? Math.floor(Math.random() * 2 ** 31))
const PORT = Number(process.env['TIDEMARK_FAULTS_PORT'] ?? 47_931)
const BACKUP_RUNS = 8
const BACKUP_DAYS = 45
/** Kills are aimed over the write (0–1) and the search index rebuild after it (1–1.2). */
const AIM_SPAN = 1.2

const root = resolve(import.meta.dirname, '..')
const started = performance.now()
const loadAtStart = loadAverage()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`
const log = (step: string) => {
  console.error(`  … ${step} (${elapsed()})`)
}

function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => displayWidth(row[column] ?? ''))),
  )
  for (const row of rows) {
    console.log(
      row
        .map((cell, column) => padDisplay(cell, widths?.[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
  }
}

if (process.env['TIDEMARK_FAULTS_SKIP_BUILD'] !== '1') {
  log('building the app (under the shared build lock)')
  execFileSync('flock', ['/tmp/tidemark-build.lock', 'npx', 'electron-vite', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

// (c) first: Node only, seconds.
log(`full disk during backups: ${BACKUP_RUNS} runs of ${BACKUP_DAYS} days`)
const backupRuns: FullDiskReport[] = []
for (let run = 0; run < BACKUP_RUNS; run++) {
  backupRuns.push(await runBackupFullDisk({ seed: SEED + run, days: BACKUP_DAYS, faultRate: 0.3 }))
}
const sum = (pick: (report: FullDiskReport) => number) =>
  backupRuns.reduce((total, report) => total + pick(report), 0)
const backupProblems = backupRuns.flatMap((report) => [
  ...report.lost,
  ...report.wrongRotation,
  ...report.leftovers,
  ...report.unexpected,
])

const server = await serveRenderer(PORT)
const kills: KillTrial[] = []
let indexTrials: IndexTrial[]
const failures: string[] = []
try {
  // (b)
  log('search index deleted or spoiled between runs')
  indexTrials = await runSearchIndexTrials(server.url, resolve(root, 'out/renderer'), log)

  // (a)
  const before = generateExport(500, 8)
  const after = generateExport(50_000, 9)
  const next = seededRandom(SEED)
  for (let trial = 0; trial < TRIALS; trial++) {
    // One aim in each slice of the span, at random within it: kills spread over the import.
    const aimedAt = ((trial + next()) / TRIALS) * AIM_SPAN
    log(`kill ${String(trial + 1)} of ${String(TRIALS)}, aimed at ${(aimedAt * 100).toFixed(0)} %`)
    try {
      const result = await runKillTrial(server.url, before, after, aimedAt)
      kills.push(result)
      console.error(
        `    killed at “${result.killedAt}” → ${result.outcome} (${result.entries.toLocaleString('en')} entries), search ${result.searchOk ? 'ok' : `FAILED (${result.searchDetail})`}, ${result.seconds.toFixed(0)} s`,
      )
    } catch (error) {
      // A trial that could not run (the browser would not start) is no verdict on the data.
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]
      failures.push(`kill trial ${String(trial + 1)} did not run: ${reason ?? ''}`)
      console.error(`    did not run: ${reason ?? ''}`)
    }
  }
} finally {
  await server.close()
}

const count = (outcome: KillTrial['outcome']) =>
  kills.filter((trial) => trial.outcome === outcome).length
const mixed = count('mixed')
const searchAfterKill = kills.filter((trial) => trial.searchOk).length
const indexOk = indexTrials.filter((trial) => trial.searchOk && trial.storedAgain).length

console.log(`\nTidemark faults (npm run faults), seed ${String(SEED)}`)
console.log(`Machine: ${describeMachine(CHROMIUM_PATH)}`)
console.log(
  `Load average ${loadAtStart.toFixed(1)} at the start, ${loadAverage().toFixed(1)} at the end; ${elapsed()} in all\n`,
)
printTable([
  ['Fault', 'Trials', 'Old', 'New', 'Mixed', 'Search after', 'Verdict'],
  [
    '(a) Chromium killed during a 50,000-entry import',
    String(kills.length),
    String(count('old')),
    String(count('new')),
    String(mixed),
    `${String(searchAfterKill)}/${String(kills.length)}`,
    mixed === 0 && searchAfterKill === kills.length && kills.length >= 10 ? 'ok' : 'FAILED',
  ],
])
console.log('')
printTable([
  ['Fault', 'Runs', 'Rebuilt and found', 'Verdict'],
  [
    '(b) Search index deleted or spoiled between runs',
    String(indexTrials.length),
    `${String(indexOk)}/${String(indexTrials.length)}`,
    indexOk === indexTrials.length ? 'ok' : 'FAILED',
  ],
  ...indexTrials.map((trial) => [
    `    ${trial.corruption}`,
    '1',
    trial.searchOk && trial.storedAgain
      ? 'yes'
      : `NO ${trial.searchOk ? '(not stored again)' : trial.detail}`,
    '',
  ]),
])
console.log('')
printTable([
  [
    'Fault',
    'Backups tried',
    'Written',
    'Refused mid-write',
    'Refused at flush',
    'Lost',
    'Wrong rotation',
    'Verdict',
  ],
  [
    `(c) Disk full during automatic backups (${String(BACKUP_RUNS)} × ${String(BACKUP_DAYS)} days)`,
    String(sum((report) => report.attempts)),
    String(sum((report) => report.written)),
    String(sum((report) => report.refusedMidWrite)),
    String(sum((report) => report.refusedAtFlush)),
    String(sum((report) => report.lost.length)),
    String(sum((report) => report.wrongRotation.length + report.leftovers.length)),
    backupProblems.length === 0 ? 'ok' : 'FAILED',
  ],
])

if (mixed > 0) failures.push(`${String(mixed)} kill(s) left a mix of old and new data`)
if (searchAfterKill < kills.length) failures.push('search did not answer after a kill')
if (kills.length < 10) failures.push(`only ${String(kills.length)} kill trials ran (10 wanted)`)
for (const trial of indexTrials) {
  if (!trial.searchOk || !trial.storedAgain) {
    failures.push(`search index ${trial.corruption}: ${trial.detail || 'not stored again'}`)
  }
}
failures.push(...backupProblems.slice(0, 20))
if (failures.length > 0) {
  console.log(`\n${String(failures.length)} problem(s):`)
  for (const failure of failures) console.log(`  - ${failure}`)
  process.exitCode = 1
} else {
  console.log('\nNo fault lost or mixed any data.')
}
