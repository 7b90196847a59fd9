import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  BackupStoreError,
  createBackupStore,
  nodeBackupFs,
  parseBackupFileName,
} from '../../main/backups/backup-store'
import {
  BEFORE_RESTORE_BACKUPS_KEPT,
  DAILY_BACKUPS_KEPT,
  planBackupRotation,
  RECENT_BACKUPS_KEPT,
  WEEKLY_BACKUPS_KEPT,
  type BackupEntry,
} from '../../main/backups/rotation'
import type { BackupReason } from '../../preload/api'
import { installFullDisk } from './full-disk'
import { seededRandom } from '../../tests/helpers/seeded-random'

/**
 * Weeks of automatic backups written through the real backup store into a temp folder, the
 * disk filling up in the middle of some of them (a write cut off part-way, or a flush that
 * fails). After every attempt the folder is compared with what must be there:
 * - a refused backup reports 'disk-full' and leaves the folder exactly as it was: every earlier
 *   backup with the bytes it was written with, no file under a backup's name, no temporary file;
 * - a written one is followed by the rotation: the folder holds exactly what the rotation rule
 *   keeps of the backups written so far, checked also against the rule's own promises (the 5
 *   newest, the newest of each of the last 7 days and 4 weeks, the 3 newest before-restore).
 */

export interface FullDiskOptions {
  seed: number
  days: number
  /** Chance that the disk is full during one backup. */
  faultRate: number
}

export interface FullDiskReport {
  attempts: number
  written: number
  /** Backups refused with 'disk-full', as the disk filled part-way through the write... */
  refusedMidWrite: number
  /** ...or when the file was flushed. */
  refusedAtFlush: number
  /** Bytes the refused writes had put on disk before the disk was full. */
  partialBytes: number
  /** Earlier backups missing, or with other bytes than were written, after any attempt. */
  lost: string[]
  /** Folders that held other backups than the rotation keeps (extra or missing ones). */
  wrongRotation: string[]
  /** Temporary files left in the folder after an attempt. */
  leftovers: string[]
  /** Attempts that failed in another way than 'disk-full', or wrote when they should not. */
  unexpected: string[]
  /** Backups in the folder at the end. */
  kept: number
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : JSON.stringify(error)
}

/** The backups in the folder, by name, with their contents. */
function folderBackups(folder: string): { backups: Map<string, string>; others: string[] } {
  const backups = new Map<string, string>()
  const others: string[] = []
  for (const name of readdirSync(folder)) {
    if (parseBackupFileName(name)) backups.set(name, readFileSync(join(folder, name), 'utf8'))
    else others.push(name)
  }
  return { backups, others }
}

function entriesOf(names: Iterable<string>): BackupEntry[] {
  return [...names].flatMap((name) => {
    const parsed = parseBackupFileName(name)
    return parsed ? [{ name, ...parsed }] : []
  })
}

/** The rule's promises, checked without the rule: what must be among `kept`. */
function promisesBroken(written: BackupEntry[], kept: Set<string>, now: Date): string[] {
  // Two backups of the same millisecond are in the rule's order: by name.
  const newestFirst = written
    .filter((backup) => backup.createdAt <= now)
    .sort(
      (left, right) =>
        right.createdAt.getTime() - left.createdAt.getTime() ||
        (left.name < right.name ? -1 : left.name > right.name ? 1 : 0),
    )
  const broken: string[] = []
  const expectKept = (backup: BackupEntry | undefined, why: string) => {
    if (backup && !kept.has(backup.name)) broken.push(`${backup.name} (${why}) was deleted`)
  }
  newestFirst.slice(0, RECENT_BACKUPS_KEPT).forEach((backup) => {
    expectKept(backup, 'one of the newest')
  })
  const day = (date: Date) => date.toDateString()
  const monday = (date: Date) =>
    new Date(
      date.getFullYear(),
      date.getMonth(),
      date.getDate() - ((date.getDay() + 6) % 7),
    ).toDateString()
  for (const [periodOf, count, why] of [
    [day, DAILY_BACKUPS_KEPT, 'newest of its day'],
    [monday, WEEKLY_BACKUPS_KEPT, 'newest of its week'],
  ] as const) {
    const seen = new Set<string>()
    for (const backup of newestFirst) {
      const period = periodOf(backup.createdAt)
      if (seen.has(period)) continue
      if (seen.size === count) break
      seen.add(period)
      expectKept(backup, why)
    }
  }
  newestFirst
    .filter((backup) => backup.reason === 'before-restore')
    .slice(0, BEFORE_RESTORE_BACKUPS_KEPT)
    .forEach((backup) => {
      expectKept(backup, 'a newest before-restore')
    })
  return broken
}

export async function runBackupFullDisk(options: FullDiskOptions): Promise<FullDiskReport> {
  const next = seededRandom(options.seed)
  const folder = mkdtempSync(join(tmpdir(), 'tidemark-full-disk-'))
  let clock = new Date(2026, 9, 1, 9, 0, 0)
  const store = createBackupStore({
    folder,
    fs: nodeBackupFs,
    now: () => clock,
    warn: () => undefined,
  })
  const report: FullDiskReport = {
    attempts: 0,
    written: 0,
    refusedMidWrite: 0,
    refusedAtFlush: 0,
    partialBytes: 0,
    lost: [],
    wrongRotation: [],
    leftovers: [],
    unexpected: [],
    kept: 0,
  }
  /** What must be in the folder: each backup kept so far, with the bytes it was written with. */
  const expected = new Map<string, string>()
  /** Every backup ever written (kept or rotated away), for the rule's promises. */
  const everWritten: BackupEntry[] = []
  const disk = installFullDisk()

  async function attempt(reason: BackupReason): Promise<void> {
    report.attempts++
    // An export document's size, different each time (a journal grows).
    const contents = `{"format":"tidemark","at":"${clock.toISOString()}","reason":"${reason}","data":"${'潮'.repeat(500 + Math.floor(next() * 6000))}"}\n`
    const size = Buffer.byteLength(contents, 'utf8')
    const fault = next() < options.faultRate ? (next() < 0.75 ? 'write' : 'flush') : null
    disk.freeBytes = fault === 'write' ? Math.floor(next() * size) : Infinity
    disk.failNextSync = fault === 'flush'
    const label = `${clock.toISOString()} ${reason}${fault ? ` (disk full at ${fault})` : ''}`

    let name: string | null = null
    let failure: unknown = null
    try {
      name = await store.write(contents, reason)
    } catch (error) {
      failure = error
    }
    disk.freeBytes = Infinity
    disk.failNextSync = false

    if (fault) {
      if (!(failure instanceof BackupStoreError) || failure.kind !== 'disk-full') {
        report.unexpected.push(`${label}: ${failure === null ? 'written' : describe(failure)}`)
      } else if (fault === 'write') report.refusedMidWrite++
      else report.refusedAtFlush++
    } else if (failure !== null || name === null) {
      report.unexpected.push(`${label}: ${describe(failure)}`)
    } else {
      report.written++
      expected.set(name, contents)
      const entry = parseBackupFileName(name)
      if (entry) everWritten.push({ name, ...entry })
      const plan = planBackupRotation(entriesOf(expected.keys()), clock)
      for (const removed of plan.remove) expected.delete(removed)
    }

    const { backups, others } = folderBackups(folder)
    for (const [kept, bytes] of expected) {
      if (!backups.has(kept)) report.lost.push(`${label}: ${kept} is gone`)
      else if (backups.get(kept) !== bytes) report.lost.push(`${label}: ${kept} changed`)
    }
    const extra = [...backups.keys()].filter((found) => !expected.has(found))
    if (extra.length > 0) report.wrongRotation.push(`${label}: also holds ${extra.join(', ')}`)
    for (const broken of promisesBroken(everWritten, new Set(backups.keys()), clock)) {
      report.wrongRotation.push(`${label}: ${broken}`)
    }
    report.leftovers.push(...others.map((other) => `${label}: ${other}`))
  }

  try {
    for (let day = 0; day < options.days; day++) {
      clock = new Date(2026, 9, 1 + day, 9, Math.floor(next() * 60), Math.floor(next() * 60))
      // Some days the app is not opened at all.
      if (next() < 0.25) continue
      const sessions = 1 + Math.floor(next() * 3)
      for (let hour = 0; hour < sessions; hour++) {
        await attempt(next() < 0.1 ? 'manual' : 'scheduled')
        if (next() < 0.08) await attempt('before-restore')
        clock = new Date(clock.getTime() + (3 * 60 + Math.floor(next() * 30)) * 60_000)
      }
      await attempt('quit')
    }
    report.partialBytes = disk.refusals.partialBytes
    report.kept = folderBackups(folder).backups.size
    return report
  } finally {
    disk.uninstall()
    rmSync(folder, { recursive: true, force: true })
  }
}
