import { render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { expect } from 'vitest'
import { TidemarkDatabase } from '../../renderer/data/db'
import { detectPlatform } from '../../renderer/platform'
import { App } from '../../renderer/ui/App'
import { createI18n } from '../../renderer/ui/i18n/i18n'
import { testServices } from './test-services'

/** The app opened at Settings in English on a fresh database: its language list, to choose in. */
export async function openSettingsInEnglish(name: string) {
  window.location.hash = '#/settings'
  const db = new TidemarkDatabase(`${name}-${crypto.randomUUID()}`)
  await db.open()
  const i18n = await createI18n('en')
  render(
    <I18nextProvider i18n={i18n}>
      <App services={testServices(db, detectPlatform({}), ['en-US'])} />
    </I18nextProvider>,
  )
  expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Settings')
  const select = screen.getByLabelText<HTMLSelectElement>('Language')
  return { db, i18n, select }
}
