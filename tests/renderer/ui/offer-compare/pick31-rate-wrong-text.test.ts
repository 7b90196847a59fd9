import { describe, expect, it } from 'vitest'
import { assess, DEFAULT_RULESET, type OfferAssessment } from '../../../../renderer/domain'
import type { AssessmentInput } from '../../../../renderer/domain/model/assessment-input'
import type { Offer } from '../../../../renderer/domain/model/offer'
import { pickOffer } from '../../../../renderer/domain/recommend/pick-offer'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { pickText } from '../../../../renderer/ui/screens/offers/compare/pick-text'
import { loadPersona } from '../../../helpers/personas'

/**
 * Look 31: an HKD offer saved at 92 yuan for 1 HKD (a bank's rate for 100) was the pick, its
 * figures 100 times too large. The pick leaves it out and says why in the "Not weighed" note;
 * with the current pay at such a rate it makes no pick and says so.
 */
const mover = loadPersona('p1')
const evMaker = mover.offers[0]
if (!evMaker) throw new Error('P1 has an offer')
const harbour: Offer = {
  ...evMaker,
  id: 'o-harbour',
  company: 'Harbour Quant',
  pay: { currency: 'HKD', base: { kind: 'annual', annual: { low: 900_000, high: 1_000_000 } } },
}
const NAMES = new Map([
  [evMaker.id, evMaker.company],
  [harbour.id, harbour.company],
])

function assessed(input: AssessmentInput, rate: number) {
  return assess(
    { ...input, settings: { ...input.settings, exchangeRates: { HKD: rate } } },
    DEFAULT_RULESET,
  )
}
const weighing = (offers: readonly OfferAssessment[]) =>
  offers.map((assessment) => ({ offerId: assessment.offerId, assessment }))

async function words(input: AssessmentInput, rate: number, language: UiLanguage) {
  const result = assessed(input, rate)
  const current = result.currentPay?.ok ? result.currentPay : null
  const pick = pickOffer(
    weighing(result.offers),
    current?.overHorizon ?? null,
    DEFAULT_RULESET,
    current?.pay ?? null,
  )
  if (!pick) throw new Error('a pick')
  const { t } = await createI18n(language)
  return pickText(pick, (id) => NAMES.get(id) ?? id, 0, { t, language, ruleset: DEFAULT_RULESET })
}

describe('the pick in words, with an exchange rate of the wrong size', () => {
  const twoOffers: AssessmentInput = { ...mover, offers: [harbour, evMaker] }

  it('picks the other offer and says why the HKD one is not weighed (en)', async () => {
    const text = await words(twoOffers, 92, 'en')
    expect(text.headline).toBe(evMaker.company)
    expect(text.sentence).toBe('It is the only offer that can be weighed, and the rules accept it.')
    expect(text.notes).toEqual([
      'Not weighed: Harbour Quant (its exchange rate, 92 yuan per HKD, looks 100 times too large: fix it in the offer).',
    ])
  })

  it('in Chinese', async () => {
    const text = await words(twoOffers, 92, 'zh-CN')
    expect(text.headline).toBe(evMaker.company)
    expect(text.sentence).toBe('这是唯一一个能参与比较的 offer，规则建议接受。')
    expect(text.notes).toEqual([
      '未参与比较：Harbour Quant（汇率 1 HKD = 92 元，看来大了 100 倍：请在 offer 中改正）。',
    ])
  })

  it('names a rate far off but not a bank’s rate for 100 without “100 times”', async () => {
    const text = await words(twoOffers, 9.2, 'en')
    expect(text.notes).toEqual([
      'Not weighed: Harbour Quant (its exchange rate, 9.2 yuan per HKD, looks wrong, 1 HKD being about 0.92 yuan: fix it in the offer).',
    ])
  })

  it('weighs the HKD offer at a rate of the right size, as any other', async () => {
    const text = await words(twoOffers, 0.92, 'en')
    expect(text.notes.join(' ')).not.toContain('Not weighed')
  })

  const hkdCurrent: AssessmentInput = {
    ...mover,
    profile: {
      ...mover.profile,
      currentPay: {
        currency: 'HKD',
        base: { kind: 'annual', annual: { low: 800_000, high: 800_000 } },
      },
    },
    offers: [evMaker],
  }

  it('makes no pick while the current pay’s rate is of the wrong size, and says why (en)', async () => {
    const text = await words(hkdCurrent, 92, 'en')
    expect(text.headline).toBe('None can be weighed yet')
    expect(text.sentence).toBe(
      'Each offer’s verdict and risk-adjusted value are set against your current pay, and its exchange rate, 92 yuan per HKD, looks 100 times too large: fix it in your profile under Skills.',
    )
    expect(text.notes).toEqual([])
  })

  it('in Chinese', async () => {
    const text = await words(hkdCurrent, 92, 'zh-CN')
    expect(text.headline).toBe('暂时无法比较')
    expect(text.sentence).toBe(
      '每个 offer 的建议和风险调整后价值都以你的当前薪资为基准，而当前薪资的汇率 1 HKD = 92 元看来大了 100 倍：请在“技能”中改正你的资料。',
    )
  })
})
