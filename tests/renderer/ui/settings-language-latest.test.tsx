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

// The Chinese strings' chunk loads only when the test lets it (a slow disk or server).
const gate = vi.hoisted(() => {
  let open: () => void = () => undefined
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return {
    opened,
    open: () => {
      open()
    },
  }
})
vi.mock('../../../renderer/ui/i18n/zh-CN', async (importOriginal) => {
  await gate.opened
  return importOriginal()
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('two language choices in a row', () => {
  it('keeps the latest, even when the first one finishes loading after it', async () => {
    window.location.hash = '#/settings'
    const db = new TidemarkDatabase(`settings-language-latest-${crypto.randomUUID()}`)
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
      await settle()
      fireEvent.change(select, { target: { value: 'en' } })
      await settle()
    })
    expect((await readSettings(db)).language).toBe('en')

    await act(async () => {
      gate.open()
      // The first choice's strings arrive, and whatever it does next is done.
      await vi.waitFor(() => {
        expect(i18n.hasResourceBundle('zh-CN', 'translation')).toBe(true)
      })
      await settle()
    })
    expect((await readSettings(db)).language).toBe('en')
    expect(i18n.language).toBe('en')
    db.close()
  })
})
