import type { UiLanguage } from '../i18n/i18n'

/**
 * A count of months, or a range of them, as people read it: "3", "2 – 4", "2.5 – 3.5" (the
 * year-end bonus "年终奖 2 – 4 个月"); the unit is the sentence's.
 */
export function formatMonthsRange(
  months: number,
  monthsHigh: number | undefined,
  language: UiLanguage,
): string {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 })
  return monthsHigh === undefined || monthsHigh === months
    ? format.format(months)
    : `${format.format(months)} – ${format.format(monthsHigh)}`
}

/**
 * A bonus's share of the base as the recruiter wrote it: "20%", "10%–30%" (parser26's reading
 * of "年终奖 20%"); the offer form and the profile both say it beside the months it comes to.
 */
export function formatBonusPercent(percent: { low: number; high: number }): string {
  return percent.low === percent.high
    ? `${String(percent.low)}%`
    : `${String(percent.low)}%–${String(percent.high)}%`
}
