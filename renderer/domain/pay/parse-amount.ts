import { fen, type Fen } from '../money'
import { rangeOf, type Range } from '../range'

/** Multipliers to yuan, as written after a number. */
const UNIT_YUAN: Record<string, number> = {
  k: 1_000,
  千: 1_000,
  w: 10_000,
  万: 10_000,
  萬: 10_000,
  百万: 1_000_000,
  百萬: 1_000_000,
  m: 1_000_000,
  元: 1,
}
const UNIT = '(百万|百萬|k|千|w|万|萬|m|元)?'
const NUMBER = '(\\d+(?:\\.\\d+)?)'
const RANGE_SEPARATOR = '(?:-|~|至|到|–|—)'

/**
 * A figure or a range with its units ("8-10 万", "30k", "1.5w"), as a pattern's source: four
 * groups, the low figure and its unit, the high figure and its unit. Shared by the base pay
 * and the year-end bonus, so both read amounts alike.
 */
export const AMOUNT_SOURCE = `${NUMBER}\\s*${UNIT}(?:\\s*${RANGE_SEPARATOR}\\s*${NUMBER}\\s*${UNIT})?`

/** The range the four groups of `AMOUNT_SOURCE` wrote: one unit for both ends when only one is written. */
export function amountRange(
  lowText: string | undefined,
  lowUnit: string | undefined,
  highText: string | undefined,
  highUnit: string | undefined,
): Range<Fen> {
  const unitHigh = highUnit ?? lowUnit
  const unitLow = lowUnit ?? unitHigh
  const low = toFen(lowText ?? '0', unitLow)
  return highText === undefined ? { low, high: low } : rangeOf(low, toFen(highText, unitHigh))
}

/** "1.5" with unit "w" → 1,500,000 fen, exactly: decimal digits are handled as integers. */
function toFen(numberText: string, unit: string | undefined): Fen {
  const multiplierFen = (UNIT_YUAN[unit ?? '元'] ?? 1) * 100
  const [whole = '0', fraction = ''] = numberText.split('.')
  const scale = 10 ** fraction.length
  const scaled = Number(whole) * scale + (fraction ? Number(fraction) : 0)
  return fen((scaled * multiplierFen) / scale)
}
