import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useHashPath } from '../../hooks/use-hash-path'
import { EntryPage } from './entry/EntryPage'
import { GoalsView } from './goals/GoalsView'
import { JobSearchView } from './jobs/JobSearchView'
import { TimelineView } from './timeline/TimelineView'
import './journal-screen.css'

type JournalView = 'timeline' | 'jobs' | 'goals'

/** The view a hash path names: "" the timeline, "jobs", "goals"; anything else is an entry. */
function viewOf(path: string): JournalView | 'entry' {
  if (path === '') return 'timeline'
  if (path === 'jobs' || path === 'goals') return path
  return 'entry'
}

/**
 * The journal: #/journal is the timeline (filters after a "?"), #/journal/jobs the job
 * search, #/journal/goals the goals, and #/journal/new or #/journal/<id> one entry.
 */
export function JournalScreen({
  headingRef,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>
}) {
  const { t } = useTranslation()
  const path = useHashPath()
  const view = viewOf(path)
  return (
    <section aria-labelledby="section-title" className="section journal-screen">
      <h1 id="section-title" ref={headingRef} tabIndex={-1}>
        {t('sections.journal.title')}
      </h1>
      <p className="lead">{t('sections.journal.intro')}</p>
      <nav className="journal-views" aria-label={t('journal.views.label')}>
        {(['timeline', 'jobs', 'goals'] as const).map((name) => (
          <a
            key={name}
            href={name === 'timeline' ? '#/journal' : `#/journal/${name}`}
            aria-current={view === name ? 'page' : undefined}
          >
            {t(`journal.views.${name}`)}
          </a>
        ))}
        <a className="button journal-new" href="#/journal/new">
          {t('journal.views.newEntry')}
        </a>
      </nav>
      {view === 'timeline' ? (
        <TimelineView />
      ) : view === 'jobs' ? (
        <JobSearchView />
      ) : view === 'goals' ? (
        <GoalsView />
      ) : (
        <EntryPage key={path} entryId={path === 'new' ? null : path} />
      )}
    </section>
  )
}
