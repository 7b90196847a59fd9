import type { Fen } from '../../domain/money'
import type { Range } from '../../domain/range'
import type { UiLanguage } from '../i18n/i18n'

/**
 * One formatter per language and option set, made on first use: creating an Intl.NumberFormat
 * costs far more than formatting with one, and a keystroke re-formats every figure it moves.
 */
const formatters = new Map<string, Intl.NumberFormat>()

function cachedFormat(
  language: UiLanguage,
  name: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = `${language}|${name}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.NumberFormat(language, options)
    formatters.set(key, format)
  }
  return format
}

/**
 * The minus sign, U+2212, where Intl writes a hyphen-minus (en and zh-CN alike): a raise band
 * read "-10% – +20%", a hyphen beside a plus sign of another width (trial 13).
 */
export const MINUS = '\u2212'

const numberFormat = (language: UiLanguage, digits: number) =>
  cachedFormat(language, `number:${String(digits)}`, { maximumFractionDigits: digits })

/**
 * Amounts as people here read them: in Chinese 168万 and 3.5万 (yuan below 10,000 as 8,500元),
 * in English 1.68M and 35k. Three significant figures at most, in both languages (1.44万 as
 * 14.4k: Chinese had two below 10万, and a tax of 14,400 read 1.4万 beside English's 14.4k):
 * pay is a negotiation, not accounting. Every screen formats money through these functions.
 *
 * `exact`: to the yuan, for a readback that checks what the user typed (67,500 reads 6.75万 /
 * 67.5k, not 6.8万, which is 68,000); round amounts read as the tables write them (3万, 30k).
 */
export type Precision = 'table' | 'exact'

export function formatYuan(
  yuan: number,
  language: UiLanguage,
  precision: Precision = 'table',
): string {
  const sign = yuan < 0 ? MINUS : ''
  const value = Math.abs(yuan)
  const exact = precision === 'exact'
  const number = (n: number, digits: number, exactDigits: number) =>
    numberFormat(language, exact ? exactDigits : digits).format(n)
  if (language === 'zh-CN') {
    if (value >= 100_000_000) return `${sign}${number(value / 100_000_000, 2, 8)}亿`
    if (value >= 10_000) {
      const digits = value >= 1_000_000 ? 0 : value >= 100_000 ? 1 : 2
      return `${sign}${number(value / 10_000, digits, 4)}万`
    }
    return `${sign}${number(value, 0, 2)}元`
  }
  if (value >= 1_000_000) return `${sign}${number(value / 1_000_000, 2, 6)}M`
  if (value >= 1_000) return `${sign}${number(value / 1_000, value >= 100_000 ? 0 : 1, 3)}k`
  return `${sign}${number(value, 0, 2)}`
}

export function formatFen(fen: Fen, language: UiLanguage, precision: Precision = 'table'): string {
  return formatYuan(fen / 100, language, precision)
}

export type Period = 'year' | 'month'

const PERIOD: Record<UiLanguage, Record<Period, string>> = {
  'zh-CN': { year: '/年', month: '/月' },
  en: { year: '/yr', month: '/mo' },
}

/** A range stays a range: 168万-210万/年, 1.68M-2.1M/yr; a point range prints one amount. */
export function formatFenRange(
  range: Range<Fen>,
  language: UiLanguage,
  period?: Period,
  precision: Precision = 'table',
): string {
  const low = formatFen(range.low, language, precision)
  const high = formatFen(range.high, language, precision)
  const body = low === high ? low : `${low}–${high}`
  return period ? `${body}${PERIOD[language][period]}` : body
}

/** A fraction as a signed percent: 0.2 → +20%, -0.05 → −5%. */
export function formatChange(fraction: number, language: UiLanguage): string {
  return cachedFormat(language, 'change', {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  })
    .format(fraction)
    .replace('-', MINUS)
}

export function formatChangeRange(range: Range, language: UiLanguage): string {
  const low = formatChange(range.low, language)
  const high = formatChange(range.high, language)
  return low === high ? low : `${low} – ${high}`
}

/** Score points as the reasons show them: +26.3, −5. */
export function formatPoints(points: number, language: UiLanguage): string {
  return cachedFormat(language, 'points', {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  })
    .format(points)
    .replace('-', MINUS)
}
