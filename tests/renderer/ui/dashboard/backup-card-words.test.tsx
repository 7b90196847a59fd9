// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { recordExport } from '../../../../renderer/data/repositories/meta'
import { saveGoal } from '../../../../renderer/data/repositories/goals'
import { localDate } from '../../../../renderer/data/snapshots'
import { BackupCard } from '../../../../renderer/ui/screens/dashboard/cards/BackupCard'
import { freshDb, renderWith } from '../journal-progress/render'

afterEach(cleanup)

/**
 * Trial 18 L11: an import that replaces the data stamps the same date as an export (on purpose:
 * the user then holds that copy), and the card said 'Last exported Dec 2.' when the user had only
 * imported. It says what the date means, and that later changes are in no file yet.
 */
describe('the dashboard backup card, in a browser', () => {
  for (const [language, says, never] of [
    ['en', 'last matched a saved file on', 'Last exported'],
    ['zh-CN', '数据上次与保存的文件一致是在', '上次导出：'],
  ] as const) {
    it(`says when the data last matched a file, not 'exported' (${language})`, async () => {
      const db = await freshDb('backup-card-words')
      await saveGoal(db, {
        title: 'Ten notes',
        targetDate: '2099-01-01',
        target: { kind: 'entry-count', journalKind: 'learning', count: 10, from: '2026-12-01' },
      })
      const now = new Date()
      await recordExport(db, now)
      await renderWith(
        db,
        <BackupCard
          lastExportAt={now.toISOString()}
          lastAutomaticBackup={null}
          today={localDate(now)}
        />,
        language,
      )
      await waitFor(() => {
        expect(screen.getByTestId('dashboard-backup').textContent).toContain(says)
      })
      expect(screen.getByTestId('dashboard-backup').textContent).not.toContain(never)
    })
  }

  // Review 24 L10: a merge into a Tidemark that held nothing stamps the date too
  // (importCountsAsExport), and the words named only an import that replaced the data. Since
  // trial 34 L7 they name no import mode (jargon to a new user): any import that left the data
  // exactly as the file holds, which a merge into no data is.
  for (const [language, merge] of [
    ['en', 'or imported a file and ended up with exactly what the file holds'],
    ['zh-CN', '或导入文件后数据与文件内容完全相同'],
  ] as const) {
    it(`counts any import that left the data as the file among what stamps the date (${language})`, async () => {
      const db = await freshDb('backup-card-words-merge')
      await saveGoal(db, {
        title: 'Ten notes',
        targetDate: '2099-01-01',
        target: { kind: 'entry-count', journalKind: 'learning', count: 10, from: '2026-12-01' },
      })
      const now = new Date()
      await recordExport(db, now)
      await renderWith(
        db,
        <BackupCard
          lastExportAt={now.toISOString()}
          lastAutomaticBackup={null}
          today={localDate(now)}
        />,
        language,
      )
      await waitFor(() => {
        expect(screen.getByTestId('dashboard-backup').textContent).toContain(merge)
      })
    })
  }
})
