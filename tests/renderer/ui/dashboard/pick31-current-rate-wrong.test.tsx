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
 * Look 31: the dashboard named an offer counted at a rate of the wrong size, but not the
 * profile's current pay at 92 yuan for 1 HKD, under which every raise read −99% and the
 * expected yearly total was 100 times too large. The offers card names it above the raises,
 * and the tier card under the total; at a rate of the right size neither says anything.
 */
async function notes(language: 'en' | 'zh-CN', rate: number) {
  const db = new TidemarkDatabase(`dashboard-current-rate-${crypto.randomUUID()}`)
  await db.open()
  window.location.hash = '#/dashboard'
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <App services={testServices(db, detectPlatform({}), [language])} />
    </I18nextProvider>,
  )
  await screen.findByTestId('dashboard-start', {}, SLOW)
  await act(async () => {
    const { profile } = loadPersona('p1')
    await saveProfile(db, {
      ...profile,
      currentPay: {
        currency: 'HKD',
        base: { kind: 'annual', annual: { low: 800_000, high: 800_000 } },
      },
    })
    const settings = await readEngineSettings(db)
    await saveEngineSettings(db, { ...settings, exchangeRates: { HKD: rate } })
    await saveOffer(db, {
      company: 'Plain Yuan',
      employerKind: 'startup',
      pay: { base: { kind: 'monthly', monthly: { low: 60_000, high: 60_000 }, months: 15 } },
    })
  })
  const offers = await screen.findByTestId('dashboard-offers', {}, SLOW)
  const tier = await screen.findByTestId('dashboard-tier', {}, SLOW)
  await within(offers).findByText('Plain Yuan', {}, SLOW)
  const said = (card: HTMLElement) =>
    [...card.querySelectorAll('.dash-rate-wrong[role="note"]')].map((note) => note.textContent)
  return { offers: () => said(offers), tier: () => said(tier) }
}

describe('the dashboard on a current pay at a rate of the wrong size', () => {
  it.each([
    [
      'en',
      'Raises are set against your current pay, at 92 yuan per HKD, a rate that looks wrong',
      'Your current pay is counted at 92 yuan per HKD, a rate that looks wrong',
    ],
    [
      'zh-CN',
      '涨幅以当前薪资为基准，当前薪资按 1 HKD = 92 元折算，汇率看来有误',
      '当前薪资按 1 HKD = 92 元折算，汇率看来有误',
    ],
  ] as const)(
    'names it above the raises and under the expected total (%s)',
    async (language, raises, total) => {
      const said = await notes(language, 92)
      await waitFor(() => {
        expect(said.offers()).toEqual([raises])
        expect(said.tier()).toEqual([total])
      })
    },
    20_000,
  )

  it('says nothing at a rate of the right size', async () => {
    const said = await notes('en', 0.92)
    // The offer's row is drawn with its raise: the rate has been read by then.
    await waitFor(() => {
      expect(document.body.textContent).toContain('Expected yearly total')
    })
    expect(said.offers()).toEqual([])
    expect(said.tier()).toEqual([])
  }, 20_000)
})
