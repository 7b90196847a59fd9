// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { detectPlatform } from '../../../renderer/platform'
import { AllBanners, Banners } from '../../../renderer/ui/Banners'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { ServicesProvider } from '../../../renderer/ui/services'
import { databaseDueAnExport } from '../../helpers/database-due-an-export'
import { testServices } from '../../helpers/test-services'

const SLOW = { timeout: 5000 }

afterEach(() => {
  cleanup()
})

async function renderWithServices(ui: React.ReactNode) {
  const db = await databaseDueAnExport('banners')
  const i18n = await createI18n('en')
  return render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), ['en'])}>
        {ui}
      </ServicesProvider>
    </I18nextProvider>,
  )
}

describe('the banners', () => {
  it('go after the app, not above the screen where App mounts them (they come after its first paint)', async () => {
    const { container } = await renderWithServices(
      <main>
        <AllBanners />
        <h1>The screen</h1>
      </main>,
    )
    const reminder = await screen.findByTestId('export-reminder', {}, SLOW)
    expect(reminder.textContent).toContain('it has never been exported')
    const notices = screen.getByTestId('notices')
    expect(notices.contains(reminder)).toBe(true)
    // Not in the screen's flow: nothing drawn there moves when they arrive.
    expect(container.querySelector('main')?.contains(reminder)).toBe(false)
    expect(notices.parentElement).toBe(document.body)
    expect(container.compareDocumentPosition(notices) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    )
  }, 30_000)

  it('keep a live region for the export reminder, there and empty before it is known', async () => {
    await renderWithServices(<Banners />)
    // Rendered, the reminder's query not yet answered.
    const live = screen.getByRole('status')
    expect(live.textContent).toBe('')
    // One there at start is page content, not read out (export-reminder-announced.test.tsx).
    await screen.findByTestId('export-reminder', {}, SLOW)
    expect(screen.getByRole('status')).toBe(live)
  }, 30_000)
})
