import type { Reason } from '../reason'

/** A figure in the units a list shows (tenths at 1 decimal), cleared of float noise first
 *  (12.999999999 is 13 units), so an exact figure is not cut. */
function unitsOf(value: number, scale: number): number {
  return Math.round(value * scale * 1e6) / 1e6
}

/**
 * The reasons' points as a list shows them, rounded to `decimals` so that they add up to their
 * sum as shown (5 + 1.75 + 0.875 = 7.625 reads 7.6, not 5 + 1.8 + 0.9 = 7.7), or to `total`
 * where the caller shows another figure for their sum (a gap's gain, the difference of two
 * scores as shown: differenceAsShown). Largest remainder: each part is cut down to its units,
 * and the units the cut lost go, one each, to the parts that lost most (the earlier part on a
 * tie); a total below the cut parts' sum takes a unit back from the parts that lost least. A
 * part moves by less than a unit wherever the total is within a unit of the parts' sum.
 */
export function pointsAsShown(
  reasons: readonly Pick<Reason, 'points'>[],
  decimals = 1,
  total?: number,
): number[] {
  const scale = 10 ** decimals
  const scaled = reasons.map((reason) => unitsOf(reason.points, scale))
  const floors = scaled.map((value) => Math.floor(value))
  const target =
    total === undefined
      ? Math.round(scaled.reduce((sum, value) => sum + value, 0))
      : Math.round(unitsOf(total, scale))
  let left = target - floors.reduce((sum, value) => sum + value, 0)
  const byRemainder = scaled
    .map((value, index) => ({ index, remainder: value - (floors[index] ?? 0) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  const rounded = byRemainder.filter((entry) => entry.remainder > 0)
  for (const { index } of rounded) {
    if (left <= 0) break
    floors[index] = (floors[index] ?? 0) + 1
    left--
  }
  // Only with a total set: the parts that lost least give a unit back (a part of exactly 0
  // stays 0 while any other can give).
  const givers = [...byRemainder].reverse().filter((entry) => scaled[entry.index] !== 0)
  for (const { index } of givers) {
    if (left >= 0) break
    floors[index] = (floors[index] ?? 0) - 1
    left++
  }
  return floors.map((units) => units / scale)
}

/**
 * The difference of two figures as a list shows them, each rounded to `decimals` (half up, as
 * roundToDecimals): a gain from 58.375 to 80.4375 reads +22, so that 58.4 + 22 = 80.4 (rounded
 * alone, +22.1 did not add up: trial 34 #5). The figures themselves stay unrounded.
 */
export function differenceAsShown(after: number, before: number, decimals = 1): number {
  const scale = 10 ** decimals
  return (Math.round(unitsOf(after, scale)) - Math.round(unitsOf(before, scale))) / scale
}
