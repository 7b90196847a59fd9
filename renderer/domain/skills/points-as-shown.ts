import type { Reason } from '../reason'

/**
 * The reasons' points as a list shows them, rounded to `decimals` so that they add up to their
 * sum as shown (5 + 1.75 + 0.875 = 7.625 reads 7.6, not 5 + 1.8 + 0.9 = 7.7). Largest
 * remainder: each part is cut down to its units, and the units the cut lost go, one each, to
 * the parts that lost most (the earlier part on a tie). A part never moves by a unit or more.
 */
export function pointsAsShown(reasons: readonly Pick<Reason, 'points'>[], decimals = 1): number[] {
  const scale = 10 ** decimals
  // Cleared of float noise first (12.999999999 is 13 units), so an exact part is not cut.
  const scaled = reasons.map((reason) => Math.round(reason.points * scale * 1e6) / 1e6)
  const floors = scaled.map((value) => Math.floor(value))
  const total = Math.round(scaled.reduce((sum, value) => sum + value, 0))
  let left = total - floors.reduce((sum, value) => sum + value, 0)
  const byRemainder = scaled
    .map((value, index) => ({ index, remainder: value - (floors[index] ?? 0) }))
    .filter((entry) => entry.remainder > 0)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of byRemainder) {
    if (left <= 0) break
    floors[index] = (floors[index] ?? 0) + 1
    left--
  }
  return floors.map((units) => units / scale)
}
