// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import { saveGoal } from '../../../renderer/data/repositories/goals'
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

describe('the export reminder, for data23', () => {
  async function goalOnly(name: string) {
    const db = new TidemarkDatabase(`${name}-${crypto.randomUUID()}`)
    await db.open()
    await saveGoal(db, {
      title: 'Ten notes',
      targetDate: '2099-01-01',
      target: { kind: 'entry-count', journalKind: 'learning', count: 10, from: '2026-12-01' },
    })
    return db
  }

  it('reminds a user whose only data is a goal (skills, offers and entries only counted)', async () => {
    await renderBanners(await goalOnly('reminder-goal-only'))
    expect(await screen.findByTestId('export-reminder', {}, SLOW)).toBeTruthy()
  }, 30_000)

  it('takes the user to Settings’ Export button, also from Settings, saying so', async () => {
    // Settings' export panel, as DataTransferPanel draws it.
    const panel = document.createElement('div')
    panel.className = 'panel'
    panel.innerHTML =
      '<h2 id="data-transfer-title">Data</h2><div class="actions"><button type="button">Export</button></div>'
    document.body.append(panel)
    window.location.hash = '#/settings'
    try {
      await renderBanners(await goalOnly('reminder-link'))
      const reminder = await screen.findByTestId('export-reminder', {}, SLOW)
      const link = reminder.querySelector('a')
      expect(link?.textContent).toBe('Export in Settings')
      if (link) fireEvent.click(link)
      await waitFor(() => {
        expect(document.activeElement?.textContent).toBe('Export')
      })
    } finally {
      panel.remove()
    }
  }, 30_000)
})
