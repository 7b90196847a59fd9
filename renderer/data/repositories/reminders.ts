import type { TidemarkDatabase } from '../db'

const SHOWN_REMINDERS = 'shownDeadlineReminders'

/**
 * How many shown reminders are remembered, newest kept: four per deadline, so hundreds of
 * offers' worth. An older one forgotten could only be shown again if its offer is still open
 * with the same deadline, long overdue.
 */
export const MAX_REMEMBERED_REMINDERS = 1000

function keysFrom(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : []
}

/** The deadline reminders already shown, by the key the reminder rule gives each. */
export async function readShownReminders(db: TidemarkDatabase): Promise<Set<string>> {
  return new Set(keysFrom((await db.meta.get(SHOWN_REMINDERS))?.value))
}

/**
 * Records reminders as shown and answers the keys that were not recorded yet, in one
 * transaction. Call it before showing them and show only what it answers: two windows, or a
 * screen drawn twice, then never show the same reminder twice.
 */
export async function claimReminders(
  db: TidemarkDatabase,
  keys: readonly string[],
): Promise<string[]> {
  if (keys.length === 0) return []
  return db.transaction('rw', db.meta, async () => {
    const shown = keysFrom((await db.meta.get(SHOWN_REMINDERS))?.value)
    const known = new Set(shown)
    const claimed = [...new Set(keys)].filter((key) => !known.has(key))
    if (claimed.length === 0) return []
    const remembered = [...shown, ...claimed].slice(-MAX_REMEMBERED_REMINDERS)
    await db.meta.put({ key: SHOWN_REMINDERS, value: remembered })
    return claimed
  })
}
