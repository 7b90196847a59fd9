import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoredJournalEntry } from '../../../../data/records'
import { newestEntries } from '../../../../data/repositories/journal'
import { useServices } from '../../../services'

const PAGE = 50

/**
 * The journal as the data layer gives it: the newest entries, and search as the user types
 * (the search worker answers; this screen only asks and lists). Writing, filters, the
 * timeline and highlighting come with the journal issue.
 */
export function TimelineView() {
  const { t, i18n } = useTranslation()
  const { db, search } = useServices()
  const searchId = useId()
  const [query, setQuery] = useState('')
  // Results belong to the query that asked for them: a stale answer is never shown.
  const [found, setFound] = useState<{
    query: string
    entries: StoredJournalEntry[]
    total: number
  } | null>(null)
  const newest = useLiveQuery(() => newestEntries(db, PAGE), [db])
  const total = useLiveQuery(() => db.journal.count(), [db])

  useEffect(() => {
    if (query.trim() === '') return
    let live = true
    void search.search(query, PAGE).then(async ({ hits, total }) => {
      const entries = await db.journal.bulkGet(hits.map((hit) => hit.id))
      if (live) setFound({ query, total, entries: entries.filter((entry) => entry !== undefined) })
    })
    return () => {
      live = false
    }
  }, [query, search, db])

  const current = query.trim() !== '' && found?.query === query ? found : null
  const results = current?.entries ?? null
  const shown = results ?? newest ?? []
  // Made once a language: an Intl formatter costs more to build than to use, 50 rows a render.
  const { dateFormat, number } = useMemo(
    () => ({
      dateFormat: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }),
      number: new Intl.NumberFormat(i18n.language),
    }),
    [i18n.language],
  )

  return (
    <>
      <div className="field">
        <label htmlFor={searchId}>{t('journal.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('journal.searchPlaceholder')}
          onChange={(event) => {
            setQuery(event.target.value)
          }}
        />
      </div>
      <p role="status" className="muted" data-testid="journal-count">
        {results === null
          ? t('journal.total', { count: total ?? 0, formatted: number.format(total ?? 0) })
          : t('journal.matches', {
              count: current?.total ?? 0,
              formatted: number.format(current?.total ?? 0),
            })}
      </p>
      {shown.length === 0 && results === null && total === 0 && (
        <p className="muted">{t('journal.empty')}</p>
      )}
      <ol className="entry-list" aria-label={t('journal.listLabel')}>
        {shown.map((entry) => (
          <li key={entry.id} className="entry">
            <span className="entry-kind">{t(`journal.kind.${entry.kind}`)}</span>
            <time dateTime={entry.date}>
              {dateFormat.format(new Date(`${entry.date}T00:00:00`))}
            </time>
            <span className="entry-title">{entry.title}</span>
            {entry.company && <span className="muted">{entry.company}</span>}
          </li>
        ))}
      </ol>
    </>
  )
}
