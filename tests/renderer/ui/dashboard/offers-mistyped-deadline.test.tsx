// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveOffer, type OfferDraft } from '../../../../renderer/data/repositories/offers'
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

const offer = (company: string, deadline: string): OfferDraft => ({
  company,
  employerKind: 'startup',
  pay: { base: { kind: 'annual', annual: { low: 800_000, high: 900_000 } } },
  status: 'considering',
  deadline,
})

/**
 * Review 26 L1: an open offer stored with the date field's slip 0006-02-02 (before the form held
 * its deadline to 1950 - next year) led the dashboard with "Deadline passed 739,… days ago".
 */
describe('the dashboard’s offers on a mistyped deadline', () => {
  it.each([
    [
      'en',
      'Check this date: it looks mistyped',
      /Deadline passed/,
      'No open offer has a deadline ahead.',
    ],
    ['zh-CN', '请核对：日期似乎输错了', /已过期/, '待定的 offer 都没有即将到来的答复期限。'],
  ] as const)(
    'asks to check it, and counts it neither as passed nor as next (%s)',
    async (language, check, passed, noNext) => {
      const db = new TidemarkDatabase(`dashboard-mistyped-${crypto.randomUUID()}`)
      await db.open()
      window.location.hash = '#/dashboard'
      render(
        <I18nextProvider i18n={await createI18n(language)}>
          <App services={testServices(db, detectPlatform({}), [language])} />
        </I18nextProvider>,
      )
      await screen.findByTestId('dashboard-start', {}, SLOW)
      const nextYear = new Date().getFullYear() + 1
      await act(async () => {
        await saveProfile(db, loadPersona('p1').profile)
        await saveOffer(db, offer('Slip Co', '0006-02-02'))
        await saveOffer(db, offer('Far Co', `${String(nextYear + 1)}-01-15`))
      })
      const offers = await screen.findByTestId('dashboard-offers', {}, SLOW)
      const cellOf = (company: string) =>
        within(offers)
          .getAllByRole('row')
          .find((row) => row.textContent.includes(company))
          ?.querySelector('.dash-deadline-cell')?.textContent
      await waitFor(() => {
        expect(cellOf('Slip Co')).toBe(`0006-02-02${check}`)
      })
      expect(cellOf('Far Co')).toBe(`${String(nextYear + 1)}-01-15${check}`)
      expect(offers.textContent).not.toMatch(passed)
      expect(offers.textContent).toContain(noNext)
    },
  )
})
