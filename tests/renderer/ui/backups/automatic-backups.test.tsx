// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { readLastAutomaticBackup } from '../../../../renderer/data/repositories/meta'
import {
  PlatformError,
  type BackupReason,
  type Platform,
  type PlatformBackups,
} from '../../../../renderer/platform'
import { App } from '../../../../renderer/ui/App'
import { testServices } from '../../../helpers/test-services'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'

afterEach(cleanup)

/** Main's side, faked: it asks for a backup the way the quit does, and may fail the write. */
function fakeMain(failWith: string | null) {
  let requested: (() => void) | null = null
  const written: BackupReason[] = []
  const backups: PlatformBackups = {
    write: (_contents, reason) => {
      if (failWith)
        return Promise.reject(new PlatformError({ code: 'disk-full', detail: failWith }))
      written.push(reason)
      return Promise.resolve({ fileName: `b-${reason}.json` })
    },
    list: () => Promise.resolve({ backups: [], folder: '/data/backups' }),
    read: () => Promise.reject(new Error('none')),
    onRequested: (listener) => {
      requested = listener
      return () => {
        requested = null
      }
    },
  }
  return {
    backups,
    written,
    /** Asks once the app listens (it starts to after its first paint): never into the void. */
    askForBackup: async () => {
      await waitFor(() => {
        expect(requested).not.toBeNull()
      })
      requested?.()
    },
  }
}

async function renderApp(backups: PlatformBackups) {
  const db = new TidemarkDatabase(`automatic-backups-${crypto.randomUUID()}`)
  await db.open()
  const platform = {
    kind: 'electron',
    backups,
    systemLanguages: () => Promise.resolve(['en']),
    // The deadline banner asks whether it may notify; no offers here, so nothing is shown.
    notificationAccess: () => 'unsupported',
    requestNotificationAccess: () => Promise.resolve('unsupported'),
    notify: () => Promise.resolve({ status: 'not-allowed' }),
  } as unknown as Platform
  render(
    <I18nextProvider i18n={await createI18n('en')}>
      <App services={testServices(db, platform)} />
    </I18nextProvider>,
  )
  return db
}

describe('automatic backups', () => {
  it('answer main’s request on quit with a backup marked quit', async () => {
    const main = fakeMain(null)
    const db = await renderApp(main.backups)
    await main.askForBackup()
    await waitFor(async () => {
      expect(await readLastAutomaticBackup(db)).toMatchObject({ reason: 'quit', error: null })
    })
    expect(main.written).toEqual(['quit'])
    expect(screen.queryByTestId('backup-failed')).toBeNull()
    await db.delete()
  })

  it('a failed backup is recorded and shown, not only logged', async () => {
    const main = fakeMain('ENOSPC: no space left on device')
    const db = await renderApp(main.backups)
    await main.askForBackup()
    await waitFor(async () => {
      expect(await readLastAutomaticBackup(db)).toMatchObject({
        reason: 'quit',
        error: 'ENOSPC: no space left on device',
      })
    })
    const banner = await screen.findByTestId('backup-failed')
    expect(banner.textContent).toMatch(/failed \(ENOSPC: no space left on device\)/)
    await db.delete()
  })
})
