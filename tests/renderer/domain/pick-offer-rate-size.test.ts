import { describe, expect, it } from 'vitest'
import { assess, DEFAULT_RULESET, type OfferAssessment } from '../../../renderer/domain'
import type { AssessmentInput } from '../../../renderer/domain/model/assessment-input'
import type { Offer } from '../../../renderer/domain/model/offer'
import { pickOffer } from '../../../renderer/domain/recommend/pick-offer'
import { loadPersona } from '../../helpers/personas'

/**
 * Look 31: an offer counted at an exchange rate of the wrong size (92 yuan for 1 HKD, a bank's
 * rate for 100, saved before the size check or imported) was named in the comparison, but its
 * figures, 100 times too large, made it the pick. It is not weighed now, and says why; while the
 * current pay's rate is of the wrong size, every offer is set against it and none is picked.
 */
const mover = loadPersona('p1')
const evMaker = mover.offers[0]
if (!evMaker) throw new Error('P1 has an offer')

/** P1's EV maker beside a Hong Kong offer of 900k–1M HKD a year. */
const harbour: Offer = {
  ...evMaker,
  id: 'o-harbour',
  company: 'Harbour Quant',
  pay: { currency: 'HKD', base: { kind: 'annual', annual: { low: 900_000, high: 1_000_000 } } },
}
/** A yuan offer whose options are priced in US dollars. */
const optionsAbroad: Offer = {
  ...evMaker,
  id: 'o-options',
  company: 'Options Abroad',
  pay: {
    currency: 'CNY',
    base: { kind: 'monthly', monthly: { low: 60_000, high: 60_000 }, months: 15 },
    options: {
      listed: false,
      cliffMonths: 0,
      count: 10_000,
      strikePrice: 1,
      sharePrice: { low: 3, high: 3 },
      schedule: [25, 25, 25, 25],
      currency: 'USD',
    },
  },
}

function assessed(rates: Record<string, number>, offers: Offer[], input = mover) {
  const all: AssessmentInput = {
    ...input,
    offers,
    settings: { ...input.settings, exchangeRates: rates },
  }
  return assess(all, DEFAULT_RULESET)
}

const weighing = (offers: readonly OfferAssessment[]) =>
  offers.map((assessment) => ({ offerId: assessment.offerId, assessment }))

describe('pickOffer: an exchange rate of the wrong size', () => {
  it('weighs an offer at a rate of the right size (0.92 for 1 HKD): the check only bars a slip', () => {
    const result = assessed({ HKD: 0.92 }, [harbour, evMaker])
    const pick = pickOffer(weighing(result.offers), null, DEFAULT_RULESET)
    expect(pick?.weighed.map((offer) => offer.offerId)).toContain('o-harbour')
    expect(pick?.notWeighed).toEqual([])
  })

  it('does not weigh an offer at 92 for 1 HKD, whose figures 100 times too large would win', () => {
    const result = assessed({ HKD: 92 }, [harbour, evMaker])
    const pick = pickOffer(weighing(result.offers), null, DEFAULT_RULESET)
    expect(pick).toMatchObject({ kind: 'take', offerId: evMaker.id, decidedBy: 'only-offer' })
    expect(pick?.weighed.map((offer) => offer.offerId)).toEqual([evMaker.id])
    expect(pick?.notWeighed).toEqual([
      {
        offerId: 'o-harbour',
        why: 'rate-wrong-size',
        of: 'pay',
        wrong: { currency: 'HKD', rate: 92, typical: 0.92, per100: true },
      },
    ])
  })

  it('nor one whose options are priced at 720 yuan for 1 USD; alone, none is weighed', () => {
    const result = assessed({ USD: 720 }, [optionsAbroad])
    const pick = pickOffer(weighing(result.offers), null, DEFAULT_RULESET)
    expect(pick?.kind).toBe('none-weighed')
    expect(pick?.notWeighed).toEqual([
      {
        offerId: 'o-options',
        why: 'rate-wrong-size',
        of: 'options',
        wrong: { currency: 'USD', rate: 720, typical: 7.2, per100: true },
      },
    ])
  })

  it('picks none while the current pay is counted at a rate of the wrong size', () => {
    const input: AssessmentInput = {
      ...mover,
      profile: {
        ...mover.profile,
        currentPay: {
          currency: 'HKD',
          base: { kind: 'annual', annual: { low: 800_000, high: 800_000 } },
        },
      },
    }
    const result = assessed({ HKD: 92 }, [evMaker], input)
    const current = result.currentPay
    if (!current?.ok) throw new Error('the current pay reads')
    const pick = pickOffer(
      weighing(result.offers),
      current.overHorizon,
      DEFAULT_RULESET,
      current.pay,
    )
    expect(pick).toMatchObject({
      kind: 'current-rate-wrong',
      of: 'pay',
      wrong: { currency: 'HKD', rate: 92, per100: true },
    })
    expect(pick?.weighed.map((offer) => offer.offerId)).toEqual([evMaker.id])
    expect(pick?.reasons.map((reason) => reason.ruleId)).toEqual(['pick-offer'])
    // At a rate of the right size the pick is made as before.
    const right = assessed({ HKD: 0.92 }, [evMaker], input)
    const rightCurrent = right.currentPay
    if (!rightCurrent?.ok) throw new Error('the current pay reads')
    expect(
      pickOffer(weighing(right.offers), rightCurrent.overHorizon, DEFAULT_RULESET, rightCurrent.pay)
        ?.kind,
    ).toBe('take')
  })
})
