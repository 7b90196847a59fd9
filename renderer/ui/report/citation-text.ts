import type { TFunction } from 'i18next'
import type { Citation } from '../../domain/ruleset/citation'
import { lineList } from '../citation/line-list'
import type { UiLanguage } from '../i18n/i18n'

/** Where a reason comes from, as the report says it: the article's lines, or a law. */
export interface CitationText {
  /** "The article, L24" or a law's name. */
  source: string
  /** The article's words as written (繁體); null for a law. */
  quote: string | null
  /** The quote in the reader's language (简体 or the English paraphrase), or the law's summary. */
  rendering: string
}

export function citationText(citation: Citation, t: TFunction, language: UiLanguage): CitationText {
  if (citation.source === 'law') {
    return {
      source: citation.reference,
      quote: null,
      rendering: language === 'zh-CN' ? citation.summaryZhHans : citation.summaryEn,
    }
  }
  return {
    source: t('report.document.reasons.article', { lines: lineList(citation.lines, language) }),
    quote: citation.quote,
    rendering: language === 'zh-CN' ? citation.quoteZhHans : citation.paraphraseEn,
  }
}
