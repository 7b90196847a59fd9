// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import { readSettings } from '../../../renderer/data/settings-repository'
import { detectPlatform } from '../../../renderer/platform'
import { App } from '../../../renderer/ui/App'
import { testServices } from '../../helpers/test-services'
import { createI18n } from '../../../renderer/ui/i18n/i18n'

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

async function renderApp(systemLanguages: string[]) {
  const db = new TidemarkDatabase(`app-test-${crypto.randomUUID()}`)
  await db.open()
  const i18n = await createI18n(systemLanguages[0]?.startsWith('zh') ? 'zh-CN' : 'en')
  render(
    <I18nextProvider i18n={i18n}>
      <App services={testServices(db, detectPlatform({}), systemLanguages)} />
    </I18nextProvider>,
  )
  return db
}

describe('App', () => {
  it('shows the sections in the system language', async () => {
    await renderApp(['zh-CN'])
    // The Dashboard is a lazy chunk of its own; its first import can take a while on a busy machine.
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 5000 })
    expect(heading.textContent).toBe('总览')
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(
      expect.arrayContaining(['总览', '技能', 'Offer', '日志', '规则', '设置']),
    )
  })

  it('stores a language choice and switches the interface', async () => {
    window.location.hash = '#/settings'
    const db = await renderApp(['en-US'])
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Settings')
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } })
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect((await readSettings(db)).language).toBe('zh-CN')
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeTruthy()
    expect(document.documentElement.lang).toBe('zh-CN')
  })
})
