// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import { recordExport } from '../../../renderer/data/repositories/meta'
import { detectPlatform, type Platform } from '../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../renderer/ui/i18n/i18n'
import { DataTransferPanel } from '../../../renderer/ui/screens/settings/DataTransferPanel'
import { ServicesProvider } from '../../../renderer/ui/services'
import { testServices } from '../../helpers/test-services'

/**
 * Trial 32 (B11): Settings never said when the data was last exported; only the dashboard's
 * Backup card did. The export action says it beside it, the day as that card writes it, or
 * that it never was, and follows a new export.
 */

const SLOW = { timeout: 5000 }
const opened: TidemarkDatabase[] = []
afterEach(async () => {
  cleanup()
  for (const db of opened.splice(0)) await db.delete()
})

async function renderPanel(language: UiLanguage, exportedAt?: Date) {
  const db = new TidemarkDatabase(`last-export-${crypto.randomUUID()}`)
  opened.push(db)
  await db.open()
  if (exportedAt) await recordExport(db, exportedAt)
  const saveTextFile = vi.fn((fileName: string) =>
    Promise.resolve({ status: 'saved' as const, fileName }),
  )
  const platform: Platform = { ...detectPlatform({}), saveTextFile }
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <ServicesProvider services={testServices(db, platform, [language])}>
        <DataTransferPanel />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

// Another year than this one, so the day is written with its year whenever the test runs.
const EXPORTED = new Date(2020, 11, 3, 12, 40)

describe('the last export, beside the export action', () => {
  it('says the day of the last export (en, zh-CN)', async () => {
    await renderPanel('en', EXPORTED)
    expect((await screen.findByTestId('last-export', {}, SLOW)).textContent).toBe(
      'Your data last matched a file on Dec 3, 2020 (an export, or an import that left it as the file holds it).',
    )
    cleanup()
    await renderPanel('zh-CN', EXPORTED)
    expect((await screen.findByTestId('last-export', {}, SLOW)).textContent).toBe(
      '数据上次与文件一致是在2020年12月3日（一次导出，或一次使数据与文件完全相同的导入）。',
    )
  }, 30_000)

  it('says it was never exported, and the day once it is', async () => {
    await renderPanel('en')
    expect((await screen.findByTestId('last-export', {}, SLOW)).textContent).toBe(
      'Not exported yet.',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Export all data…' }))
    await screen.findByText(/^Your data last matched a file on /, {}, SLOW)
  }, 30_000)
})
