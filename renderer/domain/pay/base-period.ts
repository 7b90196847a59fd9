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
  /** The side it is said of: "每年 14 薪" the part after it, "50k/year" the part before it. */
  reads: 'next' | 'previous' | 'either'
}

/** The parts a period word may be said of, besides the base figure. */
export interface OtherParts {
  /** "年终奖 5 万/年", "年终奖 2 个月月薪": a bonus may take a pay word too. */
  bonus: Span | null
  /** The bonus is months of base ("年终 2 个月"): only then may a "月薪" after it be their unit. */
  bonusInMonths: boolean
  /** "一年 14 薪", "14 months per year": a bare period word only. */
  months: Span | null
  /** "30k，每年期权", "股票 20 万分 4 年": the stock's and the options' own words (review 18). */
  equity: readonly Span[]
}

/**
 * The base's figure gives itself a period ("60万/年", "3万/月", "月 3 万") and a pay word of the
 * other period is the base's too ("60万/年，月薪"): which one the line means is the user's to say.
 */
export interface PeriodConflict {
  conflict: { figure: PeriodMarker; word: PeriodMarker }
}

/** What stands between two spans of the text, in characters other than blanks; 0 when they touch. */
function gap(text: string, a: Span, b: Span): number {
  const between = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start)
  return between.replace(/\s+/g, '').length
}

/**
 * "年终奖为 2 个月月薪": a monthly pay word right after the bonus's months is their unit, not the
 * base's word, even with the base figure right after it ("2 个月月薪 25万/年"). Not after a bonus
 * that is an amount (review: "年终奖 50 万 月薪 20 万" was read as 20 万 a year).
 */
function unitOfBonusMonths(text: string, marker: PeriodMarker, others: OtherParts): boolean {
  const { bonus } = others
  return (
    bonus !== null &&
    others.bonusInMonths &&
    marker.period === 'monthly' &&
    marker.start >= bonus.end &&
    gap(text, marker, bonus) === 0
  )
}

/**
 * "年终奖 2 个月 月薪 25 万": set apart from the bonus's months by a blank, with the base figure
 * right after it (or after a colon), the pay word starts the base (review: read as 25 万 a
 * year). It counts for the base only when the base has no word of its own ("2 个月 月薪 25万/年"
 * keeps "/年").
 */
function startsTheBase(text: string, marker: PeriodMarker, bonus: Span, base: Span): boolean {
  return (
    base.start >= marker.end &&
    /^[\s:：]*$/.test(text.slice(marker.end, base.start)) &&
    /\s/.test(text.slice(bonus.end, marker.start))
  )
}

/** The part a period word is said of: the nearest; on a tie, the one on the side it reads. */
function ownerOf(text: string, marker: PeriodMarker, parts: readonly Span[]): Span | undefined {
  const gaps = parts.map((part) => gap(text, marker, part))
  const nearest = Math.min(...gaps)
  const tied = parts.filter((_, index) => gaps[index] === nearest)
  const onItsSide = tied.filter((part) =>
    marker.reads === 'next'
      ? part.start >= marker.end
      : marker.reads === 'previous'
        ? part.end <= marker.start
        : false,
  )
  // Still tied: the base's, so that a yearly word by a month count is refused, not dropped.
  return onItsSide.length === 1 ? onItsSide[0] : tied[0]
}

/**
 * The period the line gives its base figure, or null when it gives none it can be sure of.
 *
 * A period word belongs to the nearest part it stands by (blanks do not count): the base
 * figure, the bonus ("年终奖 5 万/年", "年终奖 2 个月月薪") or the month count ("一年 14 薪");
 * only the base's own words count (review: "年薪 60 万，年终奖 2 个月月薪" was read as 60 万 a
 * month, and "30k，年终奖 5 万/年" as 30k a year). Between the base's own words, a pay word
 * ("月薪") outranks a bare period ("每年", left by "每年涨薪"), then the nearer one wins; words
 * as strong and as near as each other settle nothing (null), and the caller infers the period
 * from the size. A pay word of the other period than the figure's own ("60万/年，月薪") is a
 * conflict, refused.
 */
export function basePeriod(
  text: string,
  markers: readonly PeriodMarker[],
  base: Span,
  others: OtherParts,
): 'annual' | 'monthly' | null | PeriodConflict {
  const ownWords = (withStarters: boolean) =>
    markers.filter((marker) => {
      if (
        unitOfBonusMonths(text, marker, others) &&
        !(withStarters && others.bonus && startsTheBase(text, marker, others.bonus, base))
      ) {
        return false
      }
      const parts = [
        base,
        ...(marker.strong ? [] : [others.bonus, others.months, ...others.equity]),
      ].filter((part): part is Span => part !== null)
      return ownerOf(text, marker, parts) === base
    })
  const withoutStarters = ownWords(false)
  const own = withoutStarters.length > 0 ? withoutStarters : ownWords(true)
  if (own.length === 0) return null
  // A pay word outranks a bare period word at any distance, but not the one the figure carries
  // (review 15: "60万/年，月薪" was read as 60 万 a month, "3万/月，年薪" as 3 万 a year).
  const figurePeriods = own.filter(
    (marker) =>
      !marker.strong &&
      gap(text, marker, base) === 0 &&
      (marker.reads === 'previous'
        ? marker.start >= base.end
        : marker.reads === 'next' && marker.end <= base.start),
  )
  for (const word of own.filter((marker) => marker.strong)) {
    const figure = figurePeriods.find((marker) => marker.period !== word.period)
    if (figure) return { conflict: { figure, word } }
  }
  const strongest = own.some((marker) => marker.strong)
    ? own.filter((marker) => marker.strong)
    : own
  const nearest = Math.min(...strongest.map((marker) => gap(text, marker, base)))
  const periods = new Set(
    strongest
      .filter((marker) => gap(text, marker, base) === nearest)
      .map((marker) => marker.period),
  )
  const [period, ...more] = periods
  return more.length === 0 && period !== undefined ? period : null
}
