import { jobSearchStats, type JobSearchStats } from './journal/job-search-stats'
import { assessmentInputSchema, type AssessmentInput } from './model/assessment-input'
import type { Offer } from './model/offer'
import { validationIssues, type ValidationIssue } from './model/validation-issues'
import { addFen, maxFen, timesRatio, ZERO_FEN, type Fen } from './money'
import {
  computeAnnualPay,
  payRefusal,
  type AnnualPay,
  type PayError,
  type PayRefusal,
} from './pay/annual-pay'
import { rangeOf, relativeChange, type Range } from './range'
import { judgingTotal, payPosition, type JudgingTotal } from './recommend/pay-position'
import { recommend, type RecommendationResult } from './recommend/recommend'
import { riskAdjustedValue, stayingValue, type RiskAdjustedValue } from './risk/downside'
import { assessTransitionRisk, type TransitionRisk } from './risk/transition-risk'
import { tierRuleFor } from './ruleset/lookup'
import type { Ruleset } from './ruleset/ruleset-schema'
import { scoreSkills, type SkillScore } from './skills/score-skills'
import { skillGaps, type SkillGap } from './skills/skill-gaps'
import { chinaIncomeTax, type TaxableYear, type TaxResult } from './tax/china-income-tax'
import { socialInsuranceFor, type ResolvedSocialInsurance } from './tax/social-insurance'

export interface SkillAssessment extends SkillScore {
  /** The raise a move can command at this tier (fractions: 0.2 = +20%). */
  expectedRaise: Range
  /**
   * Yearly total a move can reach: current pay × the band, not below the yearly total that
   * judges this person (judgingTotal: each end lifted to it); without a current pay, that total
   * alone, else nothing.
   */
  expectedTotal: Range<Fen> | null
  /** What `expectedTotal` came from: the current pay, the pay lifted to the judging total, that
   *  total alone, or nothing (no current pay, and no total that judges this person). */
  expectedTotalBasis: 'current-pay' | 'tier-floor' | 'tier' | 'none'
  /** Current pay × the raise band before any lift (null without a current pay): the screens show
   *  it beside a lifted total, so the user can follow the figure. */
  expectedTotalFromPay: Range<Fen> | null
  /** The ends of `expectedTotal` that are the judging total's (its tier's `totalBandYuan`), not
   *  the pay's: both where that total stands alone, the ends lifted to it, none from the pay
   *  alone. What the figure used of that band, so a changed one can be named with it. */
  expectedTotalBandEnds: readonly ('low' | 'high')[]
  /** The yearly total that judges this person's offers and lifts `expectedTotal`, and whose it
   *  is (premium's for an in-field PhD in premium or core): null for anyone else. */
  judgingTotal: JudgingTotal | null
  gaps: SkillGap[]
}

/** Tax on the low and the high end of the pay range, and the after-tax range they give. */
export interface AfterTax {
  low: TaxResult
  high: TaxResult
  afterTax: Range<Fen>
}

export type OfferAssessment =
  | {
      offerId: string
      ok: true
      pay: AnnualPay
      /** Typical-year total against current pay; null without a current pay. */
      raise: Range | null
      /** Null where the pay is not taxed in China. */
      afterTaxRecurring: AfterTax | null
      afterTaxYearOne: AfterTax | null
      risk: TransitionRisk
      downside: RiskAdjustedValue
      recommendation: RecommendationResult
    }
  | {
      offerId: string
      ok: false
      error: PayError
      /** The parser's own reason where the error reads 'unreadable' (a stock cliff…), for words. */
      refusal?: PayRefusal
    }

export interface Assessment {
  rulesetVersion: number
  skills: SkillAssessment
  currentPay:
    | {
        ok: true
        pay: AnnualPay
        /** Null where the current pay is not taxed in mainland China (the profile says so). */
        afterTax: AfterTax | null
        /** Staying's value over the downside's horizon, beside each offer's risk-adjusted one. */
        overHorizon: Range<Fen>
      }
    | { ok: false; error: PayError }
    | null
  offers: OfferAssessment[]
  jobSearch: JobSearchStats
}

export type ParseResult =
  { ok: true; input: AssessmentInput } | { ok: false; issues: ValidationIssue[] }

/** Checks untrusted data (a form, an imported file) and names every wrong field. */
export function parseAssessmentInput(data: unknown): ParseResult {
  const result = assessmentInputSchema.safeParse(data)
  if (result.success) return { ok: true, input: result.data }
  return { ok: false, issues: validationIssues(result.error) }
}

/** Everything Tidemark computes from the user's data, each figure with its reasons. */
export function assess(input: AssessmentInput, ruleset: Ruleset): Assessment {
  const { profile, settings } = input
  const score = scoreSkills(profile, input.skills, ruleset)
  const band = tierRuleFor(ruleset, score.tier)

  const current = profile.currentPay
    ? computeAnnualPay(profile.currentPay, settings, ruleset)
    : null
  const currentPay = current?.ok ? current.pay : null

  const expectedRaise = { low: band.raiseBand.low, high: band.raiseBand.high }
  const fromPay: Range<Fen> | null = currentPay
    ? rangeOf(
        timesRatio(currentPay.totalRecurring.low, 1 + expectedRaise.low),
        timesRatio(currentPay.totalRecurring.high, 1 + expectedRaise.high),
      )
    : null
  // For an in-field PhD premium's yearly total is what the article says they command wherever
  // they start (L17: a PhD one year out near 1M): a PhD paid 390k now reaches it, not 390k ×
  // the band (trial 15). For anyone else the raise band alone (judgingTotal says why).
  const judging = judgingTotal(profile, score.tier, ruleset)
  const tierTotal = judging?.band ?? null
  // The ends the tier's total gives: both where it stands alone, else those the pay falls short of.
  const expectedTotalBandEnds = (['low', 'high'] as const).filter((end) =>
    tierTotal ? !fromPay || fromPay[end] < tierTotal[end] : false,
  )
  const lifted = fromPay && expectedTotalBandEnds.length > 0
  // Without a current pay that total stands in, where there is one: the article says a
  // master's of 7-8 years may not reach 1M (L25), so it is no one else's expected total.
  const expectedTotal: Range<Fen> | null =
    fromPay && tierTotal && lifted
      ? { low: maxFen(fromPay.low, tierTotal.low), high: maxFen(fromPay.high, tierTotal.high) }
      : (fromPay ?? tierTotal)
  const expectedTotalBasis: SkillAssessment['expectedTotalBasis'] = fromPay
    ? lifted
      ? 'tier-floor'
      : 'current-pay'
    : tierTotal
      ? 'tier'
      : 'none'

  // Tax per distinct taxable year: a point range or a year one equal to a typical year (no
  // sign-on, even vesting) would otherwise be taxed up to four times over.
  // Keyed by the city's rates too (one object per city, from ratesFor below): the same pay in
  // Shanghai and in Beijing is taxed on different social-insurance bases.
  const taxCache = new Map<ResolvedSocialInsurance, Map<string, TaxResult>>()
  const taxFor = (year: TaxableYear, rates: ResolvedSocialInsurance): TaxResult => {
    const key = `${year.wages}|${year.annualBonus}|${year.stock}|${year.options ?? 0}|${year.optionsKeep ?? 1}|${year.monthlyBase ?? ''}|${year.signOn ?? 0}|${year.extraMonthsBonus ?? 0}`
    let byYear = taxCache.get(rates)
    if (!byYear) {
      byYear = new Map()
      taxCache.set(rates, byYear)
    }
    let result = byYear.get(key)
    if (!result) {
      result = chinaIncomeTax(year, settings, ruleset, rates)
      byYear.set(key, result)
    }
    return result
  }
  // The city's social-insurance figures, once per distinct city text (offers share a few).
  const ratesCache = new Map<string, ResolvedSocialInsurance>()
  const ratesFor = (cityText: string): ResolvedSocialInsurance => {
    let rates = ratesCache.get(cityText)
    if (!rates) {
      rates = socialInsuranceFor(settings.socialInsurance, cityText, ruleset)
      ratesCache.set(cityText, rates)
    }
    return rates
  }
  const afterTax = (pay: AnnualPay, yearOne: boolean, rates: ResolvedSocialInsurance): AfterTax => {
    const at = (end: 'low' | 'high') =>
      taxFor(
        {
          wages: yearOne ? addFen(pay.regularWages[end], pay.signOn[end]) : pay.regularWages[end],
          annualBonus: pay.annualBonus[end],
          stock: (yearOne ? pay.stockYearOne : pay.stockAveragePerYear)[end],
          // The whole spread, taxed in the world where the options are worth it; the totals count
          // `optionsKeep` of it, and the tax is expected in the same share.
          options: pay.options
            ? (yearOne ? pay.options.paperYearOne : pay.options.paperPerYear)[end]
            : ZERO_FEN,
          optionsKeep: pay.options ? 1 - pay.options.discountPercent / 100 : 1,
          monthlyBase: pay.monthlyBase?.[end] ?? null,
          extraMonthsBonus: pay.extraMonthsBonus[end],
          signOn: yearOne ? pay.signOn[end] : ZERO_FEN,
        },
        rates,
      )
    const low = at('low')
    const high = at('high')
    // The separate bonus table has cliffs, so after-tax pay can dip as gross rises: keep low ≤ high.
    return { low, high, afterTax: rangeOf(low.afterTax, high.afterTax) }
  }

  const assessOffer = (offer: Offer): OfferAssessment => {
    taxCache.clear()
    const computed = computeAnnualPay(offer.pay, settings, ruleset)
    if (!computed.ok) {
      const refusal = computed.error.code === 'unreadable' ? payRefusal(offer.pay) : null
      return {
        offerId: offer.id,
        ok: false,
        error: computed.error,
        ...(refusal ? { refusal } : {}),
      }
    }
    const pay = computed.pay
    const raise = currentPay ? relativeChange(pay.totalRecurring, currentPay.totalRecurring) : null
    const risk = assessTransitionRisk(offer, profile, settings, ruleset)
    const judgement = payPosition(
      raise,
      pay.totalRecurring,
      currentPay?.totalRecurring ?? null,
      score.tier,
      ruleset,
      judging,
    )
    // The job's city where the offer names one, else the user's.
    const rates = ratesFor(offer.city ? offer.city : profile.city)
    return {
      offerId: offer.id,
      ok: true,
      pay,
      raise,
      afterTaxRecurring: offer.taxedInChina ? afterTax(pay, false, rates) : null,
      afterTaxYearOne: offer.taxedInChina ? afterTax(pay, true, rates) : null,
      risk,
      // China's statutory severance governs a China labour contract: one taxed elsewhere is not
      // priced with it. Its cap follows the job's city (the average wage behind its base cap).
      downside: riskAdjustedValue(pay, currentPay, risk.score, ruleset, offer.taxedInChina, rates),
      recommendation: recommend(offer, profile, score, risk, judgement, ruleset, raise),
    }
  }

  return {
    rulesetVersion: ruleset.version,
    skills: {
      ...score,
      expectedRaise,
      expectedTotal,
      expectedTotalBasis,
      expectedTotalFromPay: fromPay,
      expectedTotalBandEnds,
      judgingTotal: judging,
      gaps: skillGaps(profile, input.skills, score, ruleset),
    },
    currentPay:
      current === null
        ? null
        : current.ok
          ? {
              ok: true,
              pay: current.pay,
              afterTax:
                profile.currentPayTaxedInChina !== false
                  ? afterTax(current.pay, false, ratesFor(profile.city))
                  : null,
              overHorizon: stayingValue(current.pay, ruleset),
            }
          : current,
    offers: input.offers.map(assessOffer),
    jobSearch: jobSearchStats(input.journal, ruleset),
  }
}
