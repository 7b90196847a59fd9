import { act, fireEvent, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { detectPlatform, type Platform } from '../../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

export async function freshDb(): Promise<TidemarkDatabase> {
  const db = new TidemarkDatabase(`journal-entry-${crypto.randomUUID()}`)
  await db.open()
  return db
}

/** The browser platform with openExternal spied on (it never opens anything in a test). */
export function spiedPlatform(): { platform: Platform; openExternal: ReturnType<typeof vi.fn> } {
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve())
  return { platform: { ...detectPlatform({}), openExternal }, openExternal }
}

export async function renderWith(
  ui: ReactNode,
  options: { db?: TidemarkDatabase; language?: UiLanguage; platform?: Platform } = {},
) {
  const db = options.db ?? (await freshDb())
  const language = options.language ?? 'en'
  const i18n = await createI18n(language)
  const platform = options.platform ?? detectPlatform({})
  const result = render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, platform, [language])}>{ui}</ServicesProvider>
    </I18nextProvider>,
  )
  return { db, ...result }
}

export async function type(element: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.change(element, { target: { value } })
    await Promise.resolve()
  })
}

export function field(label: string | RegExp): HTMLInputElement {
  return screen.getByLabelText(label)
}

/** The error text an input points at (aria-describedby), if it is marked invalid. */
export function errorOf(element: HTMLElement): string | null {
  if (element.getAttribute('aria-invalid') !== 'true') return null
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ')
  const texts = ids
    .map((id) => document.getElementById(id))
    .filter((found) => found?.classList.contains('field-error'))
    .map((found) => found?.textContent ?? '')
  return texts.join(' ') || null
}

/** Lets pending promises and a few timers run (live queries, lazy chunks). */
export async function settle(ms = 20) {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms))
  })
}
