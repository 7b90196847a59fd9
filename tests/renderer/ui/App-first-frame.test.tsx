// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { detectPlatform } from '../../../renderer/platform'
import { App } from '../../../renderer/ui/App'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { databaseDueAnExport } from '../../helpers/database-due-an-export'
import { testServices } from '../../helpers/test-services'

/** Each call of the export reminder's hook (the banners' first), counted. */
const reminder = vi.hoisted(() => ({ calls: 0 }))
vi.mock('../../../renderer/ui/hooks/use-export-reminder', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../../renderer/ui/hooks/use-export-reminder')>()
  return {
    ...original,
    useExportReminder: () => {
      reminder.calls++
      return original.useExportReminder()
    },
  }
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

describe('the app’s first frame', () => {
  it('mounts the banners once it is painted, and they still show', async () => {
    const db = await databaseDueAnExport('app-first-frame')
    const i18n = await createI18n('en')
    window.location.hash = '#/settings'
    render(
      <I18nextProvider i18n={i18n}>
        <App services={testServices(db, detectPlatform({}), ['en'])} />
      </I18nextProvider>,
    )
    // Rendered and committed (render() flushes the effects), not yet painted.
    expect(reminder.calls).toBe(0)
    expect(await screen.findByTestId('export-reminder', {}, { timeout: 5000 })).toBeTruthy()
    expect(reminder.calls).toBeGreaterThan(0)
  }, 30_000)

  it('mounts them even in a window that paints no frame (hidden, minimized, a background tab)', async () => {
    const db = await databaseDueAnExport('app-first-frame')
    const noFrames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0)
    try {
      render(
        <I18nextProvider i18n={await createI18n('en')}>
          <App services={testServices(db, detectPlatform({}), ['en'])} />
        </I18nextProvider>,
      )
      expect(await screen.findByTestId('export-reminder', {}, { timeout: 5000 })).toBeTruthy()
    } finally {
      noFrames.mockRestore()
    }
  }, 30_000)
})
