import { addFen, fenFromYuan, type Fen } from './money'

/**
 * A value known only within bounds: "120-150k" stays (120k, 150k) through every figure, so the
 * user sees what the spread means after tax and risk, not a midpoint that hides it.
 * Invariant: low ≤ high.
 */
export interface Range<T extends number = number> {
  low: T
  high: T
}

export function point<T extends number>(value: T): Range<T> {
  return { low: value, high: value }
}

/** A range stated in yuan (by the user or the ruleset) in fen, end by end, not reordered. */
export function fenRangeFromYuan(yuan: Range): Range<Fen> {
  return { low: fenFromYuan(yuan.low), high: fenFromYuan(yuan.high) }
}

export function rangeOf<T extends number>(a: T, b: T): Range<T> {
  return a <= b ? { low: a, high: b } : { low: b, high: a }
}

/** Applies a non-decreasing function to both ends. */
export function mapRange<T extends number, U extends number>(
  range: Range<T>,
  fn: (value: T) => U,
): Range<U> {
  return rangeOf(fn(range.low), fn(range.high))
}

export function addRanges(...ranges: Range<Fen>[]): Range<Fen> {
  return {
    low: addFen(...ranges.map((range) => range.low)),
    high: addFen(...ranges.map((range) => range.high)),
  }
}

/**
 * (a / b) − 1 over ranges, by interval division: the lowest raise pairs the lowest offer with
 * the highest current pay. Null when the current pay is zero (no raise can be stated).
 */
export function relativeChange(next: Range<Fen>, current: Range<Fen>): Range | null {
  if (current.low <= 0) return null
  return { low: next.low / current.high - 1, high: next.high / current.low - 1 }
}
