/** Where a part of the line stood: [start, end) in the text, as characters. */
export interface Span {
  start: number
  end: number
}

/** A period word found in the line: "月薪" is a pay word (strong), "每年" or "/月" only a period. */
export interface PeriodMarker extends Span {
  period: 'annual' | 'monthly'
  /** Names the pay itself (月薪, 年薪, 年包, monthly salary): it outranks a bare period word. */
  strong: boolean
}

/** Characters between two spans; 0 when they touch or overlap. */
function gap(a: Span, b: Span): number {
  return Math.max(0, a.start - b.end, b.start - a.end)
}

/**
 * The period the line gives its base figure, or null when it gives none it can be sure of.
 *
 * A period word belongs to the nearest part it stands by: the base figure, the bonus
 * ("年终奖 5 万/年", "年终奖 2 个月月薪") or the month count ("一年 14 薪"); only the base's own
 * words count (review: "年薪 60 万，年终奖 2 个月月薪" was read as 60 万 a month, and
 * "30k，年终奖 5 万/年" as 30k a year). Between the base's own words, a pay word ("月薪") outranks
 * a bare period ("每年", left by "每年涨薪"), then the nearer one wins; words as strong and as
 * near as each other settle nothing (null), and the caller infers the period from the size.
 */
export function basePeriod(
  markers: readonly PeriodMarker[],
  base: Span,
  others: readonly Span[],
): 'annual' | 'monthly' | null {
  const own = markers.filter((marker) =>
    others.every((other) => gap(marker, base) <= gap(marker, other)),
  )
  if (own.length === 0) return null
  const strongest = own.some((marker) => marker.strong)
    ? own.filter((marker) => marker.strong)
    : own
  const nearest = Math.min(...strongest.map((marker) => gap(marker, base)))
  const periods = new Set(
    strongest.filter((marker) => gap(marker, base) === nearest).map((marker) => marker.period),
  )
  const [period, ...more] = periods
  return more.length === 0 && period !== undefined ? period : null
}
