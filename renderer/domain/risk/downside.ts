import { addFen, subtractFen, timesMonths, timesRatio, ZERO_FEN, type Fen } from '../money'
import type { AnnualPay } from '../pay/annual-pay'
import { rangeOf, type Range } from '../range'
import { reasonFrom, type Reason } from '../reason'
import type { Ruleset } from '../ruleset/ruleset-schema'
import type { ResolvedSocialInsurance } from '../tax/social-insurance'
import { severanceCapBasis, type SeveranceCapBasis } from './severance-cap'

/** Statutory severance (经济补偿, 劳动合同法 第四十七条) as counted, so the screens can say what it holds. */
export interface Severance {
  amount: Range<Fen>
  /** Months of wages for the time served (at the top of the range). */
  serviceMonths: number
  /** The most a month's wage counts for (three times the local average), where the pay's
   *  monthly wage is above it at either end of the range; else null. */
  monthlyCap: Fen | null
  /** The average wage the cap is a multiple of, and where it comes from (the city's
   *  social-insurance cap, the user's, or a placeholder), whether or not the pay reaches it. */
  capBasis: SeveranceCapBasis
  /** A month's base pay in lieu of notice is added (N+1): not capped. */
  inLieuOfNotice: boolean
}

export interface RiskAdjustedValue {
  horizonMonths: number
  /** The chance the role fails within the horizon, from the risk score. */
  failureChance: number
  /** What the offer pays over the horizon if all goes well. */
  headline: Range<Fen>
  /** What the user earns over the horizon if the role fails: pay until then (its options not
   *  counted: payOver), severance, a search, then lateral pay. */
  ifItFails: Range<Fen>
  /**
   * Null where China's labour contract law is not assumed to govern the job (its pay is not
   * taxed in mainland China): what such a contract pays on a lay-off is not known, so none is
   * counted in `ifItFails` and the screens say so rather than show the law's figure.
   */
  severance: Severance | null
  /** Chance-weighted: (1 − p) × headline + p × ifItFails. */
  riskAdjusted: Range<Fen>
  reasons: Reason[]
}

/**
 * Pay over the first `months` months: year one's figure for the first twelve, then a typical
 * year's. `options: false` leaves out the options' expected value: a role that fails is priced
 * without it, since the options of a project that did not ship are what the article's people
 * fear losing (L36), and a leaver must buy vested ones within weeks at a price the failure has
 * made a bet. New-user trials 9-12 saw P4's startup lead every offer on risk-adjusted value, its
 * options counted in the failure case as if the company had done well.
 */
function payOver(
  pay: AnnualPay,
  months: number,
  end: 'low' | 'high',
  { options }: { options: boolean } = { options: true },
): Fen {
  const firstYear = Math.min(months, 12)
  const later = Math.max(0, months - 12)
  const without = (total: Fen, part: Fen | undefined) =>
    options || part === undefined ? total : subtractFen(total, part)
  return addFen(
    timesRatio(without(pay.totalYearOne[end], pay.options?.expectedYearOne[end]), firstYear / 12),
    timesRatio(without(pay.totalRecurring[end], pay.options?.expectedPerYear[end]), later / 12),
  )
}

/**
 * What staying is worth over the same horizon as an offer's risk-adjusted value: the current
 * pay's typical year, pro rata, with no failure priced (the comparison's ★ weighs it against
 * each offer: new-user trial 14 starred a pay cut while staying showed nothing).
 */
export function stayingValue(current: AnnualPay, ruleset: Ruleset): Range<Fen> {
  const share = ruleset.downside.horizonMonths / 12
  return {
    low: timesRatio(current.totalRecurring.low, share),
    high: timesRatio(current.totalRecurring.high, share),
  }
}

/**
 * Years of service in severance months (劳动合同法 第四十七条): a month per full year; a remainder
 * of six months or more counts as a year, a shorter one as half a month.
 */
export function serviceMonths(monthsWorked: number): number {
  const years = Math.floor(monthsWorked / 12)
  const remainder = monthsWorked - years * 12
  return years + (remainder >= 6 ? 1 : remainder > 0 ? 0.5 : 0)
}

/**
 * The downside of a failed move, priced (ruleset §5): statutory severance plus months of search
 * at no pay, then lateral pay; weighted by the failure chance that the risk score implies.
 * `lateral` is the user's current pay (a lateral move), or the offer itself when none is known.
 * The severance is China's (N, or N+1 without notice, under the labour contract law): for a job
 * outside it (`chinaLabourContract` false: pay not taxed in mainland China) none is counted.
 * `socialInsurance` is the job's, as its tax resolved it: the cap's average wage follows its
 * city (severance-cap.ts); null where it is not known, and the ruleset's placeholder stands.
 */
export function riskAdjustedValue(
  pay: AnnualPay,
  lateral: AnnualPay | null,
  riskScore: number,
  ruleset: Ruleset,
  chinaLabourContract = true,
  socialInsurance: ResolvedSocialInsurance | null = null,
): RiskAdjustedValue {
  const rules = ruleset.downside
  const severanceRules = rules.severance
  const horizon = rules.horizonMonths
  const failureChance =
    rules.failureChanceAtZero +
    ((rules.failureChanceAtMax - rules.failureChanceAtZero) * riskScore) / 100
  const worked = Math.min(rules.failsAfterMonths, horizon)
  const searching = Math.min(rules.searchMonths, horizon - worked)
  const lateralMonths = horizon - worked - searching

  const capBasis = severanceCapBasis(ruleset, socialInsurance)
  const capMonthly = capBasis.capMonthly
  const service = serviceMonths(worked)
  const severanceAt = (end: 'low' | 'high'): { amount: Fen; months: number; capped: boolean } => {
    const monthlyWage = timesRatio(pay.cash[end], 1 / 12)
    const capped = monthlyWage > capMonthly
    const months = capped ? Math.min(service, severanceRules.capYears) : service
    const base = timesMonths(capped ? capMonthly : monthlyWage, months)
    // The month in lieu of notice is the last month's wage (劳动合同法实施条例 第二十条), not
    // the twelve months' average and not capped: the monthly base where the pay has one.
    // (It was the capped average's uncapped twin, cash ÷ 12, under a sentence saying wages
    // above the cap count as the cap: new-user trial 14 could not recompute it.)
    // A yearly figure has no monthly base: its wages ÷ 12, without the year-end bonus the cash
    // holds ('年薪 60 万，年终奖 10 万' is 50k a month, not 58.3k: review 15, M1).
    const lastMonth = pay.monthlyBase
      ? pay.monthlyBase[end]
      : timesRatio(pay.regularWages[end], 1 / 12)
    const notice = severanceRules.extraMonthInLieuOfNotice ? lastMonth : ZERO_FEN
    return { amount: addFen(base, notice), months, capped }
  }
  const severanceLow = severanceAt('low')
  const severanceHigh = severanceAt('high')
  const severance: Severance | null = chinaLabourContract
    ? {
        amount: rangeOf(severanceLow.amount, severanceHigh.amount),
        serviceMonths: severanceHigh.months,
        monthlyCap: severanceLow.capped || severanceHigh.capped ? capMonthly : null,
        capBasis,
        inLieuOfNotice: severanceRules.extraMonthInLieuOfNotice,
      }
    : null

  // The lateral months at the current pay, or without one at this offer's pay elsewhere: its
  // options stay with the role that failed (review 21 M5: they were counted in those months
  // while the reason said the options count nothing if it fails).
  const lateralYear = (end: 'low' | 'high'): Fen =>
    lateral
      ? lateral.totalRecurring[end]
      : subtractFen(pay.totalRecurring[end], pay.options?.expectedPerYear[end] ?? ZERO_FEN)
  const failPath = (end: 'low' | 'high'): Fen =>
    addFen(
      payOver(pay, worked, end, { options: false }),
      severance ? severance.amount[end] : ZERO_FEN,
      timesRatio(lateralYear(end), lateralMonths / 12),
    )
  const headline = { low: payOver(pay, horizon, 'low'), high: payOver(pay, horizon, 'high') }
  const ifItFails = { low: failPath('low'), high: failPath('high') }
  const weigh = (end: 'low' | 'high') =>
    addFen(timesRatio(headline[end], 1 - failureChance), timesRatio(ifItFails[end], failureChance))

  const reasons = [
    reasonFrom(rules.id, rules, 0, {
      horizonMonths: horizon,
      failureChancePercent: Math.round(failureChance * 1000) / 10,
      failsAfterMonths: worked,
      searchMonths: searching,
      lateralMonths,
      lateralIsCurrentPay: lateral !== null,
      severanceCounted: severance !== null,
      // The options count if all goes well, not if it fails (payOver): said where there are some.
      optionsNotCountedIfItFails: (pay.options?.expectedPerYear.high ?? 0) > 0,
    }),
    // The law's reason only where the law is counted: its sentence prices China's severance.
    ...(severance
      ? [
          reasonFrom(severanceRules.id, severanceRules, 0, {
            serviceMonths: service,
            extraMonth: severanceRules.extraMonthInLieuOfNotice,
            capMonthlyYuan: capMonthly / 100,
            // Which wage the cap is 3× of, for the sentence: 'Shanghai's, 12,434'.
            capSource: capBasis.source,
            capCity: capBasis.cityId ?? '',
            capYear: capBasis.presetYear ?? 0,
            averageMonthlyWageYuan: capBasis.averageMonthly / 100,
          }),
        ]
      : []),
  ]
  return {
    horizonMonths: horizon,
    failureChance,
    headline,
    ifItFails,
    severance,
    riskAdjusted: { low: weigh('low'), high: weigh('high') },
    reasons,
  }
}
