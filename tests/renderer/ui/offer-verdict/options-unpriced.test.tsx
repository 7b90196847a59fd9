// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import type { TFunction } from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { offerDraftSchema } from '../../../../renderer/data/repositories/offers'
import { storedOfferSchema } from '../../../../renderer/data/records'
import { computeAnnualPay, DEFAULT_RULESET as ruleset } from '../../../../renderer/domain'
import { compensationSchema } from '../../../../renderer/domain/model/compensation'
import { engineSettingsSchema } from '../../../../renderer/domain/model/settings'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { assessWithDraft } from '../../../../renderer/ui/hooks/use-assessment'
import { totalNotes } from '../../../../renderer/ui/screens/offers/compare/compare-text'
import {
  fieldsFromStored,
  newOfferFields,
} from '../../../../renderer/ui/screens/offers/editor/offer-form-fields'
import {
  draftFromFields,
  offerFromFields,
} from '../../../../renderer/ui/screens/offers/editor/offer-form-schema'
import {
  payFilledByLine,
  readPayLine,
} from '../../../../renderer/ui/screens/offers/editor/pay-line'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/**
 * An options grant whose price the company has not told yet ("期权 10 万股", the strike and the
 * valuation later) could not be saved: Save asked for the strike and the share price. It is
 * saved unpriced; the verdict, the comparison and the editor weigh the offer without it and say so.
 */
function pastedFields(line: string) {
  const reading = readPayLine(line)
  if (!reading.ok) throw new Error(reading.error.code)
  const fields = newOfferFields()
  fields.company = '某创业公司'
  fields.employerKind = 'startup'
  fields.pay = payFilledByLine(reading.pay, fields.pay)
  return fields
}

const UNPRICED_OFFER = {
  id: 'o-unpriced',
  company: '某创业公司',
  role: '大模型算法工程师',
  employerKind: 'startup',
  pay: {
    base: { kind: 'monthly', monthly: { low: 50_000, high: 50_000 }, months: 16 },
    options: { priced: false, count: 100_000, listed: false, cliffMonths: 12 },
  },
  roleDomains: ['nlp'],
}

async function tFor(language: UiLanguage): Promise<TFunction> {
  const i18n = await createI18n(language)
  return i18n.t.bind(i18n)
}

describe('options not priced yet', () => {
  it('are saved: the form gives unpriced options the repository accepts, and reads them back', () => {
    const fields = pastedFields('base 5w*16 + 期权 10 万股')
    expect(fields.pay.options.strikePrice).toBe('')
    const offer = offerFromFields('o', fields)
    expect(offer?.pay.options).toEqual({
      priced: false,
      count: 100_000,
      schedule: [25, 25, 25, 25],
      listed: false,
      cliffMonths: 12,
    })
    const draft = offerDraftSchema.parse({ ...draftFromFields(fields), id: 'o' })
    const stored = storedOfferSchema.parse({
      ...draft,
      status: 'considering',
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
    })
    const again = fieldsFromStored(stored).pay.options
    expect(again).toMatchObject({ granted: true, count: '100000', strikePrice: '' })
    expect(again.sharePrice).toEqual({ low: '', high: '' })
  })

  it('keep a strike typed before the share price', () => {
    const fields = pastedFields('base 5w*16 + 期权 10 万股')
    fields.pay.options.strikePrice = '0.5'
    expect(offerFromFields('o', fields)?.pay.options).toMatchObject({
      priced: false,
      strikePrice: 0.5,
    })
  })

  it('are left out of every total, and the engine says why', () => {
    const result = computeAnnualPay(
      compensationSchema.parse(UNPRICED_OFFER.pay),
      engineSettingsSchema.parse({}),
      ruleset,
    )
    if (!result.ok) throw new Error(result.error.code)
    const { pay } = result
    expect(pay.options).toBeNull()
    expect(pay.optionsUncounted).toEqual({ reason: 'unpriced' })
    expect(pay.optionsAsks).toEqual(['strike-price', 'share-price'])
    expect(pay.totalRecurring).toEqual({ low: 80_000_000, high: 80_000_000 })
  })

  it('the verdict says so (en)', async () => {
    await renderVerdict(storedPersona('p1', [UNPRICED_OFFER]), 'o-unpriced', 'en')
    expect(screen.getByTestId('options-uncounted').textContent).toBe(
      'Options not priced yet: not counted. The totals, the tax and the raise above leave them out until you enter their strike price and what a share is worth.',
    )
  })

  it('the verdict says so (zh-CN)', async () => {
    await renderVerdict(storedPersona('p1', [UNPRICED_OFFER]), 'o-unpriced', 'zh-CN')
    expect(screen.getByTestId('options-uncounted').textContent).toBe(
      '期权尚未定价：未计入。在你填入行权价和每股价值之前，上面的总收入、税和涨幅都不含期权。',
    )
  })

  it('the comparison says so under the total, en and zh-CN', async () => {
    const live = assessWithDraft(storedPersona('p1', [UNPRICED_OFFER]))
    const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-unpriced')
    if (!assessed?.ok) throw new Error('not assessed')
    const notes = async (language: UiLanguage) =>
      totalNotes(assessed.pay, { t: await tFor(language), language, ruleset: live.ruleset })
    expect(await notes('en')).toEqual(['options not priced yet: not counted'])
    expect(await notes('zh-CN')).toEqual(['期权尚未定价：未计入'])
  })
})
