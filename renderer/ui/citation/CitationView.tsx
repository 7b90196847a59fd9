import { useTranslation } from 'react-i18next'
import type { Assumption, Citation } from '../../domain/ruleset/citation'
import type { UiLanguage } from '../i18n/i18n'
import './citation.css'

/**
 * The sentence a number rests on, behind a disclosure: the article's line numbers, its verbatim
 * quote (繁體), the 简体 rendering and the English paraphrase, each tagged with its script so
 * screen readers and fonts treat it right; or the law and what it says. Every screen that shows
 * a rule or a reason opens its source through this one component.
 */
export function CitationView({
  citation,
  assumption,
  summary,
}: {
  citation: Citation
  /** Set when the number is Tidemark's assumption, not the source's (the note says why). */
  assumption?: Assumption | boolean | undefined
  /** The disclosure's label; "Source" by default. */
  summary?: string
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const note =
    typeof assumption === 'object'
      ? language === 'zh-CN'
        ? assumption.noteZhHans
        : assumption.noteEn
      : null
  return (
    <details className="citation">
      <summary>
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
          <blockquote lang="zh-Hant" className="citation-quote">
            {citation.quote}
          </blockquote>
          <p lang="zh-Hans" className="citation-simplified">
            {citation.quoteZhHans}
          </p>
          <p lang="en" className="citation-english">
            {citation.paraphraseEn}
          </p>
          <figcaption className="muted">
            {t('citation.lines', {
              lines: citation.lines.map((line) => `L${String(line)}`).join(', '),
            })}
          </figcaption>
        </figure>
      ) : (
        <figure className="citation-body">
          <p lang="zh-Hans">{citation.summaryZhHans}</p>
          <p lang="en">{citation.summaryEn}</p>
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
