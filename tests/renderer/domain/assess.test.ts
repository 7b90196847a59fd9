import { describe, expect, it } from 'vitest'
import { assess, assessmentInputSchema, DEFAULT_RULESET } from '../../../renderer/domain'
import { loadPersona } from '../../helpers/personas'

describe('assess', () => {
  it('reports an unreadable offer by itself and still assesses the others', () => {
    const p1 = loadPersona('p1')
    const input = assessmentInputSchema.parse({
      ...p1,
      offers: [
        { ...p1.offers[0], id: 'bad', pay: { base: { kind: 'text', text: '50k 外加餐补若干' } } },
        p1.offers[0],
      ],
    })
    const [bad, good] = assess(input, DEFAULT_RULESET).offers
    expect(bad).toEqual({
      offerId: 'bad',
      ok: false,
      error: { code: 'unreadable', fragment: '餐补', at: 6 },
    })
    expect(good).toMatchObject({ offerId: 'o-ev-maker', ok: true })
  })

  it('says when the current pay cannot be read, and then states no raise', () => {
    const p1 = loadPersona('p1')
    const input = assessmentInputSchema.parse({
      ...p1,
      profile: { ...p1.profile, currentPay: { base: { kind: 'text', text: '面议' } } },
    })
    const result = assess(input, DEFAULT_RULESET)
    expect(result.currentPay).toEqual({
      ok: false,
      error: { code: 'unreadable', fragment: '面议', at: 0 },
    })
    const offer = result.offers[0]
    expect(offer?.ok && offer.raise).toBeNull()
    // Without a current pay nothing places P1's offer: the tier's yearly total (1M-2M for
    // premium) is an in-field PhD's, and P1 is a master's (L25; review 18).
    expect(offer?.ok && offer.recommendation.payPosition).toBe('unknown')
  })

  it('leaves the current pay untaxed where the profile says it is taxed outside mainland China', () => {
    // Trial 23: an accepted Hong Kong offer made current pay was taxed as Beijing pay.
    const input = loadPersona('p1')
    const abroad = assess(
      { ...input, profile: { ...input.profile, currentPayTaxedInChina: false } },
      DEFAULT_RULESET,
    )
    const home = assess(input, DEFAULT_RULESET)
    if (!abroad.currentPay?.ok || !home.currentPay?.ok) throw new Error('P1 has a current pay')
    expect(abroad.currentPay.afterTax).toBeNull()
    expect(home.currentPay.afterTax).not.toBeNull()
    // The pay itself, and every raise measured from it, stay as they were.
    expect(abroad.currentPay.pay).toEqual(home.currentPay.pay)
    expect(abroad.offers.map((offer) => offer.ok && offer.raise)).toEqual(
      home.offers.map((offer) => offer.ok && offer.raise),
    )
  })

  it('computes after-tax pay for the current job too, and for year one separately', () => {
    const result = assess(loadPersona('p1'), DEFAULT_RULESET)
    expect(result.currentPay?.ok && result.currentPay.afterTax?.afterTax.low).toBeGreaterThan(0)
    const offer = result.offers[0]
    if (!offer?.ok || !offer.afterTaxRecurring || !offer.afterTaxYearOne)
      throw new Error('expected after-tax figures')
    // 62k × 16: 12 months of wages plus 4 as a bonus, and 150k of stock taxed on its own.
    expect(offer.afterTaxRecurring.low.gross).toBe(1_142_000_00)
    expect(offer.afterTaxRecurring.afterTax.low).toBeLessThan(offer.afterTaxRecurring.low.gross)
    expect(offer.afterTaxRecurring.low.stockTax).toBe(13_080_00)
    // How the 13th-16th months are taxed is a modelling choice, and the reason says so.
    expect(
      offer.afterTaxRecurring.low.reasons.find((r) => r.ruleId === 'iit-extra-months-as-bonus'),
    ).toMatchObject({ assumption: true, facts: { extraMonthsYuan: 248_000 } })
  })

  it('taxes a bonus of a range of months at each end, and warns of a cliff only where it falls', () => {
    const p1 = loadPersona('p1')
    // 40k × 12 with 1-4 months: a bonus of 40k (past the 36k cliff's dead zone, to 38,566.67)
    // to 160k (inside the 144k cliff's, to 160,500).
    const rangeOffer = {
      ...p1.offers[0],
      pay: {
        base: { kind: 'monthly', monthly: { low: 40_000, high: 40_000 }, months: 12 },
        yearEndBonus: { kind: 'months', months: 1, monthsHigh: 4 },
      },
    }
    const input = assessmentInputSchema.parse({ ...p1, offers: [rangeOffer] })
    const offer = assess(input, DEFAULT_RULESET).offers[0]
    if (!offer?.ok || !offer.afterTaxRecurring) throw new Error('expected after-tax figures')
    expect(offer.pay.annualBonus).toEqual({ low: 40_000_00, high: 160_000_00 })
    expect(offer.afterTaxRecurring.low.bonusCliff).toBeNull()
    expect(offer.afterTaxRecurring.high.bonusCliff?.edge).toBe(144_000_00)
    // The other way round: 37k × 12 with 1-2 months, 37k (inside the 36k dead zone) to 74k.
    const lowCliff = assess(
      assessmentInputSchema.parse({
        ...p1,
        offers: [
          {
            ...rangeOffer,
            pay: {
              base: { kind: 'monthly', monthly: { low: 37_000, high: 37_000 }, months: 12 },
              yearEndBonus: { kind: 'months', months: 1, monthsHigh: 2 },
            },
          },
        ],
      }),
      DEFAULT_RULESET,
    ).offers[0]
    if (!lowCliff?.ok || !lowCliff.afterTaxRecurring) throw new Error('expected after-tax figures')
    expect(lowCliff.afterTaxRecurring.low.bonusCliff?.edge).toBe(36_000_00)
    expect(lowCliff.afterTaxRecurring.high.bonusCliff).toBeNull()
  })

  it('taxes the same pay on each city’s own social-insurance base', () => {
    const p1 = loadPersona('p1')
    const pay = { base: { kind: 'text' as const, text: '80k×15' } }
    const profile = { ...p1.profile, city: '北京', currentPay: pay }
    const alone = assess(
      assessmentInputSchema.parse({ ...p1, profile, offers: [] }),
      DEFAULT_RULESET,
    )
    // An offer with exactly the current pay, in another city, assessed first.
    const withOffer = assess(
      assessmentInputSchema.parse({
        ...p1,
        profile,
        offers: [{ ...p1.offers[0], city: '上海', pay, taxedInChina: true }],
      }),
      DEFAULT_RULESET,
    )
    const current = (result: typeof alone) =>
      result.currentPay?.ok ? result.currentPay.afterTax?.afterTax : null
    expect(current(withOffer)).toEqual(current(alone))
    const offer = withOffer.offers[0]
    if (!offer?.ok || !offer.afterTaxRecurring) throw new Error('expected after-tax figures')
    expect(offer.afterTaxRecurring.afterTax).not.toEqual(current(alone))
  })

  it('prices no Chinese severance for an offer not taxed in mainland China', () => {
    const p1 = loadPersona('p1')
    const offer = p1.offers[0]
    const input = assessmentInputSchema.parse({
      ...p1,
      offers: [
        { ...offer, id: 'china', taxedInChina: true },
        { ...offer, id: 'abroad', taxedInChina: false },
      ],
    })
    const [china, abroad] = assess(input, DEFAULT_RULESET).offers
    if (!china?.ok || !abroad?.ok) throw new Error('expected assessed offers')
    expect(china.downside.severance).not.toBeNull()
    expect(abroad.downside.severance).toBeNull()
    expect(abroad.downside.ifItFails.low).toBeLessThan(china.downside.ifItFails.low)
  })

  it('taxes a sign-on as year one’s wages, marked as an assumption', () => {
    const p1 = loadPersona('p1')
    const input = assessmentInputSchema.parse({
      ...p1,
      offers: [
        { ...p1.offers[0], pay: { ...p1.offers[0]?.pay, signOn: { low: 100_000, high: 100_000 } } },
      ],
    })
    const offer = assess(input, DEFAULT_RULESET).offers[0]
    if (!offer?.ok) throw new Error('expected an assessed offer')
    const signOn = (reasons: { ruleId: string }[] = []) =>
      reasons.find((r) => r.ruleId === 'iit-sign-on-as-wages')
    expect(signOn(offer.afterTaxYearOne?.low.reasons)).toMatchObject({
      assumption: true,
      facts: { signOnYuan: 100_000 },
    })
    expect(signOn(offer.afterTaxRecurring?.low.reasons)).toBeUndefined()
  })
})
