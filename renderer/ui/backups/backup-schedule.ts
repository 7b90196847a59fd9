/** How long the desktop app waits between two scheduled backups while data keeps changing. */
export const SCHEDULED_BACKUP_HOURS = 4
const HOUR_MS = 3_600_000

/**
 * A scheduled backup is due when something the user keeps changed since the last backup and
 * the last one is SCHEDULED_BACKUP_HOURS old (or there is none). Quitting always backs up.
 */
export function scheduledBackupDue(
  lastBackupAt: Date | null,
  changedSinceBackup: boolean,
  now: Date,
): boolean {
  if (!changedSinceBackup) return false
  return (
    lastBackupAt === null ||
    now.getTime() - lastBackupAt.getTime() >= SCHEDULED_BACKUP_HOURS * HOUR_MS
  )
}

/** Tables whose changes are the user's data (not the search index or bookkeeping). */
const NOT_USER_DATA = new Set(['searchIndex', 'meta'])

/**
 * Whether a Dexie `storagemutated` notice touches the user's data in database `name`: its
 * keys read `idb://<database>/<table>/…`.
 */
export function touchesUserData(parts: Record<string, unknown>, name: string): boolean {
  const prefix = `idb://${name}/`
  return Object.keys(parts).some((key) => {
    if (!key.startsWith(prefix)) return false
    const table = key.slice(prefix.length).split('/')[0] ?? ''
    return table !== '' && !NOT_USER_DATA.has(table)
  })
}
