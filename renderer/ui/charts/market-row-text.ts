import type { TFunction } from 'i18next'
import type { Fen } from '../../domain/money'
import { lineList } from '../citation/CitationView'
import { formatFenRange } from '../format/amount'
import type { UiLanguage } from '../i18n/i18n'
import type { MarketRow } from './market-chart-data'

/**
 * One bar as a sentence, for the screen reader as the arrow keys reach it: its name, its
 * yearly figure and, for the article's, what the figure counts and the line it is on (the
 * tooltip's first lines; the quote stays in the tooltip and the table).
 */
export function marketRowText(row: MarketRow, t: TFunction, language: UiLanguage): string {
  const figure = formatFenRange(
    { low: Math.round(row.low * 100) as Fen, high: Math.round(row.high * 100) as Fen },
    language,
    'year',
  )
  const text = `${row.label}${language === 'zh-CN' ? '：' : ': '}${figure}`
  const reference = row.reference
  if (!reference) return text
  const basis = t(`offerCompare.market.basis.${reference.basis}`)
  const lines = t('citation.lines', { lines: lineList(reference.citation.lines, language) })
  return language === 'zh-CN' ? `${text}（${basis}），${lines}` : `${text} (${basis}), ${lines}`
}
