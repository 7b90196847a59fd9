import { useLiveQuery } from 'dexie-react-hooks'
import { readLastExportAt } from '../../data/repositories/meta'
import { holdsNothing } from '../screens/settings/import-as-export'
import { useServices } from '../services'

/** How old the last export may get in browser mode before the app reminds the user. */
export const EXPORT_REMINDER_DAYS = 7
const DAY_MS = 86_400_000

export type ExportReminder = { kind: 'never' } | { kind: 'due'; days: number } | null

/**
 * In browser mode the data lives only in the browser's storage, which the browser may clear:
 * remind the user to export when there is data and no export within EXPORT_REMINDER_DAYS.
 * The desktop app keeps automatic backups instead, so it never reminds.
 */
export function useExportReminder(): ExportReminder | undefined {
  const { db, platform } = useServices()
  // Undefined until known: the banners tell a reminder the start shows from one that comes later.
  return useLiveQuery(async () => {
    if (platform.kind !== 'browser') return null
    // Anything an export carries counts (data23: a profile and goals alone never reminded), the
    // same test an import uses to tell a fresh browser.
    const [lastExport, empty] = await Promise.all([readLastExportAt(db), holdsNothing(db)])
    if (empty) return null
    if (lastExport === null) return { kind: 'never' as const }
    // Read inside the query (not during render): the clock is the query's input, like the data.
    const days = Math.floor((Date.now() - Date.parse(lastExport)) / DAY_MS)
    return days >= EXPORT_REMINDER_DAYS ? { kind: 'due' as const, days } : null
  }, [db, platform.kind])
}
