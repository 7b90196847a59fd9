/**
 * Where a range figure may break: after its dash, never inside an amount. "51.4万–58.3万/年"
 * reads "51.4万–" then "58.3万/年"; "+42.9% – +63.3%" reads "+42.9% –" then "+63.3%". Kept on
 * one line, two ranges of three offers held their columns wide enough to push the last one out
 * of a 1024 px window (trial 19 #1: 797 px of table in 734). The dash is the one the formatters
 * in ui/format/amount.ts write between a range's ends (U+2013); a single figure has none.
 */
const RANGE_DASH = '\u2013'

export interface RangeLines {
  /** The low end with its dash: "51.4万–", "+42.9% –". */
  low: string
  /** What stood between the dash and the high end: '' or a space. */
  gap: string
  /** The high end with whatever follows it: "58.3万/年", "+63.3%". */
  high: string
}

/** The two lines of a range figure, or null for a figure with no dash (a single amount). */
export function rangeLines(value: string): RangeLines | null {
  const dash = value.indexOf(RANGE_DASH)
  if (dash <= 0 || dash === value.length - 1) return null
  const low = value.slice(0, dash + 1)
  const rest = value.slice(dash + 1)
  const high = rest.trimStart()
  return { low, gap: rest.slice(0, rest.length - high.length), high }
}
