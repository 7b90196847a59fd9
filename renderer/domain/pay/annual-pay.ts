import type { BasePay, Compensation } from '../model/compensation'
import type { Currency } from '../model/enums'
import type { EngineSettings } from '../model/settings'
import { fenFromYuan, timesCount, timesRatio, ZERO_FEN, type Fen } from '../money'
import { addRanges, mapRange, point, type Range } from '../range'
import { parsePay, type ParseNote, type PayParseError } from './parse-pay'

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
  /** Year one: cash, sign-on and the first year's vesting. */
  totalYearOne: Range<Fen>
  /** A typical year: cash and the average yearly vesting. */
  totalRecurring: Range<Fen>
}

export type PayError = PayParseError | { code: 'no-exchange-rate'; currency: Currency }
export type AnnualPayResult = { ok: true; pay: AnnualPay } | { ok: false; error: PayError }

type ResolvedBase = Exclude<BasePay, { kind: 'text' }> & {
  cashOnly: boolean
  notes: ParseNote[]
  currency: Currency | null
}

function resolveBase(
  base: BasePay,
): { ok: true; base: ResolvedBase } | { ok: false; error: PayParseError } {
  if (base.kind !== 'text')
    return { ok: true, base: { ...base, cashOnly: false, notes: [], currency: null } }
  const parsed = parsePay(base.text)
  if (!parsed.ok) return parsed
  const { pay } = parsed
  const toYuan = (range: Range<Fen>) => ({ low: range.low / 100, high: range.high / 100 })
  return {
    ok: true,
    base:
      pay.kind === 'monthly'
        ? {
            kind: 'monthly',
            monthly: toYuan(pay.monthly),
            months: pay.months,
            cashOnly: pay.cashOnly,
            notes: pay.notes,
            currency: pay.currency,
          }
        : {
            kind: 'annual',
            annual: toYuan(pay.annual),
            cashOnly: pay.cashOnly,
            notes: pay.notes,
            currency: pay.currency,
          },
  }
}

export function computeAnnualPay(
  compensation: Compensation,
  settings: EngineSettings,
): AnnualPayResult {
  const resolved = resolveBase(compensation.base)
  if (!resolved.ok) return resolved
  const { base } = resolved
  // A currency written in the text ("$300k") wins over the default CNY.
  const currency =
    compensation.currency === 'CNY' && base.currency ? base.currency : compensation.currency
  const rateToCny = currency === 'CNY' ? 1 : settings.exchangeRates[currency]
  if (rateToCny === undefined) return { ok: false, error: { code: 'no-exchange-rate', currency } }

  const toCny = (yuan: { low: number; high: number }): Range<Fen> =>
    mapRange({ low: fenFromYuan(yuan.low), high: fenFromYuan(yuan.high) }, (amount) =>
      timesRatio(amount, rateToCny),
    )

  let monthlyBase: Range<Fen> | null = null
  let regularWages: Range<Fen>
  let extraMonthsBonus: Range<Fen> = point(ZERO_FEN)
  if (base.kind === 'monthly') {
    monthlyBase = toCny(base.monthly)
    const regularMonths = Math.min(base.months, REGULAR_MONTHS)
    const extraMonths = Math.max(0, base.months - REGULAR_MONTHS)
    regularWages = mapRange(monthlyBase, (monthly) => timesCount(monthly, regularMonths))
    extraMonthsBonus = mapRange(monthlyBase, (monthly) => timesCount(monthly, extraMonths))
  } else {
    regularWages = toCny(base.annual)
  }

  const bonus = compensation.yearEndBonus
  let statedBonus: Range<Fen> = point(ZERO_FEN)
  if (bonus?.kind === 'amount') statedBonus = toCny(bonus.amount)
  if (bonus?.kind === 'months') {
    // Months of bonus need a monthly figure; for an annual base, a month is a twelfth of it.
    const perMonth =
      monthlyBase ?? mapRange(regularWages, (annual) => timesRatio(annual, 1 / REGULAR_MONTHS))
    statedBonus = mapRange(perMonth, (monthly) => timesRatio(monthly, bonus.months))
  }
  const annualBonus = addRanges(extraMonthsBonus, statedBonus)
  const cash = addRanges(regularWages, annualBonus)
  const signOn = compensation.signOn ? toCny(compensation.signOn) : point(ZERO_FEN)

  let stockYearOne: Range<Fen> = point(ZERO_FEN)
  let stockAveragePerYear: Range<Fen> = point(ZERO_FEN)
  const stock = compensation.stock
  if (stock?.kind === 'per-year') {
    stockYearOne = toCny(stock.perYear)
    stockAveragePerYear = stockYearOne
  } else if (stock?.kind === 'grant') {
    const grant = toCny(stock.grantValue)
    const firstShare = (stock.schedule[0] ?? 0) / 100
    stockYearOne = mapRange(grant, (value) => timesRatio(value, firstShare))
    stockAveragePerYear = mapRange(grant, (value) => timesRatio(value, 1 / stock.schedule.length))
  }

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
      totalYearOne: addRanges(cash, signOn, stockYearOne),
      totalRecurring: addRanges(cash, stockAveragePerYear),
    },
  }
}
