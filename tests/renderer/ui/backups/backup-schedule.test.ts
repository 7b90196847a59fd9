import { describe, expect, it } from 'vitest'
import {
  SCHEDULED_BACKUP_HOURS,
  scheduledBackupDue,
  touchesUserData,
} from '../../../../renderer/ui/backups/backup-schedule'

const at = (iso: string) => new Date(iso)

describe('scheduledBackupDue', () => {
  const last = at('2026-11-29T08:00:00Z')
  it('waits while nothing changed, however long ago the last backup was', () => {
    expect(scheduledBackupDue(last, false, at('2026-12-29T08:00:00Z'))).toBe(false)
    expect(scheduledBackupDue(null, false, at('2026-12-29T08:00:00Z'))).toBe(false)
  })
  it(`backs up changed data once the last backup is ${SCHEDULED_BACKUP_HOURS} hours old`, () => {
    expect(scheduledBackupDue(last, true, at('2026-11-29T11:59:59Z'))).toBe(false)
    expect(scheduledBackupDue(last, true, at('2026-11-29T12:00:00Z'))).toBe(true)
  })
  it('backs up changed data at once when there is no backup yet', () => {
    expect(scheduledBackupDue(null, true, last)).toBe(true)
  })
})

describe('touchesUserData', () => {
  it('counts changes to the user’s tables in this database only', () => {
    expect(touchesUserData({ 'idb://tidemark/journal/': {} }, 'tidemark')).toBe(true)
    expect(touchesUserData({ 'idb://tidemark/skills/': {} }, 'tidemark')).toBe(true)
    expect(touchesUserData({ 'idb://other/journal/': {} }, 'tidemark')).toBe(false)
    expect(touchesUserData({ 'idb://tidemark/searchIndex/': {} }, 'tidemark')).toBe(false)
    expect(touchesUserData({ 'idb://tidemark/meta/': {} }, 'tidemark')).toBe(false)
    expect(touchesUserData({}, 'tidemark')).toBe(false)
  })
})
