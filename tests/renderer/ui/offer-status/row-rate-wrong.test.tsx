// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import {
  readEngineSettings,
  saveEngineSettings,
} from '../../../../renderer/data/repositories/engine-settings'
import type { OfferDraft } from '../../../../renderer/data/repositories/offers'
import type { UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { renderList, seed } from './offer-list-fixture'

const SLOW = { timeout: 5000 }

afterEach(cleanup)

const hkd: OfferDraft = {
  id: 'offer-hkd',
  company: 'Harbour Quant',
  employerKind: 'startup',
  pay: {
    currency: 'HKD',
    base: { kind: 'monthly', monthly: { low: 80_000, high: 80_000 }, months: 13 },
  },
}

const yuan: OfferDraft = {
  id: 'offer-yuan',
  company: 'Plain Yuan',
  employerKind: 'startup',
  pay: { base: { kind: 'monthly', monthly: { low: 60_000, high: 60_000 }, months: 15 } },
}

async function rateNotesOf(company: string): Promise<string[]> {
  const link = await screen.findByRole('link', { name: company }, SLOW)
  await screen.findAllByText(/·/, {}, SLOW)
  const row = link.closest('tr')
  return [...(row?.querySelectorAll('.offer-rate-wrong') ?? [])].map((note) => note.textContent)
}

/**
 * Pick31's review: an offer saved at 92 yuan for 1 HKD (a bank's rate for 100) read "Accept ·
 * medium risk" in the offers table, its raise of about +10,000% behind it, with nothing to say
 * the verdict rests on a rate that looks wrong. The table now says so under that verdict, and
 * nothing under an offer at a rate of the right size.
 */
describe('the offers table under a verdict judged at a rate of the wrong size', () => {
  it.each([
    [
      'en',
      'Judged at 92 yuan per HKD, a rate that looks wrong (1 HKD is about 0.92 yuan): open the offer to fix it.',
    ],
    [
      'zh-CN',
      '按 1 HKD = 92 元折算得出，汇率看来有误（1 HKD 约合 0.92 元）：请打开这个 offer 改正。',
    ],
  ] as const)('says so at 92 and not at 0.92 (%s)', async (language: UiLanguage, note) => {
    const db = await seed({ offers: [hkd, yuan] })
    const settings = await readEngineSettings(db)
    await saveEngineSettings(db, { ...settings, exchangeRates: { HKD: 92 } })
    const view = await renderList(db, language)
    expect(await rateNotesOf('Harbour Quant')).toEqual([note])
    expect(await rateNotesOf('Plain Yuan')).toEqual([])
    view.unmount()

    const right = await seed({ offers: [hkd] })
    await saveEngineSettings(right, { ...settings, exchangeRates: { HKD: 0.92 } })
    await renderList(right, language)
    expect(await rateNotesOf('Harbour Quant')).toEqual([])
  })
})
