import { useLiveQuery } from 'dexie-react-hooks'
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type MouseEvent,
  type RefObject,
} from 'react'
import { useTranslation } from 'react-i18next'
import { listOffers } from '../../../../data/repositories/offers'
import { listSkills } from '../../../../data/repositories/skills'
import { goTo, markSaved, wasJustSaved } from '../../../form/just-saved'
import { useServices } from '../../../services'
import { DeleteEntry } from './DeleteEntry'
import { EntryForm } from './EntryForm'
import { EntryView } from './EntryView'
import { scrollPageToTop } from './page-top'
import { markArrivalFromTimeline, returnToTimeline } from './timeline-return'
import './entry-page.css'

type Status = { kind: 'saved' } | { kind: 'deleteFailed'; detail: string } | null

/** The address of one entry. */
function entryHash(id: string): string {
  return `#/journal/${encodeURIComponent(id)}`
}

/**
 * One entry (#/journal/new, #/journal/<id>). A new one is a form that keeps its draft; once
 * saved, its own address shows it as read. A stored one is shown with its Markdown rendered,
 * with Edit (the same form in its place) and Delete (asked once more).
 */
export function EntryPage({
  entryId,
  focusOnArrival = false,
  newEntryRef,
}: {
  entryId: string | null
  /** Opened from elsewhere in the journal (a timeline row, say): the heading takes focus if
   *  what had it went away with the view it was in, rather than the page's body. */
  focusOnArrival?: boolean
  /** The journal's "New entry" control, which stays in the page: a new entry cancelled (its
   *  Cancel, or Escape) gives focus back to it. */
  newEntryRef?: RefObject<HTMLAnchorElement | null>
}) {
  const { t } = useTranslation()
  const { db } = useServices()
  const heading = useRef<HTMLHeadingElement>(null)
  // Opened at the page's top, the app's header in view, wherever the timeline had scrolled to.
  useLayoutEffect(() => {
    scrollPageToTop(heading.current)
  }, [])
  const [savedBefore] = useState(() => entryId !== null && wasJustSaved(entryId))
  const [editing, setEditing] = useState(false)
  const [status, setStatus] = useState<Status>(savedBefore ? { kind: 'saved' } : null)
  const focusHeading = useRef(savedBefore)
  // undefined while reading; null when there is no such entry.
  const stored = useLiveQuery(
    async () => (entryId === null ? null : ((await db.journal.get(entryId)) ?? null)),
    [db, entryId],
  )
  const skills = useLiveQuery(() => listSkills(db), [db])
  const offers = useLiveQuery(() => listOffers(db), [db])
  const loading = entryId !== null && (stored === undefined || !skills || !offers)

  useEffect(() => {
    if (entryId !== null) markArrivalFromTimeline(entryId)
  }, [entryId])

  // Once the entry is read: focused while reading, the heading said 「正在读取记录…」 and a
  // screen reader read that out before the title replaced it (review 24, after a save).
  const focusOnceRead = useRef(focusOnArrival)
  useEffect(() => {
    if (!focusOnceRead.current || loading) return
    focusOnceRead.current = false
    const focused = document.activeElement
    if (!focused || focused === document.body || !focused.isConnected) heading.current?.focus()
  }, [loading])

  useEffect(() => {
    if (!focusHeading.current || loading || editing) return
    focusHeading.current = false
    heading.current?.focus()
  }, [loading, editing])

  // "Back to the timeline" returns to the list this entry was opened from: its search, filters,
  // scroll and the focus on the entry's row (trial 18 M2: a plain #/journal landed on all
  // entries, the search gone), also when the entry was left by a link and came back by another
  // (timeline-return.ts). Never opened from the list, it goes to #/journal. A modified click (a
  // new window) keeps the link's own way.
  function backToList(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return
    if (entryId !== null && returnToTimeline(entryId)) event.preventDefault()
  }

  function leaveEditing(saved: boolean) {
    focusHeading.current = true
    setEditing(false)
    setStatus(saved ? { kind: 'saved' } : null)
  }

  if (entryId === null) {
    return (
      <section className="panel je-page" aria-labelledby="je-page-title">
        <h2 id="je-page-title" ref={heading} tabIndex={-1}>
          {t('journalEntry.title')}
        </h2>
        <EntryForm
          keepDraft
          labelledBy="je-page-title"
          onSaved={(entry) => {
            markSaved(entry.id)
            goTo(entryHash(entry.id))
          }}
          onCancel={() => {
            goTo('#/journal')
            // The form and what had focus in it go away with this page: without this, focus fell
            // to the page's body and the next Tab started from the top (new-user trial).
            newEntryRef?.current?.focus()
          }}
        />
      </section>
    )
  }

  const title = stored
    ? editing
      ? t('journalEntry.editTitle', { title: stored.title })
      : stored.title
    : t('journalEntry.notFoundTitle')
  return (
    <section className="panel je-page" aria-labelledby="je-page-title">
      <h2 id="je-page-title" ref={heading} tabIndex={-1}>
        {loading ? t('journalEntry.loading') : title}
      </h2>
      {loading ? null : !stored ? (
        <>
          <p>{t('journalEntry.notFound')}</p>
          <p>
            <a href="#/journal" onClick={backToList}>
              {t('journalEntry.backToJournal')}
            </a>
          </p>
        </>
      ) : editing ? (
        <EntryForm
          stored={stored}
          labelledBy="je-page-title"
          focusTitle
          onSaved={() => {
            leaveEditing(true)
          }}
          onCancel={() => {
            leaveEditing(false)
          }}
        />
      ) : (
        <>
          <EntryView entry={stored} skills={skills ?? []} offers={offers ?? []} />
          <div className="actions je-view-actions">
            <button
              type="button"
              onClick={() => {
                setStatus(null)
                setEditing(true)
              }}
            >
              {t('journalEntry.edit')}
            </button>
            <DeleteEntry
              entry={stored}
              onDeleted={() => {
                // Back to the list it was opened from (its search and filters kept), if any.
                if (!returnToTimeline(stored.id)) goTo('#/journal')
              }}
              onFailed={(detail) => {
                setStatus({ kind: 'deleteFailed', detail })
              }}
            />
            <a href="#/journal" className="je-back" onClick={backToList}>
              {t('journalEntry.backToJournal')}
            </a>
          </div>
          <p role="status" className={status?.kind === 'deleteFailed' ? 'status error' : 'status'}>
            {status?.kind === 'saved'
              ? t('journalEntry.saved')
              : status?.kind === 'deleteFailed'
                ? t('journalEntry.deleteFailed', { detail: status.detail })
                : ''}
          </p>
        </>
      )}
    </section>
  )
}
