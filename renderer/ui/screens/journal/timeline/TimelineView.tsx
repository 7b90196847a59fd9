import { useLiveQuery } from 'dexie-react-hooks'
import { startTransition, useDeferredValue, useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  firstOfJournal,
  queryJournal,
  type FilterSpellings,
  type JournalFilter,
} from '../../../../data/repositories/journal-query'
import type { FoldNames } from '../../../../data/company-script'
import type { SearchHit } from '../../../../data/search/journal-index'
import type { UiLanguage } from '../../../i18n/i18n'
import { sentenceGap } from '../../../format/sentence-gap'
import { useServices } from '../../../services'
import type { Fold } from './highlight'
import { TimelineFilters, TimelineFiltersPlaceholder } from './TimelineFilters'
import { TimelineList } from './TimelineList'
import { FIRST_ROWS, sameAsAhead, useFirstScreenAhead } from './first-screen'
import { groupStarts, numberFormat } from './timeline-groups'
import type { IgnoredParameter } from './timeline-hash'
import { useCompanySpellings } from './use-company-spellings'
import { useTagSpellings } from './use-tag-spellings'
import { foldTexts, useFold } from './use-fold'
import { usePainted } from '../../../hooks/use-painted'
import { useTimelineHash } from './use-timeline-hash'
import './timeline.css'

type FilterSources = typeof import('./filter-sources')

/** Hits asked of the search worker: the filters then apply to these, best first. */
export const SEARCH_LIMIT = 1000

interface Answer {
  query: string
  hits: SearchHit[]
  total: number
  /** Why the search worker could not answer (it failed to start or to load its index). */
  failed?: string
}

/**
 * The journal's timeline: every entry newest first under month and week headings, narrowed by
 * the filters in the address; or, while a search is typed, the search worker's hits best first
 * (the filters then keep the hits they allow: search first, then filter). This screen asks and
 * lists: the worker scores, the data layer filters.
 */
export function TimelineView({
  fold: givenFold,
  foldNames: givenFoldNames,
}: {
  /** The fold for highlighting and the filters' choices (tests give opencc); else the worker's. */
  fold?: Fold
  /** The fold the filters' counts wait for (tests give a slow one); else from `fold`. */
  foldNames?: FoldNames
}) {
  const { t, i18n } = useTranslation()
  const { db, search } = useServices()
  const searchId = useId()
  const hintId = useId()
  const fold = useFold(givenFold)
  const foldNames = useMemo<FoldNames>(
    () =>
      givenFoldNames ??
      (givenFold ? (texts: readonly string[]) => Promise.resolve(texts.map(givenFold)) : foldTexts),
    [givenFold, givenFoldNames],
  )
  const { filter: asked, query, ignored: badInAddress, setFilter, setQuery } = useTimelineHash()

  // The first screen, asked before anything else: the newest entries in one bounded read (no
  // filter, or a date range alone; null for other filters, which wait for the whole order).
  // Read ahead as the screen is drawn (the live query subscribes only after the first paint),
  // then followed by the live query. Keyed by the filter it answers, so a new filter never
  // shows the last one's rows.
  const headKey = JSON.stringify(asked)
  const headAnswer = useLiveQuery(
    async () => ({
      key: headKey,
      rows: sameAsAhead(db, headKey, await firstOfJournal(db, asked, FIRST_ROWS)),
    }),
    [db, headKey],
  )
  const liveHead = headAnswer?.key === headKey ? headAnswer.rows : undefined
  const headAhead = useFirstScreenAhead(
    db,
    asked,
    headKey,
    liveHead === undefined,
    i18n.language as UiLanguage,
  )
  const head = liveHead === undefined ? headAhead : liveHead

  // The filters, and what they offer (with the code that reads it), once the first screen is
  // painted; at once when it waits for them (a filter in the address must be checked against
  // them) or the address holds any filter (the placeholder has no row for its "n active ·
  // Clear all", so the rows would move when the filters came).
  const painted = usePainted(head !== undefined)
  const settled = painted || head === null || Object.keys(asked).length > 0
  const [sources, setSources] = useState<FilterSources | null>(null)
  const [sourcesFailed, setSourcesFailed] = useState(false)
  useEffect(() => {
    if (!settled || sources) return
    let live = true
    import('./filter-sources').then(
      (loaded) => {
        if (live) setSources(loaded)
      },
      () => {
        // The app's own code could not load: the filters offer nothing, the rows stay (a tag
        // asked is matched as written).
        if (live) setSourcesFailed(true)
      },
    )
    return () => {
      live = false
    }
  }, [settled, sources])
  const tags = useLiveQuery(() => sources?.tagsInUse(db), [db, sources])
  const skills = useLiveQuery(() => sources?.listSkills(db), [db, sources])
  const offers = useLiveQuery(() => sources?.listOffers(db), [db, sources])

  // The tag's spellings in use (面試 for 面试: one tag, trial 22 #5), with the fold's answer:
  // undefined until it comes, and until then nothing is counted (review 33 M3).
  const foundTags = useTagSpellings(tags ?? (sourcesFailed ? [] : undefined), asked.tag, foldNames)
  const tagSpellings = useMemo(
    () => (sourcesFailed && asked.tag !== undefined ? [asked.tag] : foundTags),
    [sourcesFailed, asked.tag, foundTags],
  )
  // A tag, skill or offer named in the address that is not in the journal is left out, and said.
  const kept = useMemo(
    () =>
      withoutMissing(
        asked,
        tagSpellings,
        skills?.map((skill) => skill.id),
        offers?.map((offer) => offer.id),
      ),
    [asked, tagSpellings, skills, offers],
  )
  const { missing } = kept
  // The same object while the filters are the same (the address changes at each keystroke
  // of a search, which parses them again).
  const filterKey = JSON.stringify(kept.filter)
  const filter = useMemo(() => JSON.parse(filterKey) as JournalFilter, [filterKey])
  // A write to the journal: searched again, the company's spellings read again.
  const [revision, setRevision] = useState(0)
  // The company's spellings in the other script (錦江智算 for 锦江智算: one company, trial 22
  // #2), asked for with the tag's. Until the fold has answered for both the timeline is not
  // read (its count would be the names as written: "1 of 3", then "2 of 3"; review 33 M3).
  const companies = useCompanySpellings(db, filter.company, revision, foldNames)
  const spellingsKey =
    tagSpellings === undefined || companies === undefined
      ? undefined
      : JSON.stringify({ tags: filter.tag !== undefined ? tagSpellings : [], companies })
  const filtered = Object.keys(filter).length > 0

  // The whole order (every id and date the filter keeps, for the scroll height, the headings
  // and the keys), read once the first screen is painted: at 50,000 entries it takes a second,
  // which the first screen need not wait for. Without a first screen, read at once.
  const wholeAnswer = useLiveQuery(
    async () =>
      settled && spellingsKey !== undefined
        ? {
            key: filterKey,
            timeline: await queryJournal(db, filter, JSON.parse(spellingsKey) as FilterSpellings),
          }
        : undefined,
    [db, filterKey, spellingsKey, settled],
  )
  const timeline = wholeAnswer?.key === filterKey ? wholeAnswer.timeline : undefined
  const total = wholeAnswer?.timeline.total

  // Search as the user types. An answer is shown only for the text it was asked for; a write
  // to the journal asks again.
  const trimmed = query.trim()
  const [answer, setAnswer] = useState<Answer | null>(null)
  useEffect(
    () =>
      sources?.onJournalChange(db, () => {
        setRevision((count) => count + 1)
      }),
    [db, sources],
  )
  useEffect(() => {
    if (trimmed === '') return
    let live = true
    search.search(trimmed, SEARCH_LIMIT).then(
      ({ hits, total }) => {
        // Drawn as a transition: React draws the new rows in slices, between which the page
        // takes the next keystroke, instead of one long task.
        if (live) {
          startTransition(() => {
            setAnswer({ query: trimmed, hits, total })
          })
        }
      },
      (error: unknown) => {
        // Said in the count line, rather than "Searching…" for ever.
        if (live) {
          const failed = error instanceof Error ? error.message : String(error)
          setAnswer({ query: trimmed, hits: [], total: 0, failed })
        }
      },
    )
    return () => {
      live = false
    }
  }, [trimmed, search, revision])
  const current = trimmed !== '' && answer?.query === trimmed ? answer : null
  // While a new query is answered, the last answer's rows stay (the list marked busy) rather
  // than the list leaving the page and coming back at every keystroke.
  // The list follows the search box a step behind (a deferred value): a keystroke draws the
  // box and the count at once, and the ranked hits in a render React can interrupt for the
  // next keystroke. Back to the timeline at once: its list stays in the page, hidden, while a
  // search is shown, so an emptied box shows it again without laying out its rows (50,000 at
  // the most) again, which was one long task.
  const deferredQuery = useDeferredValue(trimmed)
  const listQuery = trimmed === '' ? '' : deferredQuery
  const listed = listQuery === '' ? null : (current ?? answer)

  // The timeline's rows: the whole order once read, else the first screen. Its headings are
  // worked out once per list, not again each time a search starts or ends.
  const browsed = useMemo(() => {
    if (timeline) {
      return {
        ids: timeline.ids,
        groups: { starts: groupStarts(timeline.dates), dates: timeline.dates },
      }
    }
    if (!head) return null
    const dates = head.map((entry) => entry.date)
    return { ids: head.map((entry) => entry.id), groups: { starts: groupStarts(dates), dates } }
  }, [timeline, head])
  const seed = useMemo(() => new Map((head ?? []).map((entry) => [entry.id, entry])), [head])

  // The search's hits best first, with their matched terms.
  const ranked = useMemo(() => {
    if (listQuery === '' || !listed) return null
    // Filtered: the hits the filters keep, which needs the whole order.
    if (filtered && !timeline) return null
    const allowed = filtered && timeline ? new Set(timeline.ids) : null
    const hits = allowed ? listed.hits.filter((hit) => allowed.has(hit.id)) : listed.hits
    return {
      ids: hits.map((hit) => hit.id),
      terms: new Map(hits.map((hit) => [hit.id, hit.terms])),
      // Found only by a linked skill's name: the row says so, its own text has no match.
      bySkill: new Set(hits.filter((hit) => hit.bySkill).map((hit) => hit.id)),
      // The query these hits answer (the last one's while a new one is asked).
      query: listed.query,
    }
  }, [timeline, listQuery, listed, filtered])
  /** The rows the list shows: the timeline's, or the search's. */
  const shownIds = listQuery === '' ? (browsed?.ids ?? null) : (ranked?.ids ?? null)

  const skillNames = useMemo(
    () => new Map((skills ?? []).map((skill) => [skill.id, skill.name])),
    [skills],
  )
  const number = numberFormat(i18n.language)
  const ignored = [...badInAddress, ...missing]
  // Known empty from the first screen already when nothing narrows it.
  const empty =
    !filtered && trimmed === '' && (total !== undefined ? total === 0 : head?.length === 0)

  function countText(): string {
    if (trimmed !== '' && !current) return t('journalTimeline.searching')
    if (current?.failed !== undefined) {
      return t('journalTimeline.searchFailed', { detail: current.failed })
    }
    if (current && shownIds) {
      const count = filtered ? shownIds.length : current.total
      return t(filtered ? 'journalTimeline.filteredMatches' : 'journal.matches', {
        count,
        formatted: number.format(count),
      })
    }
    // Filtered, until the filter's rows are read (and the fold has answered for its tag and
    // company): the journal's size alone would read as the filter's count (review 33 M3).
    if (filtered && !timeline) return t('journalTimeline.counting')
    // Until the whole journal is counted: a first screen not full is all there is.
    const all = total ?? (!filtered && head && head.length < FIRST_ROWS ? head.length : undefined)
    if (all === undefined) return t('journalTimeline.counting')
    if (filtered && trimmed === '' && timeline) {
      return t('journalTimeline.filteredTotal', {
        formatted: number.format(timeline.ids.length),
        all: number.format(all),
      })
    }
    return t('journal.total', { count: all, formatted: number.format(all) })
  }

  return (
    <div className="timeline">
      <div className="field timeline-search">
        <label htmlFor={searchId}>{t('journal.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          maxLength={200}
          placeholder={t('journal.searchPlaceholder')}
          onChange={(event) => {
            // Emptied: the next search starts from no answer, not the last one's rows.
            if (event.target.value.trim() === '') setAnswer(null)
            setQuery(event.target.value)
          }}
        />
      </div>
      {/* The filters follow the first screen's paint (at once when the address holds one):
          their selects and date boxes cost the first frame a fifth of its elements, their
          style and layout, for rows they do not narrow yet. Their place is kept meanwhile. */}
      {!empty &&
        (settled ? (
          <TimelineFilters
            filter={filter}
            onChange={setFilter}
            tags={tags ?? []}
            skills={skills ?? []}
            offers={offers ?? []}
            fold={fold}
          />
        ) : (
          <TimelineFiltersPlaceholder />
        ))}
      {ignored.length > 0 && <IgnoredNote ignored={ignored} />}
      <p role="status" className="timeline-count" data-testid="journal-count">
        {countText()}
      </p>
      <SearchNote answer={current} filtered={filtered} shownCount={shownIds?.length ?? 0} />
      {empty ? (
        <FirstStep />
      ) : (
        <>
          {shownIds === null ? (
            <p className="muted">
              {listQuery === '' ? t('journalTimeline.loading') : t('journalTimeline.searching')}
            </p>
          ) : shownIds.length === 0 ? (
            <p className="muted">
              {listQuery === '' ? t('journalTimeline.noneFiltered') : t('journalTimeline.noMatch')}
            </p>
          ) : (
            <p id={hintId} className="hint muted">
              {/* Two sentences: no space after a Chinese full stop ("排序。 用方向键" read as a gap). */}
              {listQuery === ''
                ? ''
                : `${t('journalTimeline.ranked')}${sentenceGap(i18n.language as UiLanguage)}`}
              {t('journalTimeline.keys')}
            </p>
          )}
          {listQuery !== '' && ranked && ranked.ids.length > 0 && (
            <TimelineList
              key="ranked"
              ids={ranked.ids}
              groups={null}
              terms={ranked.terms}
              bySkill={ranked.bySkill}
              query={ranked.query}
              seed={seed}
              busy={trimmed !== '' && !current}
              fold={fold}
              skillNames={skillNames}
              describedBy={hintId}
            />
          )}
          {browsed && browsed.ids.length > 0 && (
            <TimelineList
              key="timeline"
              hidden={listQuery !== ''}
              complete={timeline !== undefined}
              ids={browsed.ids}
              groups={browsed.groups}
              terms={null}
              seed={seed}
              fold={fold}
              skillNames={skillNames}
              describedBy={hintId}
            />
          )}
        </>
      )}
    </div>
  )
}

function withoutMissing(
  asked: JournalFilter,
  tagSpellings: readonly string[] | undefined,
  skillIds: readonly string[] | undefined,
  offerIds: readonly string[] | undefined,
): { filter: JournalFilter; missing: IgnoredParameter[] } {
  const filter = { ...asked }
  const missing: IgnoredParameter[] = []
  // A tag in use in another spelling only (面試 asked, 面试 written) is there; one whose
  // spellings the fold has not answered yet is not said to be missing.
  if (filter.tag !== undefined && tagSpellings?.length === 0) {
    missing.push({ name: 'tag', value: filter.tag, reason: 'missing' })
    delete filter.tag
  }
  if (filter.skillId !== undefined && skillIds && !skillIds.includes(filter.skillId)) {
    missing.push({ name: 'skill', value: filter.skillId, reason: 'missing' })
    delete filter.skillId
  }
  if (filter.offerId !== undefined && offerIds && !offerIds.includes(filter.offerId)) {
    missing.push({ name: 'offer', value: filter.offerId, reason: 'missing' })
    delete filter.offerId
  }
  return { filter, missing }
}

const PARAMETER_NAMES = ['kind', 'tag', 'skill', 'offer', 'company', 'from', 'to', 'q'] as const
type ParameterName = (typeof PARAMETER_NAMES)[number]
function isKnown(name: string): name is ParameterName {
  return (PARAMETER_NAMES as readonly string[]).includes(name)
}

function IgnoredNote({ ignored }: { ignored: readonly IgnoredParameter[] }) {
  const { t } = useTranslation()
  return (
    <div className="timeline-ignored" role="note">
      <p>{t('journalTimeline.ignored.title')}</p>
      <ul>
        {ignored.map((item, index) => (
          <li key={index}>
            {t(`journalTimeline.ignored.${item.reason}`, {
              name: isKnown(item.name) ? t(`journalTimeline.parameter.${item.name}`) : item.name,
              value: item.value,
            })}
          </li>
        ))}
      </ul>
    </div>
  )
}

function SearchNote({
  answer,
  filtered,
  shownCount,
}: {
  answer: Answer | null
  filtered: boolean
  shownCount: number
}) {
  const { t, i18n } = useTranslation()
  if (!answer || answer.total <= answer.hits.length) return null
  const number = numberFormat(i18n.language)
  const values = { shown: number.format(answer.hits.length), total: number.format(answer.total) }
  return (
    <p className="hint muted" data-count={shownCount}>
      {filtered ? t('journalTimeline.filtersOnBest', values) : t('journalTimeline.bestOf', values)}
    </p>
  )
}

function FirstStep() {
  const { t } = useTranslation()
  return (
    <div className="panel timeline-first-step">
      <h2>{t('journalTimeline.empty.title')}</h2>
      <p>{t('journalTimeline.empty.text')}</p>
      <p className="actions">
        <a className="button" href="#/journal/new">
          {t('journalTimeline.empty.write')}
        </a>
        <a href="#/settings">{t('journalTimeline.empty.import')}</a>
      </p>
    </div>
  )
}
