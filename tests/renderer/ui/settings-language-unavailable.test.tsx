// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readSettings } from '../../../renderer/data/settings-repository'
import { openSettingsInEnglish } from '../../helpers/settings-screen'

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
    const { db, i18n, select } = await openSettingsInEnglish('settings-language')

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
