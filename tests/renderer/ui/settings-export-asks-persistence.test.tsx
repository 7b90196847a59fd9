// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import { detectPlatform, type Platform } from '../../../renderer/platform'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { DataTransferPanel } from '../../../renderer/ui/screens/settings/DataTransferPanel'
import { ServicesProvider } from '../../../renderer/ui/services'
import { testServices } from '../../helpers/test-services'

/**
 * Browser mode's backups check (helper data23): the app asked the browser to keep its data
 * once, at start, and never again; headless Chromium refused it there, and Settings said "The
 * browser has not promised to keep this data" with nothing that would ask again. An export,
 * a click by someone who means to keep the data, now asks again; the desktop app does not.
 */

const opened: TidemarkDatabase[] = []
const original = Object.getOwnPropertyDescriptor(navigator, 'storage')
afterEach(async () => {
  cleanup()
  if (original) Object.defineProperty(navigator, 'storage', original)
  for (const db of opened.splice(0)) await db.delete()
})

async function exportWith(kind: Platform['kind']) {
  const persist = vi.fn(() => Promise.resolve(false))
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { persist, persisted: () => Promise.resolve(false) },
  })
  const db = new TidemarkDatabase(`export-persist-${crypto.randomUUID()}`)
  opened.push(db)
  await db.open()
  const saveTextFile = vi.fn((fileName: string) =>
    Promise.resolve({ status: 'saved' as const, fileName }),
  )
  const platform: Platform = { ...detectPlatform({}), kind, saveTextFile }
  render(
    <I18nextProvider i18n={await createI18n('en')}>
      <ServicesProvider services={testServices(db, platform)}>
        <DataTransferPanel />
      </ServicesProvider>
    </I18nextProvider>,
  )
  fireEvent.click(screen.getByRole('button', { name: 'Export all data…' }))
  await waitFor(() => {
    expect(saveTextFile).toHaveBeenCalledOnce()
  })
  return persist
}

describe('an export in browser mode', () => {
  it('asks the browser again to keep the data', async () => {
    expect(await exportWith('browser')).toHaveBeenCalledOnce()
  })

  it('does not in the desktop app, which keeps backups on disk', async () => {
    expect(await exportWith('electron')).not.toHaveBeenCalled()
  })
})
