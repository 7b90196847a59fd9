/**
 * A backup on the way out. Only the renderer can read the database, so when the user quits
 * (or closes the window, which quits) main holds the quit, asks the renderer for a backup,
 * and quits for real once the renderer's writeBackup with reason 'quit' has ended, written or
 * not, or after QUIT_BACKUP_TIMEOUT_MS (a renderer that hangs, or never listens, must not keep
 * the app open). Only the first quit is held: the one main makes itself, and any after it,
 * pass through, so quitting can never loop.
 */

export const QUIT_BACKUP_TIMEOUT_MS = 5000

/** What Electron hands a 'before-quit' or a window 'close' listener, as far as this module cares. */
export interface QuitAttempt {
  preventDefault: () => void
}

export interface QuitBackupDeps {
  /** Sends the backup request to the window; false when there is no window left to ask. */
  requestBackup: () => boolean
  /** Quits for real (app.quit()). */
  quit: () => void
  /** Calls back after `ms`; answers a function that cancels. setTimeout in the app, a fake in tests. */
  schedule: (ms: number, callback: () => void) => () => void
}

export interface QuitBackup {
  /** For app 'before-quit' and the window's 'close'. */
  onQuitAttempt: (attempt: QuitAttempt) => void
  /** A writeBackup with reason 'quit' has ended, written or failed. */
  backupSettled: () => void
}

type Phase =
  { name: 'running' } | { name: 'waiting'; cancelTimeout: () => void } | { name: 'quitting' }

export function createQuitBackup(deps: QuitBackupDeps): QuitBackup {
  let phase: Phase = { name: 'running' }

  function quitNow(): void {
    if (phase.name === 'waiting') phase.cancelTimeout()
    phase = { name: 'quitting' }
    deps.quit()
  }

  return {
    onQuitAttempt: (attempt) => {
      if (phase.name === 'quitting') return
      // Quit pressed again while the backup is on its way: keep waiting, the timeout bounds it.
      if (phase.name === 'waiting') {
        attempt.preventDefault()
        return
      }
      if (!deps.requestBackup()) {
        phase = { name: 'quitting' }
        return
      }
      attempt.preventDefault()
      phase = { name: 'waiting', cancelTimeout: deps.schedule(QUIT_BACKUP_TIMEOUT_MS, quitNow) }
    },

    backupSettled: () => {
      if (phase.name === 'waiting') quitNow()
    },
  }
}
