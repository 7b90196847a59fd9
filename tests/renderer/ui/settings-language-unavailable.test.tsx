// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import { readSettings } from '../../../renderer/data/settings-repository'
import { detectPlatform } from '../../../renderer/platform'
import { App } from '../../../renderer/ui/App'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { testServices } from '../../helpers/test-services'

// The Chinese strings' chunk cannot be loaded (damaged or missing on disk, gone from a server).
vi.mock('../../../renderer/ui/i18n/zh-CN', () => {
  throw new Error('the zh-CN chunk failed to load')
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

describe('choosing a language whose strings cannot load', () => {
  it('says so in the current language and keeps the choice as it was', async () => {
    window.location.hash = '#/settings'
    const db = new TidemarkDatabase(`settings-language-${crypto.randomUUID()}`)
    await db.open()
    const i18n = await createI18n('en')
    render(
      <I18nextProvider i18n={i18n}>
        <App services={testServices(db, detectPlatform({}), ['en-US'])} />
      </I18nextProvider>,
    )
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Settings')
    const select = screen.getByLabelText<HTMLSelectElement>('Language')

    await act(async () => {
      fireEvent.change(select, { target: { value: 'zh-CN' } })
      await new Promise((resolve) => setTimeout(resolve, 50))
    })

    const told = await screen.findByText(/^简体中文 could not be loaded/)
    expect(told.getAttribute('role')).toBe('status')
    // Not saved: the list shows the language the interface speaks, and a restart keeps it.
    expect((await readSettings(db)).language).toBe('system')
    expect(select.value).toBe('system')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings')
    expect(i18n.language).toBe('en')
    db.close()
  })
})
