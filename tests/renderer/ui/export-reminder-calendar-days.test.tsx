// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TidemarkDatabase } from '../../../renderer/data/db'
import { recordExport } from '../../../renderer/data/repositories/meta'
import { detectPlatform } from '../../../renderer/platform'
import { Banners } from '../../../renderer/ui/Banners'
import {
  EXPORT_REMINDER_DAYS,
  daysSinceExport,
  exportReminderAt,
} from '../../../renderer/ui/hooks/use-export-reminder'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { ServicesProvider } from '../../../renderer/ui/services'
import { databaseDueAnExport } from '../../helpers/database-due-an-export'
import { testServices } from '../../helpers/test-services'

/**
 * Trial 32 (B14): exported Dec 3 at 12:40, on Dec 11 the reminder said "7 days ago", counting
 * 24-hour periods; a user counts 8. The days are counted on the user's calendar, as the
 * deadlines' are, and the reminder comes once the export is a week old on the calendar.
 * Dates are made in the local time zone, which is the one the count follows.
 */

const EXPORTED = new Date(2026, 11, 3, 12, 40).toISOString()

describe('daysSinceExport', () => {
  it('counts calendar days, not 24-hour periods', () => {
    expect(daysSinceExport(EXPORTED, new Date(2026, 11, 11, 9, 0))).toBe(8)
    expect(daysSinceExport(EXPORTED, new Date(2026, 11, 3, 23, 59))).toBe(0)
    expect(daysSinceExport(EXPORTED, new Date(2026, 11, 4, 0, 1))).toBe(1)
  })
})

describe('exportReminderAt', () => {
  it('reminds from the day a week after the export on, not before', () => {
    expect(EXPORT_REMINDER_DAYS).toBe(7)
    expect(exportReminderAt(EXPORTED, new Date(2026, 11, 9, 23, 59))).toBeNull()
    expect(exportReminderAt(EXPORTED, new Date(2026, 11, 10, 0, 1))).toEqual({
      kind: 'due',
      days: 7,
    })
    expect(exportReminderAt(null, new Date(2026, 11, 10))).toEqual({ kind: 'never' })
  })
})

const opened: TidemarkDatabase[] = []
afterEach(async () => {
  cleanup()
  vi.useRealTimers()
  for (const db of opened.splice(0)) await db.delete()
})

it('the banner says 8 days on the 11th for an export on the 3rd at 12:40', async () => {
  const db = await databaseDueAnExport('reminder-calendar')
  opened.push(db)
  await recordExport(db, new Date(EXPORTED))
  // Only the clock is faked: IndexedDB's timers stay real.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 11, 11, 9, 0))
  render(
    <I18nextProvider i18n={await createI18n('en')}>
      <ServicesProvider services={testServices(db, detectPlatform({}), ['en'])}>
        <Banners />
      </ServicesProvider>
    </I18nextProvider>,
  )
  const reminder = await screen.findByTestId('export-reminder', {}, { timeout: 5000 })
  expect(reminder.textContent).toContain('Your last export was 8 days ago.')
}, 30_000)
