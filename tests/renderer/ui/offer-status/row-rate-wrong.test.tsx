// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import {
  readEngineSettings,
  saveEngineSettings,
} from '../../../../renderer/data/repositories/engine-settings'
import type { OfferDraft } from '../../../../renderer/data/repositories/offers'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { loadPersona } from '../../../helpers/personas'
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

/**
 * Review 31 #2: with the current pay at 92 yuan for 1 HKD, every verdict in the list is judged
 * against a pay 100 times too large (a raise of about −99%), and the list said nothing.
 */
describe('the offers table above verdicts judged against a current pay at a wrong rate', () => {
  it.each([
    [
      'en',
      'Every verdict below is judged against your current pay, counted at 92 yuan per HKD, a rate that looks wrong: correct it in your profile under Skills.',
    ],
    [
      'zh-CN',
      '下面每个建议都以当前薪资为基准，当前薪资按 1 HKD = 92 元折算，汇率看来有误：请在“技能”中改正你的资料。',
    ],
  ] as const)('says so once, at 92 and not at 0.92 (%s)', async (language: UiLanguage, note) => {
    for (const rate of [92, 0.92]) {
      const db = await seed({ withProfile: false, offers: [yuan] })
      await saveProfile(db, {
        ...loadPersona('p1').profile,
        currentPay: {
          currency: 'HKD',
          base: { kind: 'annual', annual: { low: 800_000, high: 800_000 } },
        },
      })
      const settings = await readEngineSettings(db)
      await saveEngineSettings(db, { ...settings, exchangeRates: { HKD: rate } })
      const view = await renderList(db, language)
      await screen.findByRole('link', { name: 'Plain Yuan' }, SLOW)
      await screen.findAllByText(/·/, {}, SLOW)
      const notes = [...view.container.querySelectorAll('.offer-current-rate-wrong')].map(
        (element) => element.textContent,
      )
      expect(notes, String(rate)).toEqual(rate === 92 ? [note] : [])
      view.unmount()
    }
  })
})
