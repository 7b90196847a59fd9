// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { createRef } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OffersScreen } from '../../../../renderer/ui/screens/offers/OffersScreen'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

const SLOW = { timeout: 10_000 }

afterEach(() => {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  cleanup()
  window.location.hash = ''
})

/** The Offers screen at #/offers/new, its heading focused as the app focuses it on arrival. */
async function openNewOffer(language: UiLanguage, before?: HTMLElement) {
  const db = new TidemarkDatabase(`new-offer-focus-${crypto.randomUUID()}`)
  await db.open()
  const i18n = await createI18n(language)
  window.location.hash = '#/offers/new'
  const headingRef = createRef<HTMLHeadingElement>()
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <OffersScreen headingRef={headingRef} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  if (before) before.focus()
  else headingRef.current?.focus()
  await screen.findByRole('form', {}, SLOW)
}

describe("a new offer's form", () => {
  // New-user trial: "Add an offer" left focus on the screen's heading; filling in the company
  // is what the user came for.
  for (const [language, company] of [
    ['en', 'Company'],
    ['zh-CN', '公司'],
  ] as const) {
    it(`puts focus in its first field, the company, ${language}`, async () => {
      await openNewOffer(language)
      const field = screen.getByRole('textbox', { name: company })
      await waitFor(() => {
        expect(document.activeElement).toBe(field)
      }, SLOW)
    })
  }

  it('leaves focus where the user put it', async () => {
    const elsewhere = document.createElement('button')
    document.body.append(elsewhere)
    await openNewOffer('en', elsewhere)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(document.activeElement).toBe(elsewhere)
    elsewhere.remove()
  })
})
