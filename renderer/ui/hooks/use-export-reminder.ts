import { useLiveQuery } from 'dexie-react-hooks'
import { readLastExportAt } from '../../data/repositories/meta'
import { localDate } from '../../data/snapshots'
import { daysLeft } from '../deadlines/deadline-reminders'
import { holdsNothing } from '../screens/settings/import-as-export'
import { useServices } from '../services'

/**
 * How old the last export may get in browser mode before the app reminds the user: a week, on
 * the calendar (exported on a Thursday, reminded from the next Thursday on).
 */
export const EXPORT_REMINDER_DAYS = 7

export type ExportReminder = { kind: 'never' } | { kind: 'due'; days: number } | null

/**
 * Calendar days from the export's day to `now`'s, in the user's time zone, as the deadlines
 * count them: exported Dec 3 at 12:40, on Dec 11 in the morning it is 8 days (trial 32: 24-hour
 * periods said 7, which no one counting on a calendar says).
 */
export function daysSinceExport(lastExportAt: string, now: Date): number {
  // 0 - days, not -days: the day of the export is 0 days, not -0 (which Intl writes "-0").
  return 0 - daysLeft(localDate(new Date(lastExportAt)), now)
}

/** The reminder for data last exported at `lastExportAt` (null: never), at `now`. */
export function exportReminderAt(lastExportAt: string | null, now: Date): ExportReminder {
  if (lastExportAt === null) return { kind: 'never' }
  const days = daysSinceExport(lastExportAt, now)
  return days >= EXPORT_REMINDER_DAYS ? { kind: 'due', days } : null
}

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
    // Read inside the query (not during render): the clock is the query's input, like the data.
    return exportReminderAt(lastExport, new Date())
  }, [db, platform.kind])
}
