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
/**
 * The 万 of a spoken figure may take one more digit, its thousands ("2w5", "4万5", "2万5千" are
 * 25,000 and 45,000), written against it: "4万 5 个月" and "2w 5薪" are a figure and a count. A
 * digit followed by another digit, a unit or a month count is not that digit ("4万50", "2w5k").
 * Captured with its unit, so the pattern keeps its four groups.
 */
const TEN_THOUSANDS =
  '(?:w|万|萬)(?:\\d(?:千|(?![\\d.%]|\\s*(?:k|千|w|万|萬|m|元|百|薪|个|個|months?))))?'
const UNIT = `(百万|百萬|k|千|${TEN_THOUSANDS}|m|元)?`
// "30,000" and "$180,000": thousands in groups of three, read as one number.
const NUMBER = '(\\d{1,3}(?:,\\d{3})+(?![\\d])(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)'
export const RANGE_SEPARATOR = '(?:-|~|至|到|–|—)'

/**
 * A figure or a range with its units ("8-10 万", "30k", "1.5w"), as a pattern's source: four
 * groups, the low figure and its unit, the high figure and its unit. Shared by the base pay
 * and the year-end bonus, so both read amounts alike.
 */
export const AMOUNT_SOURCE = `${NUMBER}\\s*${UNIT}(?:\\s*${RANGE_SEPARATOR}\\s*${NUMBER}\\s*${UNIT})?`

/** Below this, a figure with no unit of its own nor one carried is not a pay ("月薪 30", "30-45"). */
const SMALLEST_BARE_FIGURE = 1_000

/**
 * The range the four groups of `AMOUNT_SOURCE` wrote, or null when a figure has no unit and is
 * too small to be pay in yuan ("月薪 30", "年终奖 1-3": a unit or a "个月" left out). One unit
 * serves both ends when only one is written ("3-4 万", "30k-40"), unless the bare end is a
 * figure in yuan already ("3万-45000" is 30,000 to 45,000, not to 450 million).
 */
export function amountRange(
  lowText: string | undefined,
  lowUnit: string | undefined,
  highText: string | undefined,
  highUnit: string | undefined,
): Range<Fen> | null {
  // The unit carried is the other end's without its thousands: "2-2w5" is 20,000 to 25,000.
  const carry = (text: string | undefined, other: string | undefined) =>
    text !== undefined && numberOf(text) < SMALLEST_BARE_FIGURE ? unitWordOf(other) : undefined
  const unitLow = lowUnit ?? carry(lowText, highUnit)
  const unitHigh = highUnit ?? carry(highText, lowUnit)
  const tooSmall = (text: string | undefined, unit: string | undefined) =>
    text !== undefined &&
    unit === undefined &&
    numberOf(text) > 0 &&
    numberOf(text) < SMALLEST_BARE_FIGURE
  if (tooSmall(lowText, unitLow) || tooSmall(highText, unitHigh)) return null
  const low = toFen(lowText ?? '0', unitLow)
  const high = highText === undefined ? low : toFen(highText, unitHigh)
  return low === null || high === null ? null : rangeOf(low, high)
}

/** The unit without the thousands of a spoken figure: "w" of "w5", "万" of "万5千". */
function unitWordOf(unit: string | undefined): string | undefined {
  return unit?.replace(/\d.*$/, '')
}

function numberOf(text: string): number {
  return Number(text.replace(/,/g, ''))
}

/**
 * "1.5" with unit "w" → 1,500,000 fen, exactly: decimal digits are handled as integers. "2" with
 * "w5" (or "万5千") → 2,500,000 fen; null for thousands after a figure that is not a whole number
 * ("1.5w5", "30,000万5"), which says nothing one can be sure of.
 */
function toFen(numberText: string, unit: string | undefined): Fen | null {
  const unitWord = unitWordOf(unit) ?? '元'
  const thousands = unit?.match(/\d/)?.[0]
  if (thousands !== undefined && !/^\d+$/.test(numberText)) return null
  const multiplierFen = (UNIT_YUAN[unitWord] ?? 1) * 100
  const [whole = '0', fraction = ''] = numberText.replace(/,/g, '').split('.')
  const scale = 10 ** fraction.length
  const scaled = Number(whole) * scale + (fraction ? Number(fraction) : 0)
  const extraFen = thousands === undefined ? 0 : Number(thousands) * 1_000 * 100
  return fen((scaled * multiplierFen) / scale + extraFen)
}
