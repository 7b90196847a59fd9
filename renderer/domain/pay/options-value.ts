import type { Currency } from '../model/enums'
import type { PricedOptions } from '../model/options'
import { fen, timesRatio, ZERO_FEN, type Fen } from '../money'
import { mapRange, type Range } from '../range'
import { reasonFrom, type Reason } from '../reason'
import type { Ruleset } from '../ruleset/ruleset-schema'
import { vestedShareBy } from './vesting'

/** Stock options in CNY fen: a paper value, the range it spans, and the expected value. */
export interface OptionsValue {
  currency: Currency
  /** Yuan per unit of `currency`, as converted (1 for CNY): a wrong-size rate is named by it. */
  rateToCny: number
  listed: boolean
  discountPercent: number
  /** Whether the discount is the user's (set on the offer) or the ruleset's default. */
  discountFrom: 'offer' | 'ruleset'
  /** Options vested in the first twelve months (after any cliff), and in an average year. */
  vestedYearOne: number
  vestedPerYear: number
  /** (share price − strike) × options vested, never below zero: what exercising would pay. */
  paperYearOne: Range<Fen>
  paperPerYear: Range<Fen>
  /** From zero (the company fades, or the price falls below the strike) to the paper value. */
  rangeYearOne: Range<Fen>
  rangePerYear: Range<Fen>
  /** The paper value less the discount: what the totals count. */
  expectedYearOne: Range<Fen>
  expectedPerYear: Range<Fen>
  reasons: Reason[]
}

/** Prices in ten-thousandths, so a strike of 0.0125 is an exact integer. */
const PRICE_SCALE = 10_000

/**
 * Values options vesting on their schedule. `rateToCny` converts their currency; the paper
 * value per option is the share price less the strike, at least zero (an option under water is
 * not exercised).
 */
export function valueOptions(
  options: PricedOptions,
  currency: Currency,
  rateToCny: number,
  ruleset: Ruleset,
): OptionsValue {
  const rule = ruleset.options
  const discountPercent =
    options.discountPercent ?? rule.discountPercent[options.listed ? 'listed' : 'unlisted']
  const strike = Math.round(options.strikePrice * PRICE_SCALE)
  // Fen for `count` options at one end of the share price, rounded once.
  const paperFor = (count: number) => (price: number) =>
    fen(
      (Math.max(0, Math.round(price * PRICE_SCALE) - strike) * count * rateToCny * 100) /
        PRICE_SCALE,
    )
  const vestedYearOne = options.count * vestedShareBy(options.schedule, options.cliffMonths, 12)
  const vestedPerYear = options.count / options.schedule.length
  const paperYearOne = mapRange(options.sharePrice, paperFor(vestedYearOne))
  const paperPerYear = mapRange(options.sharePrice, paperFor(vestedPerYear))
  const keep = 1 - discountPercent / 100
  const expected = (paper: Range<Fen>) => mapRange(paper, (value) => timesRatio(value, keep))
  const fromZero = (paper: Range<Fen>): Range<Fen> => ({ low: ZERO_FEN, high: paper.high })
  return {
    currency,
    rateToCny,
    listed: options.listed,
    discountPercent,
    discountFrom: options.discountPercent === undefined ? 'ruleset' : 'offer',
    vestedYearOne,
    vestedPerYear,
    paperYearOne,
    paperPerYear,
    rangeYearOne: fromZero(paperYearOne),
    rangePerYear: fromZero(paperPerYear),
    expectedYearOne: expected(paperYearOne),
    expectedPerYear: expected(paperPerYear),
    reasons: [
      reasonFrom(rule.id, rule, 0, {
        count: options.count,
        strikePrice: options.strikePrice,
        sharePriceLow: options.sharePrice.low,
        sharePriceHigh: options.sharePrice.high,
        currency,
        listed: options.listed,
        cliffMonths: options.cliffMonths,
        vestedYearOne,
        vestedPerYear,
        discountPercent,
        discountFrom: options.discountPercent === undefined ? 'ruleset' : 'offer',
      }),
    ],
  }
}
