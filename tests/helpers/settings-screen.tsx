import { render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { expect } from 'vitest'
import { TidemarkDatabase } from '../../renderer/data/db'
import { detectPlatform } from '../../renderer/platform'
import { App } from '../../renderer/ui/App'
import { createI18n } from '../../renderer/ui/i18n/i18n'
import { testServices } from './test-services'

/** The app opened at Settings in English on a fresh database: its language list, to choose in.
 *  `before` runs on the open database before the app is drawn. */
export async function openSettingsInEnglish(
  name: string,
  before: (db: TidemarkDatabase) => void = () => undefined,
) {
  window.location.hash = '#/settings'
  const db = new TidemarkDatabase(`${name}-${crypto.randomUUID()}`)
  await db.open()
  before(db)
  const i18n = await createI18n('en')
  render(
    <I18nextProvider i18n={i18n}>
      <App services={testServices(db, detectPlatform({}), ['en-US'])} />
    </I18nextProvider>,
  )
  // The screen's code loads lazily: under load (vitest transforms it on first use) past 1 s.
  const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })
  expect(heading.textContent).toBe('Settings')
  const select = screen.getByLabelText<HTMLSelectElement>('Language')
  return { db, i18n, select }
}
