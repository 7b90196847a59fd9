// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import { saveSkill } from '../../../renderer/data/repositories/skills'
import { detectPlatform } from '../../../renderer/platform'
import { Banners } from '../../../renderer/ui/Banners'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { ServicesProvider } from '../../../renderer/ui/services'
import { databaseDueAnExport } from '../../helpers/database-due-an-export'
import { testServices } from '../../helpers/test-services'

const SLOW = { timeout: 5000 }

const opened: TidemarkDatabase[] = []
afterEach(async () => {
  cleanup()
  for (const db of opened.splice(0)) await db.delete()
})

async function renderBanners(db: TidemarkDatabase) {
  opened.push(db)
  render(
    <I18nextProvider i18n={await createI18n('en')}>
      <ServicesProvider services={testServices(db, detectPlatform({}), ['en'])}>
        <Banners />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

describe('the export reminder, to a screen reader', () => {
  it('is not read out when the app starts with it: it is in the page, outside the live region', async () => {
    await renderBanners(await databaseDueAnExport('reminder-at-start'))
    const reminder = await screen.findByTestId('export-reminder', {}, SLOW)
    const live = screen.getByRole('status')
    expect(live.contains(reminder)).toBe(false)
    expect(live.textContent).toBe('')
  }, 30_000)

  it('is read out when it comes later: the first data saved in a browser', async () => {
    const db = new TidemarkDatabase(`reminder-later-${crypto.randomUUID()}`)
    await db.open()
    await renderBanners(db)
    const live = screen.getByRole('status')
    // Known, and none: nothing to keep yet.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)))
    expect(screen.queryByTestId('export-reminder')).toBeNull()
    await act(async () => {
      await saveSkill(db, {
        name: 'vLLM',
        domain: 'inference-acceleration',
        level: 3,
        evidence: [],
      })
    })
    const reminder = await screen.findByTestId('export-reminder', {}, SLOW)
    // The live region that was there before it now holds it.
    expect(screen.getByRole('status')).toBe(live)
    expect(live.contains(reminder)).toBe(true)
  }, 30_000)
})
