import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { TidemarkDatabase } from '../../../data/db'
import { useHashPath } from '../../hooks/use-hash-path'
import { warmJournalFirstScreen } from './timeline/first-screen'
import { forgetReturnPlace } from './timeline/return-place'
import { parseTimelineQuery, searchOfHash } from './timeline/timeline-hash'
import { TimelineView } from './timeline/TimelineView'
import { DeletedEntryNotice } from './entry/DeletedEntryNotice'
import { entryPageForLazy, useWarmEntryPage } from './entry/warm-entry-page'
import './journal-screen.css'

// The timeline is what the journal opens on; the other views load when first opened, so the
// timeline's first page does not wait for the entry form's, goals' and job search's code.
const EntryPage = lazy(entryPageForLazy)
const GoalsView = lazy(() => import('./goals/GoalsView').then((m) => ({ default: m.GoalsView })))
const JobSearchView = lazy(() =>
  import('./jobs/JobSearchView').then((m) => ({ default: m.JobSearchView })),
)

type JournalView = 'timeline' | 'jobs' | 'goals'

/**
 * When the app opens on the timeline (`hash`), starts reading its first rows, for the filters in
 * the address: for the start-up, as soon as the database is open, so that the screen draws them
 * in its first render instead of reading them after it. Anything else in the journal: nothing.
 */
export function warmJournal(db: TidemarkDatabase, hash = window.location.hash): Promise<void> {
  const path = hash.replace(/^#\/?/, '').split('?', 1)[0] ?? ''
  if (path !== 'journal') return Promise.resolve()
  return warmJournalFirstScreen(db, parseTimelineQuery(searchOfHash(hash)).filter)
}

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
  const newEntry = useRef<HTMLAnchorElement>(null)
  // Whichever view the journal opens on, the entry page's code loads once the browser is idle
  // after the first paint, so an entry's first open does not wait on it (2eb80c1).
  useWarmEntryPage()
  // Whether the journal has moved from the view it opened on: an entry opened from a timeline
  // row takes focus (the row went away with the timeline), one opened with the app does not.
  const [shown, setShown] = useState({ path, moved: false })
  if (shown.path !== path) setShown({ path, moved: true })
  // The timeline's place (Back from an entry returns to it) is for Back within the journal: a
  // later visit from another screen opens the timeline at its top, as a new page would.
  useEffect(() => forgetReturnPlace, [])
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
        <a className="button journal-new" href="#/journal/new" ref={newEntry}>
          {t('journal.views.newEntry')}
        </a>
      </nav>
      <DeletedEntryNotice />
      {view === 'timeline' ? (
        <TimelineView />
      ) : (
        <Suspense
          fallback={
            <p className="muted" role="status">
              {t('app.loading')}
            </p>
          }
        >
          {view === 'jobs' ? (
            <JobSearchView />
          ) : view === 'goals' ? (
            <GoalsView />
          ) : (
            <EntryPage
              key={path}
              entryId={path === 'new' ? null : path}
              focusOnArrival={shown.moved}
              newEntryRef={newEntry}
            />
          )}
        </Suspense>
      )}
    </section>
  )
}
