import { Dexie } from 'dexie'
import { useEffect } from 'react'
import { exportDocument } from '../../data/transfer/export'
import { recordAutomaticBackup } from '../../data/repositories/meta'
import { PlatformError, type BackupReason } from '../../platform'
import { useServices } from '../services'
import { scheduledBackupDue, touchesUserData } from './backup-schedule'

/** How often the app asks itself whether a scheduled backup is due. */
const CHECK_EVERY_MS = 10 * 60_000

/**
 * The desktop app's automatic backups, driven from the renderer (only it can read the
 * database): the export document handed to main on quit (main asks, and waits a few seconds)
 * and every few hours while data changed. Main writes each atomically and rotates them. In
 * browser mode there is no disk, so nothing runs (the export reminder stands in).
 */
export function useAutomaticBackups(): void {
  const { db, platform } = useServices()
  const backups = platform.backups

  useEffect(() => {
    if (!backups) return
    let lastBackupAt: Date | null = null
    let changed = false
    let writing = false
    // One backup at a time, in order: a quit arriving during a scheduled backup still writes
    // its own (main waits for the one marked 'quit').
    let queue = Promise.resolve()

    function backUp(reason: BackupReason) {
      queue = queue.then(async () => {
        writing = true
        const now = new Date()
        try {
          changed = false
          const contents = await exportDocument(db, { version: __APP_VERSION__, now })
          await backups?.write(contents, reason)
          lastBackupAt = now
          await recordAutomaticBackup(db, { at: now.toISOString(), reason, error: null })
        } catch (error) {
          // Main keeps every earlier backup when a write fails; try again at the next check,
          // and say so where the user looks (Settings and a banner), not only in the console.
          changed = true
          const detail = error instanceof PlatformError ? error.error.detail : String(error)
          console.warn('Tidemark: backup failed', error)
          await recordAutomaticBackup(db, { at: now.toISOString(), reason, error: detail }).catch(
            () => undefined,
          )
        } finally {
          writing = false
        }
      })
    }

    void backups.list().then(({ backups: stored }) => {
      const newest = stored[0]
      if (newest) lastBackupAt = new Date(newest.createdAt)
    })
    const onMutated = (parts: Record<string, unknown>) => {
      if (touchesUserData(parts, db.name)) changed = true
    }
    Dexie.on('storagemutated', onMutated)
    const stopListening = backups.onRequested(() => {
      backUp('quit')
    })
    const timer = setInterval(() => {
      if (!writing && scheduledBackupDue(lastBackupAt, changed, new Date())) backUp('scheduled')
    }, CHECK_EVERY_MS)
    return () => {
      clearInterval(timer)
      stopListening()
      Dexie.on('storagemutated').unsubscribe(onMutated)
    }
  }, [db, backups])
}
