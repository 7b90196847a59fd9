/** A date box of the timeline's range. */
export type DateBound = 'from' | 'to'

/** The range as its two boxes show it: YYYY-MM-DD, or "" for an empty box. */
export interface DateRangeText {
  from: string
  to: string
}

export interface DateRangeEdit {
  /** What the boxes show: what the user typed, kept even when it cannot apply. */
  shown: DateRangeText
  /** The range to filter by: a bound that cannot apply is left out (undefined). */
  applied: { from: string | undefined; to: string | undefined }
  /** The box just set the wrong way round to the other, to say so under it; else null. */
  wrong: DateBound | null
}

/**
 * The range after the user sets one box to `value`. When the end comes before the start, the
 * box just set keeps its text and is marked wrong, and its bound is not applied until one of
 * the two is changed to fit; the other bound still applies. The address's own check (an end
 * before the start in a link) stays in timeline-hash.ts, said as an address problem.
 */
export function editDateRange(
  shown: DateRangeText,
  bound: DateBound,
  value: string,
): DateRangeEdit {
  const next = { ...shown, [bound]: value }
  const inverted = next.from !== '' && next.to !== '' && next.to < next.from
  const apply = (side: DateBound) =>
    (inverted && side === bound) || next[side] === '' ? undefined : next[side]
  return {
    shown: next,
    applied: { from: apply('from'), to: apply('to') },
    wrong: inverted ? bound : null,
  }
}
