import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoredJournalEntry } from '../../../../data/records'
import { excerpt, highlight, plainText, type Fold, type TextSpan } from './highlight'
import type { DayFormat } from './timeline-groups'

/** Characters of the entry's text shown under its title. */
const EXCERPT_LENGTH = 180

function Marked({ spans }: { spans: readonly TextSpan[] }) {
  return spans.map((span, index) =>
    span.match ? <mark key={index}>{span.text}</mark> : <span key={index}>{span.text}</span>,
  )
}

export interface EntryRowProps {
  entry: StoredJournalEntry
  /** The search's matched terms for this entry, or none when browsing. */
  terms: readonly string[] | undefined
  /** The query those terms answer: its Chinese is marked as typed (highlight.ts). */
  query?: string
  /** Found by the name of a skill it links to, not by its own text. */
  bySkill?: boolean
  fold: Fold
  skillNames: ReadonlyMap<string, string>
  dateFormat: DayFormat
}

/** One entry of the timeline: kind, date, title, company, tags, skills, and an excerpt. */
export const TimelineEntry = memo(function TimelineEntry({
  entry,
  terms,
  query,
  bySkill = false,
  fold,
  skillNames,
  dateFormat,
}: EntryRowProps) {
  const { t } = useTranslation()
  const { title, body } = useMemo(() => {
    const words = terms ?? []
    return {
      title: highlight(entry.title, words, fold, query),
      body: excerpt(highlight(plainText(entry.body), words, fold, query), EXCERPT_LENGTH),
    }
  }, [entry.title, entry.body, terms, query, fold])
  const skills = useMemo(() => {
    const names = entry.skillIds
      .map((id) => skillNames.get(id))
      .filter((name) => name !== undefined)
    // A hit by a linked skill's name marks the name it was found by, as a title's match is.
    return names.map((name) => ({
      name,
      spans: bySkill ? highlight(name, terms ?? [], fold, query) : [{ text: name, match: false }],
    }))
  }, [entry.skillIds, skillNames, bySkill, terms, fold, query])

  return (
    <div className="timeline-entry">
      <div className="timeline-entry-head">
        <span className="entry-kind">{t(`journal.kind.${entry.kind}`)}</span>
        <time dateTime={entry.date}>{dateFormat.format(new Date(`${entry.date}T00:00:00Z`))}</time>
        <a
          className="timeline-entry-title"
          href={`#/journal/${encodeURIComponent(entry.id)}`}
          tabIndex={-1}
        >
          <Marked spans={title} />
        </a>
      </div>
      {(entry.company || entry.tags.length > 0 || skills.length > 0) && (
        <dl className="timeline-entry-meta">
          {entry.company && (
            <div>
              <dt className="visually-hidden">{t('journalTimeline.row.company')}</dt>
              <dd className="timeline-company">{entry.company}</dd>
            </div>
          )}
          {entry.tags.length > 0 && (
            <div>
              <dt className="visually-hidden">{t('journalTimeline.row.tags')}</dt>
              {entry.tags.map((tag) => (
                <dd key={tag} className="timeline-tag">
                  #{tag}
                </dd>
              ))}
            </div>
          )}
          {skills.length > 0 && (
            <div>
              <dt className="visually-hidden">{t('journalTimeline.row.skills')}</dt>
              {skills.map(({ name, spans }) => (
                <dd key={name} className="timeline-skill">
                  <Marked spans={spans} />
                </dd>
              ))}
            </div>
          )}
        </dl>
      )}
      {bySkill && <p className="timeline-by-skill">{t('journalTimeline.row.bySkill')}</p>}
      {body.spans.length > 0 && (
        <p className="timeline-excerpt">
          {body.cutBefore && '…'}
          <Marked spans={body.spans} />
          {body.cutAfter && '…'}
        </p>
      )}
    </div>
  )
})
