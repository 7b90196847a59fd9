const MONTHS_A_YEAR = 12

/**
 * The share of a grant vested by the end of `month` (0-1): each year's percent accrues evenly
 * over its twelve months; before the cliff nothing vests, and at the cliff everything accrued
 * so far vests at once. [25, 25, 25, 25] with a 12-month cliff: 0 at month 11, 0.25 at 12.
 */
export function vestedShareBy(
  schedule: readonly number[],
  cliffMonths: number,
  month: number,
): number {
  if (month < cliffMonths) return 0
  const fullYears = Math.min(Math.floor(month / MONTHS_A_YEAR), schedule.length)
  let percent = 0
  for (let year = 0; year < fullYears; year++) percent += schedule[year] ?? 0
  if (fullYears < schedule.length)
    percent += ((schedule[fullYears] ?? 0) * (month % MONTHS_A_YEAR)) / MONTHS_A_YEAR
  return percent / 100
}
