import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backupFileName } from '../../main/backups/backup-store'
import { planBackupRotation, type BackupEntry } from '../../main/backups/rotation'
import type { BackupReason } from '../../preload/api'
import { runBackupFullDisk } from '../../scripts/faults/backup-full-disk'

/**
 * Issue 10: a write error (full disk) in the middle of an automatic backup. Weeks of backups
 * go through the real store and main/atomic-write.ts into a temp folder while the disk fills
 * up part-way through some of them (scripts/faults/full-disk.ts cuts the write off, or fails
 * the flush, with ENOSPC). Every earlier backup must stay whole and the rotation right; the
 * same run, longer, is part of `npm run faults`.
 */
describe('a full disk in the middle of an automatic backup', () => {
  it('refuses that backup as disk-full, keeps every earlier one whole, and rotates right', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
        const report = await runBackupFullDisk({ seed, days: 40, faultRate: 0.3 })
        expect(report.lost).toEqual([])
        expect(report.wrongRotation).toEqual([])
        expect(report.leftovers).toEqual([])
        expect(report.unexpected).toEqual([])
        // The run did what it claims: backups written, rotated, and refused both ways.
        expect(report.written).toBeGreaterThan(20)
        expect(report.kept).toBeLessThan(report.written)
        expect(report.refusedMidWrite + report.refusedAtFlush).toBeGreaterThan(3)
      }),
      { numRuns: 4 },
    )
  }, 60_000)

  it('counts a refused write that had put bytes on disk, and still leaves no trace of it', async () => {
    const report = await runBackupFullDisk({ seed: 7, days: 30, faultRate: 1 })
    expect(report.written).toBe(0)
    expect(report.refusedMidWrite).toBeGreaterThan(0)
    expect(report.refusedAtFlush).toBeGreaterThan(0)
    expect(report.partialBytes).toBeGreaterThan(0)
    expect(report.kept).toBe(0)
    expect([
      ...report.lost,
      ...report.wrongRotation,
      ...report.leftovers,
      ...report.unexpected,
    ]).toEqual([])
  })
})

describe('what the full-disk run found, kept as a regression', () => {
  it('plans the same rotation whatever order the folder lists backups of the same millisecond in (seed 1)', () => {
    // A scheduled backup and the before-restore saved at once, then days of one backup each:
    // the sixth-newest place falls between the two, and the folder's order used to decide.
    const entry = (date: Date, reason: BackupReason): BackupEntry => ({
      name: backupFileName(date, reason),
      createdAt: date,
      reason,
    })
    const twins = new Date(2026, 9, 1, 16, 1)
    const backups = [
      entry(twins, 'scheduled'),
      entry(twins, 'before-restore'),
      ...[3, 4, 5, 6, 7].map((day) => entry(new Date(2026, 9, day, 9, 0), 'scheduled')),
    ]
    const now = new Date(2026, 9, 7, 12, 0)
    fc.assert(
      fc.property(fc.shuffledSubarray(backups, { minLength: backups.length }), (listed) => {
        expect(planBackupRotation(listed, now)).toEqual(planBackupRotation(backups, now))
      }),
    )
  })
})
