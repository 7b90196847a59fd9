import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../renderer/data/db'
import {
  claimReminders,
  MAX_REMEMBERED_REMINDERS,
  readShownReminders,
} from '../../../renderer/data/repositories/reminders'
import { freshDatabase } from './data-helpers'

let db: TidemarkDatabase

beforeEach(async () => {
  db = await freshDatabase('reminders-test')
})

afterEach(async () => {
  await db.delete()
})

describe('shown reminders', () => {
  it('are none at first', async () => {
    expect(await readShownReminders(db)).toEqual(new Set())
  })

  it('are claimed once: a second claim of the same key answers nothing', async () => {
    expect(await claimReminders(db, ['a|2026-12-03|two-days', 'b|2026-12-02|one-day'])).toEqual([
      'a|2026-12-03|two-days',
      'b|2026-12-02|one-day',
    ])
    expect(await claimReminders(db, ['a|2026-12-03|two-days', 'c|2026-12-01|today'])).toEqual([
      'c|2026-12-01|today',
    ])
    expect(await readShownReminders(db)).toEqual(
      new Set(['a|2026-12-03|two-days', 'b|2026-12-02|one-day', 'c|2026-12-01|today']),
    )
  })

  it('are claimed by one of two windows claiming at once, never both', async () => {
    const key = 'a|2026-12-03|two-days'
    const [first, second] = await Promise.all([
      claimReminders(db, [key]),
      claimReminders(db, [key]),
    ])
    expect([...first, ...second]).toEqual([key])
  })

  it('keep the newest when there are too many to remember', async () => {
    const keys = Array.from({ length: MAX_REMEMBERED_REMINDERS + 5 }, (_, index) => `k${index}`)
    await claimReminders(db, keys)
    const shown = await readShownReminders(db)
    expect(shown.size).toBe(MAX_REMEMBERED_REMINDERS)
    expect(shown.has('k0')).toBe(false)
    expect(shown.has(`k${MAX_REMEMBERED_REMINDERS + 4}`)).toBe(true)
  })

  it('survive a stored value of the wrong shape (read as none)', async () => {
    await db.meta.put({ key: 'shownDeadlineReminders', value: { not: 'a list' } })
    expect(await readShownReminders(db)).toEqual(new Set())
    expect(await claimReminders(db, ['a'])).toEqual(['a'])
  })
})
