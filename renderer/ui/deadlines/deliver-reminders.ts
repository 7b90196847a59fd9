import type { TidemarkDatabase } from '../../data/db'
import { claimReminders, readShownReminders } from '../../data/repositories/reminders'
import type { DesktopNotification, Platform } from '../../platform'
import { dueReminders, type DeadlineOffer, type DeadlineReminder } from './deadline-reminders'

/**
 * Shows each due deadline reminder once as a desktop notification. Nothing happens while
 * notifications are not allowed: the reminders stay due, and are shown once the user allows
 * them. A reminder is claimed (remembered as shown) before it is shown, so another window
 * never shows it too; answers the reminders shown.
 */
export async function deliverReminders(
  db: TidemarkDatabase,
  platform: Platform,
  offers: readonly DeadlineOffer[],
  now: Date,
  say: (reminder: DeadlineReminder) => DesktopNotification,
): Promise<DeadlineReminder[]> {
  if (platform.notificationAccess() !== 'granted') return []
  const due = dueReminders(offers, now, await readShownReminders(db))
  if (due.length === 0) return []
  const claimed = new Set(
    await claimReminders(
      db,
      due.map((reminder) => reminder.key),
    ),
  )
  const shown: DeadlineReminder[] = []
  for (const reminder of due) {
    if (!claimed.has(reminder.key)) continue
    const outcome = await platform.notify(say(reminder))
    if (outcome.status === 'shown') shown.push(reminder)
  }
  return shown
}
