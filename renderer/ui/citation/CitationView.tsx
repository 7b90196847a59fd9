import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assumption, Citation } from '../../domain/ruleset/citation'
import type { UiLanguage } from '../i18n/i18n'
import { lineList } from './line-list'
import './citation.css'

export { lineList }

/**
 * The sentence a number rests on, behind a disclosure, in the interface's language: in Chinese
 * the article's verbatim quote (繁體) and its 简体 rendering; in English the paraphrase, with
 * the verbatim quote beneath it. Each is tagged with its script so screen readers and fonts
 * treat it right. A law is said by what it says and its reference. Every screen that shows a
 * rule or a reason opens its source through this one component.
 */
export function CitationView({
  citation,
  assumption,
  summary,
  aboutId,
}: {
  citation: Citation
  /** Set when the number is Tidemark's assumption, not the source's (the note says why). */
  assumption?: Assumption | boolean | undefined
  /** The disclosure's label; "Source" by default. */
  summary?: string
  /**
   * The id of what this is the source of (a reason's sentence), which the disclosure's name
   * takes after its label, for screen readers: a list of reasons each with its 'Source' gave
   * one name many times over (trial 18 #9). Nothing more is shown.
   */
  aboutId?: string | undefined
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const labelId = useId()
  const note =
    typeof assumption === 'object'
      ? language === 'zh-CN'
        ? assumption.noteZhHans
        : assumption.noteEn
      : null
  return (
    <details className="citation">
      {/* Named by itself, then by what it is the source of (a summary may name itself: its
          own text counts once); its words stay its own text, not wrapped in another element. */}
      <summary id={labelId} aria-labelledby={aboutId ? `${labelId} ${aboutId}` : undefined}>
        {summary ?? t('citation.source')}
        {assumption ? (
          <>
            {' '}
            <span className="assumption-mark">{t('citation.assumption')}</span>
          </>
        ) : null}
      </summary>
      {citation.source === 'article' ? (
        <figure className="citation-body">
          {language === 'zh-CN' ? (
            // The article is Chinese: its own sentence, then the Simplified rendering.
            <>
              <blockquote lang="zh-Hant" className="citation-quote">
                {citation.quote}
              </blockquote>
              {/* A sentence the same in both scripts is shown once. */}
              {citation.quoteZhHans === citation.quote ? null : (
                <p lang="zh-Hans" className="citation-simplified">
                  {citation.quoteZhHans}
                </p>
              )}
            </>
          ) : (
            // The paraphrase to read, the article's sentence beneath it for who reads Chinese.
            <>
              <p lang="en" className="citation-english">
                {citation.paraphraseEn}
              </p>
              <blockquote lang="zh-Hant" className="citation-quote citation-original">
                {citation.quote}
              </blockquote>
            </>
          )}
          <figcaption className="muted">
            {t('citation.lines', { lines: lineList(citation.lines, language) })}
          </figcaption>
        </figure>
      ) : (
        <figure className="citation-body">
          {language === 'zh-CN' ? (
            <p lang="zh-Hans">{citation.summaryZhHans}</p>
          ) : (
            <p lang="en">{citation.summaryEn}</p>
          )}
          <figcaption className="muted">{citation.reference}</figcaption>
        </figure>
      )}
      {note ? <p className="assumption-note">{note}</p> : null}
      {assumption === true ? (
        <p className="assumption-note">{t('citation.assumptionHint')}</p>
      ) : null}
    </details>
  )
}
