// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import { detectPlatform } from '../../../renderer/platform'
import { App } from '../../../renderer/ui/App'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
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
    const db = new TidemarkDatabase(`app-first-frame-${crypto.randomUUID()}`)
    await db.open()
    // Data and no export: browser mode reminds the user to export.
    await db.skills.put({
      id: 's1',
      name: 'vLLM',
      domain: 'inference-acceleration',
      level: 3,
      evidence: [],
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    })
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
})
