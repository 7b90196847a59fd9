/** At most this many weeks named on the pipeline chart's axis, evenly spread, first and last. */
const MAX_TICKS = 7

/** The weeks the axis names: a fixed set, so each tick knows the one before it (for the year). */
export function weekTicks(weekStarts: readonly string[]): string[] {
  const count = weekStarts.length
  if (count <= MAX_TICKS) return [...weekStarts]
  const picked = Array.from(
    { length: MAX_TICKS },
    (_, at) => weekStarts[Math.round((at * (count - 1)) / (MAX_TICKS - 1))] ?? '',
  )
  return [...new Set(picked)]
}

const yearOf = (weekStart: string | undefined) => weekStart?.slice(0, 4)

/** Whether the weeks cross a year: the chart then says each tick's year where it changes. */
export function weeksCrossYears(weekStarts: readonly string[]): boolean {
  return yearOf(weekStarts[0]) !== yearOf(weekStarts.at(-1))
}

/**
 * Whether the axis names a tick's year: only when the weeks cross years, and then on the first
 * tick and each whose year is not the tick's before (2,500 entries over three years read
 * "12月2日 3月10日" with no year, as the score chart did before 3f74944).
 */
export function weekTickHasYear(
  weekStarts: readonly string[],
  ticks: readonly string[],
  weekStart: string,
): boolean {
  if (!weeksCrossYears(weekStarts)) return false
  const at = ticks.indexOf(weekStart)
  return at <= 0 || yearOf(ticks[at - 1]) !== yearOf(weekStart)
}
