// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
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
 * New-user trial 21 #4: the dashboard called a USD offer saved before a USD rate was set "Pay
 * not readable", though the pay was read and only the rate is missing.
 */
describe('the dashboard’s offers on a pay with no rate for its currency', () => {
  it.each([
    ['en', 'Not counted yet: no USD rate', 'Pay not readable'],
    ['zh-CN', '还没算：没有 USD 汇率', '无法识别薪资'],
  ] as const)(
    'names the missing rate, and still an unreadable pay (%s)',
    async (language, noRate, notRead) => {
      const db = new TidemarkDatabase(`dashboard-no-rate-${crypto.randomUUID()}`)
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
        await saveOffer(db, {
          company: 'OpenAI',
          employerKind: 'big-tech-new-llm-team',
          pay: { base: { kind: 'text', text: '$300k base + $625k stock/yr' } },
        })
        await saveOffer(db, {
          company: 'Vague Co',
          employerKind: 'startup',
          pay: { base: { kind: 'text', text: '面议' } },
        })
      })
      const offers = await screen.findByTestId('dashboard-offers', {}, SLOW)
      const cellOf = (company: string) =>
        within(offers)
          .getAllByRole('row')
          .find((row) => row.textContent.includes(company))
          ?.querySelector('.dash-unreadable')?.textContent
      await waitFor(() => {
        expect(cellOf('OpenAI')).toBe(noRate)
        expect(cellOf('Vague Co')).toBe(notRead)
      })
    },
  )
})
