import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BEFORE_RESTORE_BACKUPS_KEPT,
  DAILY_BACKUPS_KEPT,
  RESCUE_COPIES_KEPT,
  WEEKLY_BACKUPS_KEPT,
  planBackupRotation,
  type BackupEntry,
} from '../../main/backups/rotation'
import { BACKUP_REASONS, type BackupReason } from '../../preload/api'

// Dates are built in local time, as the rule counts local days: the tests pass in any time zone.

/** A local date and time; month counts from 1. */
function at(year: number, month: number, day: number, hour = 21, minute = 0): Date {
  return new Date(year, month - 1, day, hour, minute)
}

/** A backup named after its local time, e.g. "11-29 21:00 quit". */
function backup(date: Date, reason: BackupReason = 'scheduled'): BackupEntry {
  const pad = (value: number) => String(value).padStart(2, '0')
  const name = `${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())} ${reason}`
  return { name, createdAt: date, reason }
}

function dayNames(year: number, month: number, days: number[]): string[] {
  return days.map((day) => backup(at(year, month, day)).name)
}

describe('planBackupRotation', () => {
  it('has nothing to do for an empty folder', () => {
    expect(planBackupRotation([], at(2026, 11, 29))).toEqual({ keep: [], remove: [] })
  })

  it('keeps a single backup', () => {
    const only = backup(at(2026, 11, 29), 'manual')
    expect(planBackupRotation([only], at(2026, 11, 29, 22))).toEqual({
      keep: [only.name],
      remove: [],
    })
  })

  it('keeps the 5 newest of a busy day, not only the last one', () => {
    // A mistake at 10:00, then the scheduled backup at 11:00: the 08:00 backup must survive.
    const hours = [7, 8, 9, 11, 13, 15, 21]
    const day = hours.map((hour) =>
      backup(at(2026, 11, 29, hour), hour === 21 ? 'quit' : 'scheduled'),
    )
    const plan = planBackupRotation(day, at(2026, 11, 29, 22))
    expect(plan.keep).toEqual(
      day
        .slice(2)
        .reverse()
        .map((entry) => entry.name),
    )
    expect(plan.remove).toEqual(
      day
        .slice(0, 2)
        .reverse()
        .map((entry) => entry.name),
    )
  })

  it('keeps only the newest backup of an older day', () => {
    const earlier = [9, 12, 21].map((hour) => backup(at(2026, 11, 20, hour)))
    const recent = [1, 2, 3, 4, 5].map((hour) => backup(at(2026, 11, 29, hour)))
    const plan = planBackupRotation([...earlier, ...recent], at(2026, 11, 29, 22))
    expect(plan.keep).toContain(earlier[2]?.name)
    expect(plan.remove).toEqual([earlier[1]?.name, earlier[0]?.name])
  })

  it('after a month of daily use keeps the last 7 days and the last 4 weeks', () => {
    // Sunday 1 November to Sunday 29 November 2026, one backup a day.
    const month = Array.from({ length: 29 }, (_, index) => backup(at(2026, 11, index + 1)))
    const plan = planBackupRotation(month, at(2026, 11, 29, 22))
    // Daily: 23–29. Weekly: the weeks ending Sundays 29, 22, 15 and 8 (Mondays 23, 16, 9, 2).
    expect(plan.keep).toEqual(dayNames(2026, 11, [29, 28, 27, 26, 25, 24, 23, 22, 15, 8]))
    expect(plan.remove).toHaveLength(29 - 10)
    // 1 November is a Sunday: it closes the fifth week back, which is not kept.
    expect(plan.remove).toContain(backup(at(2026, 11, 1)).name)
  })

  it('counts days that have backups, not calendar days: a gap loses nothing', () => {
    // Used every tenth day since the summer: 10 days with backups over three months.
    const sparse = Array.from({ length: 10 }, (_, index) =>
      backup(new Date(2026, 8, 1 + index * 10, 21)),
    )
    const plan = planBackupRotation(sparse, at(2026, 12, 31))
    // Each backup is in its own week, so the 7 newest days cover the 4 newest weeks too.
    expect(plan.keep).toEqual(
      sparse
        .slice(-DAILY_BACKUPS_KEPT)
        .reverse()
        .map((entry) => entry.name),
    )
    expect(plan.remove).toEqual(
      sparse
        .slice(0, 3)
        .reverse()
        .map((entry) => entry.name),
    )
  })

  it('starts each week on a Monday', () => {
    // Monday 7 to Sunday 13 December fill the 7 daily places; the weeks before are weekly.
    const daily = Array.from({ length: 7 }, (_, index) => backup(at(2026, 12, 7 + index)))
    const sundayNight = backup(at(2026, 12, 6, 23, 59))
    const mondayJustAfterMidnight = backup(at(2026, 11, 30, 0, 1)) // same week as 6 December
    const previousSundayNight = backup(at(2026, 11, 29, 23, 59))
    const previousMonday = backup(at(2026, 11, 23, 0, 1)) // same week as 29 November
    const sundayTwoWeeksBack = backup(at(2026, 11, 22, 12))
    const fifthWeekBack = backup(at(2026, 11, 15, 12))
    const plan = planBackupRotation(
      [
        ...daily,
        sundayNight,
        mondayJustAfterMidnight,
        previousSundayNight,
        previousMonday,
        sundayTwoWeeksBack,
        fifthWeekBack,
      ],
      at(2026, 12, 13, 22),
    )
    expect(plan.keep).toEqual([
      ...dayNames(2026, 12, [13, 12, 11, 10, 9, 8, 7]),
      sundayNight.name,
      previousSundayNight.name,
      sundayTwoWeeksBack.name,
    ])
    expect(plan.remove).toEqual([
      mondayJustAfterMidnight.name,
      previousMonday.name,
      fifthWeekBack.name,
    ])
  })

  it('keeps an ISO week whole across the new year', () => {
    // Monday 4 to Sunday 10 January 2027 fill the daily places.
    const daily = Array.from({ length: 7 }, (_, index) => backup(at(2027, 1, 4 + index)))
    const newYearSunday = backup(at(2027, 1, 3))
    const newYearsEve = backup(at(2026, 12, 31)) // Thursday of the same ISO week 2026-W53
    const mondayBefore = backup(at(2026, 12, 28))
    const sundayBefore = backup(at(2026, 12, 27))
    const plan = planBackupRotation(
      [mondayBefore, ...daily, sundayBefore, newYearsEve, newYearSunday],
      at(2027, 1, 10, 22),
    )
    expect(plan.keep).toEqual([
      ...dayNames(2027, 1, [10, 9, 8, 7, 6, 5, 4]),
      newYearSunday.name,
      sundayBefore.name,
    ])
    expect(plan.remove).toEqual([newYearsEve.name, mondayBefore.name])
  })

  it('keeps the last 3 before-restore backups, however old', () => {
    const restores = [1, 2, 3, 4, 5].map((day) => backup(at(2026, 6, day, 10), 'before-restore'))
    const recent = Array.from({ length: 8 }, (_, index) => backup(at(2026, 11, 20 + index)))
    const plan = planBackupRotation([...restores, ...recent], at(2026, 11, 27, 22))
    for (const kept of restores.slice(-BEFORE_RESTORE_BACKUPS_KEPT)) {
      expect(plan.keep).toContain(kept.name)
    }
    expect(plan.remove).toEqual(expect.arrayContaining([restores[0]?.name, restores[1]?.name]))
  })

  it('keeps the 3 newest before-restore backups even when newer backups push them out', () => {
    const restores = [9, 10, 11, 12].map((hour) => backup(at(2026, 11, 29, hour), 'before-restore'))
    const later = [13, 14, 15, 16, 21].map((hour) => backup(at(2026, 11, 29, hour), 'scheduled'))
    const plan = planBackupRotation([...restores, ...later], at(2026, 11, 29, 22))
    expect(plan.keep).toEqual([
      ...later.map((entry) => entry.name).reverse(),
      restores[3]?.name,
      restores[2]?.name,
      restores[1]?.name,
    ])
    expect(plan.remove).toEqual([restores[0]?.name])
  })

  it('gives raw rescue copies none of the places a restorable backup needs', () => {
    // The day's only restorable backup, then five start-up rescues the same day (a newer
    // Tidemark's data, tried again and again): counted as backups, they filled the 5 recent
    // places and the day's place, and the one backup that can be restored was deleted.
    const morning = backup(at(2026, 11, 27, 8), 'scheduled')
    const rescues = [9, 10, 11, 12, 13].map((hour) => backup(at(2026, 11, 27, hour), 'rescue'))
    const plan = planBackupRotation([morning, ...rescues], at(2026, 11, 27, 22))
    expect(plan.keep).toContain(morning.name)
    // The rescues keep only their own rule: the 3 newest.
    expect(plan.remove).toEqual([rescues[1]?.name, rescues[0]?.name])
  })

  it('keeps the 3 newest raw rescue copies, however many restores and backups came after', () => {
    const rescues = [1, 2, 3, 4].map((day) => backup(at(2026, 6, day, 10), 'rescue'))
    const restores = [5, 6, 7, 8].map((day) => backup(at(2026, 6, day, 10), 'before-restore'))
    const recent = Array.from({ length: 8 }, (_, index) => backup(at(2026, 11, 20 + index)))
    const plan = planBackupRotation([...rescues, ...restores, ...recent], at(2026, 11, 27, 22))
    expect(RESCUE_COPIES_KEPT).toBe(3)
    expect(plan.keep).toEqual(
      expect.arrayContaining([rescues[3]?.name, rescues[2]?.name, rescues[1]?.name]),
    )
    expect(plan.remove).toContain(rescues[0]?.name)
    // The restores after them are counted apart: still their own newest three.
    expect(plan.keep).toEqual(
      expect.arrayContaining([restores[3]?.name, restores[2]?.name, restores[1]?.name]),
    )
  })

  it('keeps a backup dated after now and lets it take no place', () => {
    const fromTheFuture = backup(at(2031, 1, 1))
    const week = Array.from({ length: 7 }, (_, index) => backup(at(2026, 11, 23 + index)))
    const justWritten = backup(at(2026, 11, 30, 9), 'quit')
    const plan = planBackupRotation([fromTheFuture, ...week, justWritten], at(2026, 11, 30, 9))
    expect(plan.keep).toContain(fromTheFuture.name)
    expect(plan.keep).toContain(justWritten.name)
    // The six newest days before today are still kept: the future backup took none of them.
    expect(plan.keep).toEqual(expect.arrayContaining(dayNames(2026, 11, [29, 28, 27, 26, 25, 24])))
  })
})

describe('planBackupRotation on any folder', () => {
  const backups = fc
    .uniqueArray(
      fc.record({
        createdAt: fc.date({
          min: new Date(2025, 0, 1),
          max: new Date(2027, 0, 1),
          noInvalidDate: true,
        }),
        reason: fc.constantFrom(...BACKUP_REASONS),
      }),
      { maxLength: 60, selector: (entry) => entry.createdAt.getTime() },
    )
    .map((entries) =>
      entries.map((entry, index) => ({ ...entry, name: `backup-${index}` }) satisfies BackupEntry),
    )

  it('splits the names into keep and remove, keeps the newest and keeps a bounded number', () => {
    fc.assert(
      fc.property(backups, (entries) => {
        const plan = planBackupRotation(entries, new Date(2027, 0, 1))
        const names = entries.map((entry) => entry.name)
        expect([...plan.keep, ...plan.remove].sort()).toEqual([...names].sort())
        const newest = [...entries].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]
        if (newest) expect(plan.keep).toContain(newest.name)
        expect(plan.keep.length).toBeLessThanOrEqual(
          DAILY_BACKUPS_KEPT +
            WEEKLY_BACKUPS_KEPT +
            BEFORE_RESTORE_BACKUPS_KEPT +
            RESCUE_COPIES_KEPT,
        )
      }),
    )
  })
})
