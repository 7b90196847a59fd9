import type { BasePay, Compensation } from '../model/compensation'
import type { Currency } from '../model/enums'
import { isPriced } from '../model/options'
import type { EngineSettings } from '../model/settings'
import { timesMonths, timesRatio, ZERO_FEN, type Fen } from '../money'
import { addRanges, fenRangeFromYuan, mapRange, point, type Range } from '../range'
import type { Ruleset } from '../ruleset/ruleset-schema'
import type { StockRefusal } from './parse-stock'
import { valueOptions, type OptionsValue } from './options-value'
import type { OptionsAsk, OptionsMention } from './parse-options'
import type { ParseNote, ParsedBonus, ParsedStock } from './parse-pay'
import { parseCountablePay, type CountablePayError } from './stock-inside'

/** Months of base pay that are regular wages; the rest of "N 薪" is paid as the year-end bonus. */
const REGULAR_MONTHS = 12

/** A year of pay in CNY fen, split the way tax treats it. Every figure is a (low, high) range. */
export interface AnnualPay {
  currency: Currency
  /** Yuan per unit of the currency (1 for CNY). */
  rateToCny: number
  /** Monthly base pay, for the social-insurance base and severance; null for an annual figure. */
  monthlyBase: Range<Fen> | null
  months: number | null
  cashOnly: boolean
  parseNotes: ParseNote[]
  /** Wages taxed with the annual table: 12 months of base (or the whole annual figure). */
  regularWages: Range<Fen>
  /** The 13th month onward of "N 薪", paid as a year-end bonus. */
  extraMonthsBonus: Range<Fen>
  /** A stated year-end bonus on top. */
  statedBonus: Range<Fen>
  /** Both together: the one-off annual bonus for tax. */
  annualBonus: Range<Fen>
  /** Base plus bonus, every year. */
  cash: Range<Fen>
  signOn: Range<Fen>
  stockYearOne: Range<Fen>
  stockAveragePerYear: Range<Fen>
  /** Stock options, valued; null without any, or while they cannot be valued. */
  options: OptionsValue | null
  /** Options granted but left out of every total, and why; null when none are left out. */
  optionsUncounted: OptionsUncounted | null
  /** Options the pasted text names, and what to ask for while the offer does not value them. */
  optionsMention: OptionsMention | null
  optionsAsks: OptionsAsk[]
  /** Year one: cash, sign-on, the first year's vesting and options at their expected value. */
  totalYearOne: Range<Fen>
  /** A typical year: cash, the average yearly vesting and options at their expected value. */
  totalRecurring: Range<Fen>
}

/**
 * Why granted options are not counted: their price is not known yet ('unpriced'), or it is in a
 * currency with no exchange rate set. The offer is weighed without them, not refused.
 */
export type OptionsUncounted =
  { reason: 'unpriced' } | { reason: 'no-exchange-rate'; currency: Currency }

/** The parser's refusals that the engine reports as the part it could not read. */
export type PayRefusal =
  | StockRefusal
  | 'stock-without-base'
  | 'period-conflict'
  | 'after-tax'
  | 'sign-on-twice'
  | 'sign-on-spread'
  | 'sign-on-currency'
  /** A figure the text says includes stock, with no part of it given (stock-inside.ts). */
  | 'stock-inside-unknown'

/**
 * The parser's refusals as the engine reports them. A refusal of the stock in a stored text pay
 * ("RSU 20 万，1 年 cliff") is reported as the part it could not read, as is a figure whose own
 * period a pay word contradicts ("60万/年，月薪", period-conflict): every screen handles that
 * code, and `payRefusal` gives the parser's own, for the verdict to say why as the forms do.
 */
export type EnginePayParseError = Exclude<CountablePayError, { code: PayRefusal }>
export type PayError = EnginePayParseError | { code: 'no-exchange-rate'; currency: Currency }
export type AnnualPayResult = { ok: true; pay: AnnualPay } | { ok: false; error: PayError }

/** The base pay read from either form, in fen of the pay's own currency. */
interface ResolvedBase {
  kind: 'monthly' | 'annual'
  /** The monthly figure (kind monthly) or the yearly one (kind annual). */
  amount: Range<Fen>
  months: number
  cashOnly: boolean
  notes: ParseNote[]
  /** A currency the text named ("$300k"), else null. */
  currency: Currency | null
  options: OptionsMention | null
  /** A year-end bonus the text states beside the base ("年终奖 5 万"), else null. */
  bonus: ParsedBonus | null
  /** Stock the text states ("RSU 20 万分 4 年"), else null. */
  stock: ParsedStock | null
  /** A sign-on the text states ("签字费 10 万"), else null. */
  signOn: Range<Fen> | null
}

const NO_NOTES: ParseNote[] = []

/**
 * Builds the fields one by one rather than spreading the parsed input: spreading an object
 * that zod produced took ~4 µs a call in a profile, the largest cost of reading 1,000 offers.
 */
function resolveBase(
  base: BasePay,
): { ok: true; base: ResolvedBase } | { ok: false; error: EnginePayParseError } {
  switch (base.kind) {
    case 'monthly':
      return {
        ok: true,
        base: {
          kind: 'monthly',
          amount: fenRangeFromYuan(base.monthly),
          months: base.months,
          cashOnly: false,
          notes: NO_NOTES,
          currency: null,
          options: null,
          bonus: null,
          stock: null,
          signOn: null,
        },
      }
    case 'annual':
      return {
        ok: true,
        base: {
          kind: 'annual',
          amount: fenRangeFromYuan(base.annual),
          months: REGULAR_MONTHS,
          cashOnly: false,
          notes: NO_NOTES,
          currency: null,
          options: null,
          bonus: null,
          stock: null,
          signOn: null,
        },
      }
    case 'text': {
      const parsed = parseCountablePay(base.text)
      if (!parsed.ok) return { ok: false, error: engineError(parsed.error, base.text) }
      const { pay } = parsed
      return {
        ok: true,
        base:
          pay.kind === 'monthly'
            ? {
                kind: 'monthly',
                amount: pay.monthly,
                months: pay.months,
                cashOnly: pay.cashOnly,
                notes: pay.notes,
                currency: pay.currency,
                options: pay.options,
                bonus: pay.bonus,
                stock: pay.stock ?? null,
                signOn: pay.signOn ?? null,
              }
            : {
                kind: 'annual',
                amount: pay.annual,
                months: REGULAR_MONTHS,
                cashOnly: pay.cashOnly,
                notes: pay.notes,
                currency: pay.currency,
                options: pay.options,
                bonus: pay.bonus,
                stock: pay.stock ?? null,
                signOn: pay.signOn ?? null,
              },
      }
    }
  }
}

/** One year of an offer's (or the current job's) pay, split as tax treats it, in CNY fen. */
export function computeAnnualPay(
  compensation: Compensation,
  settings: EngineSettings,
  ruleset: Ruleset,
): AnnualPayResult {
  const resolved = resolveBase(compensation.base)
  if (!resolved.ok) return resolved
  const { base } = resolved
  // A currency written in the text ("$300k") wins over the default CNY.
  const currency =
    compensation.currency === 'CNY' && base.currency ? base.currency : compensation.currency
  const rateToCny = currency === 'CNY' ? 1 : settings.exchangeRates[currency]
  if (rateToCny === undefined) return { ok: false, error: { code: 'no-exchange-rate', currency } }

  const inCny = (amount: Range<Fen>): Range<Fen> =>
    rateToCny === 1 ? amount : mapRange(amount, (value) => timesRatio(value, rateToCny))
  const toCny = (yuan: Range): Range<Fen> => inCny(fenRangeFromYuan(yuan))

  let monthlyBase: Range<Fen> | null = null
  let regularWages: Range<Fen>
  let extraMonthsBonus: Range<Fen> = point(ZERO_FEN)
  if (base.kind === 'monthly') {
    monthlyBase = inCny(base.amount)
    const regularMonths = Math.min(base.months, REGULAR_MONTHS)
    const extraMonths = Math.max(0, base.months - REGULAR_MONTHS)
    regularWages = mapRange(monthlyBase, (monthly) => timesMonths(monthly, regularMonths))
    extraMonthsBonus = mapRange(monthlyBase, (monthly) => timesMonths(monthly, extraMonths))
  } else {
    regularWages = inCny(base.amount)
  }

  // A bonus given in its own field wins; else the one the pay's text states, if any (a text
  // pay stored as written, e.g. imported, would otherwise lose it).
  const stated = compensation.yearEndBonus
  const written = stated ? null : base.bonus
  let statedBonus: Range<Fen> = point(ZERO_FEN)
  if (stated?.kind === 'amount') statedBonus = toCny(stated.amount)
  if (written?.kind === 'amount') statedBonus = inCny(written.amount)
  const monthsBonus =
    stated?.kind === 'months' ? stated : written?.kind === 'months' ? written : null
  if (monthsBonus !== null) {
    // Months of bonus need a monthly figure; for an annual base, a month is a twelfth of it,
    // taken in one step (a twelfth rounded first left 1,187,500.01 for 950k and 3 months).
    const bonusOf = (end: 'low' | 'high', months: number): Fen =>
      monthlyBase
        ? timesMonths(monthlyBase[end], months)
        : timesRatio(regularWages[end], months / REGULAR_MONTHS)
    // "2-4 个月" on "30-40k": the low end pays 2 months of the low base, the high end 4 of the high.
    statedBonus = {
      low: bonusOf('low', monthsBonus.months),
      high: bonusOf('high', monthsBonus.monthsHigh ?? monthsBonus.months),
    }
  }
  const annualBonus = addRanges(extraMonthsBonus, statedBonus)
  const cash = addRanges(regularWages, annualBonus)
  // A sign-on in its own field wins; else the one the pay's text states ("签字费 10 万").
  const signOn = compensation.signOn
    ? toCny(compensation.signOn)
    : base.signOn
      ? inCny(base.signOn)
      : point(ZERO_FEN)

  let stockYearOne: Range<Fen> = point(ZERO_FEN)
  let stockAveragePerYear: Range<Fen> = point(ZERO_FEN)
  const stock = compensation.stock
  if (!stock && base.stock) {
    // Stock given in its own field wins; else the value a year the pay's text states (an even
    // grant's year one is its average).
    stockYearOne = inCny(base.stock.perYear)
    stockAveragePerYear = stockYearOne
  } else if (stock?.kind === 'per-year') {
    stockYearOne = toCny(stock.perYear)
    stockAveragePerYear = stockYearOne
  } else if (stock?.kind === 'grant') {
    const grant = toCny(stock.grantValue)
    const firstShare = (stock.schedule[0] ?? 0) / 100
    stockYearOne = mapRange(grant, (value) => timesRatio(value, firstShare))
    stockAveragePerYear = mapRange(grant, (value) => timesRatio(value, 1 / stock.schedule.length))
  }

  let options: OptionsValue | null = null
  let optionsUncounted: OptionsUncounted | null = null
  let optionsAsks: OptionsAsk[] = base.options?.asks ?? []
  const granted = compensation.options
  if (granted && !isPriced(granted)) {
    optionsUncounted = { reason: 'unpriced' }
    optionsAsks = [
      ...(granted.count === undefined ? ['count' as const] : []),
      ...(granted.strikePrice === undefined ? ['strike-price' as const] : []),
      ...(granted.sharePrice === undefined ? ['share-price' as const] : []),
    ]
  } else if (granted) {
    const optionsCurrency = granted.currency ?? currency
    const optionsRate = optionsCurrency === 'CNY' ? 1 : settings.exchangeRates[optionsCurrency]
    // Without a rate the options alone are left out: the pay itself can still be weighed.
    if (optionsRate === undefined) {
      optionsUncounted = { reason: 'no-exchange-rate', currency: optionsCurrency }
    } else {
      options = valueOptions(granted, optionsCurrency, optionsRate, ruleset)
      optionsAsks = []
    }
  }
  const optionsYearOne = options?.expectedYearOne ?? point(ZERO_FEN)
  const optionsPerYear = options?.expectedPerYear ?? point(ZERO_FEN)

  return {
    ok: true,
    pay: {
      currency,
      rateToCny,
      monthlyBase,
      months: base.kind === 'monthly' ? base.months : null,
      cashOnly: base.cashOnly,
      parseNotes: base.notes,
      regularWages,
      extraMonthsBonus,
      statedBonus,
      annualBonus,
      cash,
      signOn,
      stockYearOne,
      stockAveragePerYear,
      options,
      optionsUncounted,
      optionsMention: base.options,
      optionsAsks,
      totalYearOne: addRanges(cash, signOn, stockYearOne, optionsYearOne),
      totalRecurring: addRanges(cash, stockAveragePerYear, optionsPerYear),
    },
  }
}

/**
 * Why a text pay that the engine reports as unreadable was refused, in the parser's own code
 * (a stock cliff, a period conflict…); null for any other pay or error. Parses the text again:
 * called only for a pay that failed.
 */
export function payRefusal(compensation: Compensation): PayRefusal | null {
  if (compensation.base.kind !== 'text') return null
  const parsed = parseCountablePay(compensation.base.text)
  return !parsed.ok && isRefusal(parsed.error.code) ? parsed.error.code : null
}

/** Every refusal, once: a code added to `PayRefusal` must be listed here. */
const REFUSALS: Record<PayRefusal, true> = {
  'stock-years-missing': true,
  'stock-bad-years': true,
  'stock-cliff': true,
  'stock-uneven': true,
  'stock-currency': true,
  'stock-without-base': true,
  'period-conflict': true,
  'after-tax': true,
  'sign-on-twice': true,
  'sign-on-spread': true,
  'sign-on-currency': true,
  'stock-inside-unknown': true,
}

function isRefusal(code: string): code is PayRefusal {
  return Object.hasOwn(REFUSALS, code)
}

function isRefused(
  error: CountablePayError,
): error is Extract<CountablePayError, { code: PayRefusal }> {
  return isRefusal(error.code)
}

/** A parser's refusal as the engine reports it (see `EnginePayParseError`). */
function engineError(error: CountablePayError, text: string): EnginePayParseError {
  if (!isRefused(error)) return error
  const at = text.normalize('NFKC').indexOf(error.fragment)
  return { code: 'unreadable', fragment: error.fragment, at: Math.max(at, 0) }
}
