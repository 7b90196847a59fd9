// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import {
  readEngineSettings,
  saveEngineSettings,
} from '../../../../renderer/data/repositories/engine-settings'
import { saveOffer } from '../../../../renderer/data/repositories/offers'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { detectPlatform } from '../../../../renderer/platform'
import { App } from '../../../../renderer/ui/App'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { loadPersona } from '../../../helpers/personas'
import { testServices } from '../../../helpers/test-services'

const SLOW = { timeout: 5000 }

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

/**
 * Look 31: the dashboard showed an offer converted at a rate saved before the size check (92 for
 * the Hong Kong dollar) at 82.8 million yuan a year, with no word that the rate looks wrong. Its
 * row's header says so, and nothing is said of a yuan offer.
 */
describe('the dashboard’s offers on a rate of the wrong size', () => {
  it.each([
    ['en', 'At 92 yuan per HKD, a rate that looks wrong'],
    ['zh-CN', '按 1 HKD = 92 元折算，汇率看来有误'],
  ] as const)(
    'names it in the offer’s row (%s)',
    async (language, said) => {
      const db = new TidemarkDatabase(`dashboard-rate-wrong-${crypto.randomUUID()}`)
      await db.open()
      window.location.hash = '#/dashboard'
      render(
        <I18nextProvider i18n={await createI18n(language)}>
          <App services={testServices(db, detectPlatform({}), [language])} />
        </I18nextProvider>,
      )
      await screen.findByTestId('dashboard-start', {}, SLOW)
      await act(async () => {
        await saveProfile(db, loadPersona('p1').profile)
        const settings = await readEngineSettings(db)
        await saveEngineSettings(db, { ...settings, exchangeRates: { HKD: 92 } })
        await saveOffer(db, {
          company: 'Harbour Quant',
          employerKind: 'startup',
          pay: {
            currency: 'HKD',
            base: { kind: 'annual', annual: { low: 900_000, high: 1_000_000 } },
          },
        })
        await saveOffer(db, {
          company: 'Plain Yuan',
          employerKind: 'startup',
          pay: { base: { kind: 'monthly', monthly: { low: 40_000, high: 40_000 }, months: 14 } },
        })
      })
      const offers = await screen.findByTestId('dashboard-offers', {}, SLOW)
      const notesOf = (company: string) =>
        [
          ...(within(offers)
            .getAllByRole('row')
            .find((row) => row.textContent.includes(company))
            ?.querySelectorAll('th[scope="row"] [role="note"]') ?? []),
        ].map((note) => note.textContent)
      await waitFor(() => {
        expect(notesOf('Harbour Quant')).toEqual([said])
        expect(notesOf('Plain Yuan')).toEqual([])
      })
    },
    20_000,
  )
})
