import type { UiLanguage } from '../../i18n/i18n'
import type { RulePath } from './override-paths'

/**
 * Rules the ruleset keeps as fractions (0.4 = +40%) that a person thinks of in percent: a tier's
 * raise band, the failure chance of a move, the share of a role's domains that makes a close
 * fit. The screen shows and takes them in percent ("40" beside "%"); the ruleset, its files and
 * the engine keep the fraction. Level factors and depth weights stay multipliers (× 0.75).
 */
const PERCENT_PATHS: readonly RegExp[] = [
  /^tiers\.[^.]+\.raiseBand\.(low|high)$/,
  /^downside\.failureChanceAt(Zero|Max)$/,
  /^recommendation\.fitShare$/,
]

export function isPercentPath(path: RulePath): boolean {
  return PERCENT_PATHS.some((pattern) => pattern.test(path))
}

/** 12 significant digits: 0.07 × 100 is 7.000000000000001 and 33.3 / 100 is 0.33299999999999996. */
function tidy(value: number): number {
  return Number(value.toPrecision(12))
}

/** The percent a stored fraction reads as: 0.4 → 40, -0.1 → -10. */
export function percentFromFraction(fraction: number): number {
  return tidy(fraction * 100)
}

/** The fraction stored for a typed percent: 40 → 0.4, 33.3 → 0.333. */
export function fractionFromPercent(percent: number): number {
  return tidy(percent / 100)
}

const formats = new Map<UiLanguage, Intl.NumberFormat>()

/** A fraction said as a percentage in the interface language: 0.3 → "30%", 10 → "1,000%". */
export function formatPercent(fraction: number, language: UiLanguage): string {
  let format = formats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 4 })
    formats.set(language, format)
  }
  return format.format(fraction)
}
