import { describe, expect, it, vi } from 'vitest'
import {
  QUIT_BACKUP_TIMEOUT_MS,
  createQuitBackup,
  type QuitBackupDeps,
} from '../../main/backups/quit-backup'

/** The quit orchestration with a fake clock: `elapse()` fires the pending timeout, if any. */
function setUp(overrides: Partial<QuitBackupDeps> = {}) {
  const timers: { ms: number; callback: () => void; cancelled: boolean }[] = []
  const deps = {
    requestBackup: vi.fn(() => true),
    quit: vi.fn(),
    schedule: vi.fn((ms: number, callback: () => void) => {
      const timer = { ms, callback, cancelled: false }
      timers.push(timer)
      return () => {
        timer.cancelled = true
      }
    }),
    ...overrides,
  }
  const elapse = () => {
    for (const timer of timers.filter((pending) => !pending.cancelled)) {
      timer.cancelled = true
      timer.callback()
    }
  }
  return { quitBackup: createQuitBackup(deps), deps, timers, elapse }
}

function attempt() {
  return { preventDefault: vi.fn() }
}

describe('the backup on quit', () => {
  it('holds the first quit, asks for a backup, and quits once it is written', () => {
    const { quitBackup, deps, timers } = setUp()
    const first = attempt()
    quitBackup.onQuitAttempt(first)
    expect(first.preventDefault).toHaveBeenCalled()
    expect(deps.requestBackup).toHaveBeenCalledTimes(1)
    expect(deps.quit).not.toHaveBeenCalled()
    expect(timers.map((timer) => timer.ms)).toEqual([QUIT_BACKUP_TIMEOUT_MS])

    quitBackup.backupSettled()
    expect(deps.quit).toHaveBeenCalledTimes(1)
    expect(timers[0]?.cancelled).toBe(true)
  })

  it('lets the quit it makes itself pass through, so it cannot loop', () => {
    const { quitBackup, deps } = setUp()
    quitBackup.onQuitAttempt(attempt())
    quitBackup.backupSettled()
    // app.quit() raises before-quit again, then each window's close.
    const second = attempt()
    const windowClose = attempt()
    quitBackup.onQuitAttempt(second)
    quitBackup.onQuitAttempt(windowClose)
    expect(second.preventDefault).not.toHaveBeenCalled()
    expect(windowClose.preventDefault).not.toHaveBeenCalled()
    expect(deps.requestBackup).toHaveBeenCalledTimes(1)
    expect(deps.quit).toHaveBeenCalledTimes(1)
  })

  it('quits anyway when no backup arrives in time', () => {
    const { quitBackup, deps, elapse } = setUp()
    quitBackup.onQuitAttempt(attempt())
    elapse()
    expect(deps.quit).toHaveBeenCalledTimes(1)
    // A backup that ends after the timeout changes nothing.
    quitBackup.backupSettled()
    expect(deps.quit).toHaveBeenCalledTimes(1)
  })

  it('keeps waiting, without asking twice, when quit is pressed again meanwhile', () => {
    const { quitBackup, deps, timers } = setUp()
    quitBackup.onQuitAttempt(attempt())
    const impatient = attempt()
    quitBackup.onQuitAttempt(impatient)
    expect(impatient.preventDefault).toHaveBeenCalled()
    expect(deps.requestBackup).toHaveBeenCalledTimes(1)
    expect(timers).toHaveLength(1)
    quitBackup.backupSettled()
    expect(deps.quit).toHaveBeenCalledTimes(1)
  })

  it('lets the quit go on at once when there is no window to ask', () => {
    const { quitBackup, deps, timers } = setUp({ requestBackup: vi.fn(() => false) })
    const first = attempt()
    quitBackup.onQuitAttempt(first)
    expect(first.preventDefault).not.toHaveBeenCalled()
    expect(timers).toHaveLength(0)
    expect(deps.quit).not.toHaveBeenCalled() // Electron goes on quitting by itself
    const second = attempt()
    quitBackup.onQuitAttempt(second)
    expect(second.preventDefault).not.toHaveBeenCalled()
  })

  it('ignores a quit backup written while nobody is quitting', () => {
    const { quitBackup, deps } = setUp()
    quitBackup.backupSettled()
    expect(deps.quit).not.toHaveBeenCalled()
    const first = attempt()
    quitBackup.onQuitAttempt(first)
    expect(first.preventDefault).toHaveBeenCalled()
  })
})
