import type { Fen } from '../../../../domain/money'
import type { Range } from '../../../../domain/range'
import type { UiLanguage } from '../../../i18n/i18n'

/**
 * An amount read from a pasted line, exact to the yuan: the readback checks what the user typed,
 * so 67,500 reads 6.75万 / 67.5k, not the three figures of a table (6.8万, which is 68,000).
 * Round amounts read as the tables write them (3万, 30k).
 */
export function formatExactYuan(yuan: number, language: UiLanguage): string {
  const value = Math.abs(yuan)
  const sign = yuan < 0 ? '-' : ''
  const number = (n: number, digits: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(n)
  if (language === 'zh-CN') {
    if (value >= 100_000_000) return `${sign}${number(value / 100_000_000, 8)}亿`
    if (value >= 10_000) return `${sign}${number(value / 10_000, 4)}万`
    return `${sign}${number(value, 2)}元`
  }
  if (value >= 1_000_000) return `${sign}${number(value / 1_000_000, 6)}M`
  if (value >= 1_000) return `${sign}${number(value / 1_000, 3)}k`
  return `${sign}${number(value, 2)}`
}

/** A range of fen, each end exact to the yuan; a point range prints one amount. */
export function formatExactFenRange(range: Range<Fen>, language: UiLanguage): string {
  const low = formatExactYuan(range.low / 100, language)
  const high = formatExactYuan(range.high / 100, language)
  return low === high ? low : `${low}–${high}`
}
