import type { BackupReason } from '../../preload/api'

/** The newest backups kept whatever their day: a mistake at 10:00 must not lose the morning's
 *  backup to the scheduled one at 11:00 (one a day alone would keep only the newest). */
export const RECENT_BACKUPS_KEPT = 5
export const DAILY_BACKUPS_KEPT = 7
export const WEEKLY_BACKUPS_KEPT = 4
export const BEFORE_RESTORE_BACKUPS_KEPT = 3
/** Raw copies of data that could not be opened: counted apart, so restores never rotate them out. */
export const RESCUE_COPIES_KEPT = 3

export interface BackupEntry {
  name: string
  createdAt: Date
  reason: BackupReason
}

export interface RotationPlan {
  /** Names to keep, newest first. */
  keep: string[]
  /** Names to delete, newest first. */
  remove: string[]
}

/**
 * Decides which backups to keep. It keeps:
 * - the 5 newest restorable backups (every reason but 'rescue'), whatever their day;
 * - the newest restorable backup of each of the last 7 days that have some (daily);
 * - the newest restorable backup of each of the last 4 ISO weeks (Monday to Sunday) with one
 *   (weekly), so a month of use is covered even when the app is opened only once a week;
 * - the 3 newest 'before-restore' backups, made just before a restore so it can be undone;
 * - the 3 newest 'rescue' copies (the raw data a start-up restore replaced, which may be all
 *   there is of what a newer Tidemark wrote), however many restores came after;
 * Everything else is deleted. Counting days and weeks that have backups, not calendar days
 * back from `now`, means a month away from the app never empties the folder.
 *
 * Days and weeks are the user's local ones. A backup dated after `now` was written while the
 * clock was wrong: the rule cannot place it, so it keeps it and counts it for nothing (else a
 * clock that jumped back could make the backup just written look old and delete it at once).
 * Input order does not matter.
 */
export function planBackupRotation(backups: readonly BackupEntry[], now: Date): RotationPlan {
  const newestFirst = [...backups].sort(newestFirstOrder)
  const fromTheFuture = newestFirst.filter((backup) => backup.createdAt > now)
  const placeable = newestFirst.filter((backup) => backup.createdAt <= now)

  // Raw rescue copies cannot be restored, so they take none of the recent, daily or weekly
  // places a restorable backup would (they have their own rule below).
  const restorable = placeable.filter((backup) => backup.reason !== 'rescue')
  const kept = new Set<string>(fromTheFuture.map((backup) => backup.name))
  restorable.slice(0, RECENT_BACKUPS_KEPT).forEach((backup) => kept.add(backup.name))
  for (const backup of newestOfEach(restorable, localDay, DAILY_BACKUPS_KEPT)) {
    kept.add(backup.name)
  }
  for (const backup of newestOfEach(restorable, localIsoWeek, WEEKLY_BACKUPS_KEPT)) {
    kept.add(backup.name)
  }
  const newestWith = (reason: BackupReason, count: number) => {
    placeable
      .filter((backup) => backup.reason === reason)
      .slice(0, count)
      .forEach((backup) => kept.add(backup.name))
  }
  newestWith('before-restore', BEFORE_RESTORE_BACKUPS_KEPT)
  newestWith('rescue', RESCUE_COPIES_KEPT)

  const names = newestFirst.map((backup) => backup.name)
  return {
    keep: names.filter((name) => kept.has(name)),
    remove: names.filter((name) => !kept.has(name)),
  }
}

/**
 * Newest first; backups made in the same millisecond (a scheduled one and the before-restore
 * saved at once) by name, so the plan never depends on the order the folder lists them in.
 */
function newestFirstOrder(left: BackupEntry, right: BackupEntry): number {
  const byTime = right.createdAt.getTime() - left.createdAt.getTime()
  if (byTime !== 0) return byTime
  return left.name < right.name ? -1 : left.name > right.name ? 1 : 0
}

/** The first (newest) backup of each of the `count` newest periods; `newestFirst` must be sorted. */
function newestOfEach(
  newestFirst: readonly BackupEntry[],
  periodOf: (date: Date) => string,
  count: number,
): BackupEntry[] {
  const seen = new Set<string>()
  const firsts: BackupEntry[] = []
  for (const backup of newestFirst) {
    const period = periodOf(backup.createdAt)
    if (seen.has(period)) continue
    if (seen.size === count) break
    seen.add(period)
    firsts.push(backup)
  }
  return firsts
}

/** The local calendar day, as YYYY-MM-DD. */
function localDay(date: Date): string {
  return isoDate(date.getFullYear(), date.getMonth(), date.getDate())
}

/** The ISO week (Monday to Sunday) holding the local day, named by its Monday. */
function localIsoWeek(date: Date): string {
  const daysSinceMonday = (date.getDay() + 6) % 7
  return isoDate(date.getFullYear(), date.getMonth(), date.getDate() - daysSinceMonday)
}

/** A calendar date as YYYY-MM-DD; a day of month out of range rolls over, as Date.UTC does. */
function isoDate(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10)
}
