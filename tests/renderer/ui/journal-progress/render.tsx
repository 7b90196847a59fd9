import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

/** A fresh database of its own for one test. */
export async function freshDb(prefix: string): Promise<TidemarkDatabase> {
  const db = new TidemarkDatabase(`${prefix}-${crypto.randomUUID()}`)
  await db.open()
  return db
}

/** Renders a journal view with its services and words, as the App mounts it. */
export async function renderWith(db: TidemarkDatabase, ui: ReactNode, language: UiLanguage = 'en') {
  const i18n = await createI18n(language)
  return render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}))}>{ui}</ServicesProvider>
    </I18nextProvider>,
  )
}
