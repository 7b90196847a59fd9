import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual'
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react'
import { usePainted } from '../../../hooks/use-painted'
import { useTranslation } from 'react-i18next'
import type { UiLanguage } from '../../../i18n/i18n'
import type { Fold } from './highlight'
import type { StoredJournalEntry } from '../../../../data/records'
import { TimelineEntry } from './TimelineEntry'
import {
  dayFormat,
  dayRange,
  isoWeek,
  mondayOf,
  MONTH_START,
  monthLabel,
  WEEK_START,
  weekInMonth,
} from './timeline-groups'
import { useEntryPages } from './use-entry-pages'
import { forgetReturnPlace, rememberOpened, returnPlace, type ReturnPlace } from './return-place'

/**
 * The heights (px) of an entry and of each heading above one: fixed by timeline.css (7rem,
 * 3.25rem, 2.125rem at the root's 16px), so rows are laid out from these alone, never
 * measured. Measuring each row as it scrolled into view made the virtualizer lay out every
 * row after it again (50,000 at the most), a long task at every few frames of a scroll.
 */
const ROW_HEIGHT = 112
const MONTH_HEIGHT = 52
const WEEK_HEIGHT = 34
const OVERSCAN = 6
/**
 * Rows drawn beyond those in view until the list's first frame is painted: none. The rows out of
 * view cost the first screen their render, style and layout (11 rows drawn for 5 seen in the
 * bench's window); they follow in the next task, before any scroll can want them.
 */
const FIRST_OVERSCAN = 0
const SCREENFUL = { width: 800, height: 720 }
/**
 * Below this total height (px) the list's box shrinks to its rows (timeline.css: the box's
 * max-height), so one or two entries do not sit in a screenful of empty box; above it, the
 * stylesheet's height alone, as for the 10,000 entries of a long journal (no style to set).
 * The box is the smaller of the two either way: a list below this in a taller window shrinks.
 */
const FIT_BELOW = 4000
/** The box's top and bottom borders (1px each), its sizing being border-box. */
const BORDERS = 2

/**
 * The list's size before it is measured: its inner height as timeline.css sets it (the window's
 * less 10rem, at least 24rem, less its 1px borders), so the measurement that follows changes nothing and the rows are not
 * laid out a second time. A screenful where there is no window size (tests).
 */
function expectedRect(): { width: number; height: number } {
  const height = typeof window === 'undefined' ? 0 : window.innerHeight
  return height > 0
    ? { width: SCREENFUL.width, height: Math.max(384, height - 160) - 2 }
    : SCREENFUL
}

export interface TimelineListProps {
  ids: readonly string[]
  /** Headings to open before each row (timeline-groups), with the rows' dates; none when ranked. */
  groups: { starts: Uint8Array; dates: readonly string[] } | null
  /** The matched terms of each hit, when the list is a search's answer. */
  terms: ReadonlyMap<string, string[]> | null
  /** The query those terms answer. */
  query?: string
  /** The hits found by a linked skill's name only (SearchHit.bySkill). */
  bySkill?: ReadonlySet<string>
  /** Entries read already (the first screen): their rows need no read of their own. */
  seed?: ReadonlyMap<string, StoredJournalEntry>
  /** The rows are the last search's, while the new one is answered. */
  busy?: boolean
  fold: Fold
  skillNames: ReadonlyMap<string, string>
  /** Where the list is read from, for the hint under it. */
  describedBy?: string
  /** Kept in the page but not shown (the timeline, while a search's hits are): its rows stay
   *  laid out, and it comes back where it was left. */
  hidden?: boolean
  /** `ids` are every entry the list can hold (the whole order, not its first screen): one
   *  missing from them is gone (deleted, or no longer kept by the filters). */
  complete?: boolean
}

/**
 * The journal as one virtualized list: only the rows in view (and a few around them) are in
 * the document, each with its place (aria-posinset of aria-setsize). One row is the tab stop;
 * the arrow keys, Page Up/Down, Home and End move between entries, Enter opens one.
 */
export const TimelineList = memo(function TimelineList({
  ids,
  groups,
  terms,
  query = '',
  bySkill,
  seed,
  busy = false,
  fold,
  skillNames,
  describedBy,
  hidden = false,
  complete = false,
}: TimelineListProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const scrollRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  /** The row to focus once it is rendered, set when a key moved the active row (or Back
   *  returned to one): its own index, not `active`, which a render between may not have yet. */
  const focusWanted = useRef<number | null>(null)
  // The rows out of view follow once the first frame is painted.
  const overscan = usePainted() ? OVERSCAN : FIRST_OVERSCAN

  const estimateSize = useCallback(
    (index: number) => {
      const start = groups?.starts[index] ?? 0
      return (
        ROW_HEIGHT +
        (start & MONTH_START ? MONTH_HEIGHT : 0) +
        (start & WEEK_START ? WEEK_HEIGHT : 0)
      )
    },
    [groups],
  )
  // The same function while the list is the same: the virtualizer lays out every row again
  // (50,000 at the most) whenever getItemKey changes, which it did at every render and so at
  // every frame of a scroll.
  const getItemKey = useCallback((index: number) => ids[index] ?? index, [ids])
  // The virtualizer's functions change as it scrolls: nothing here memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan,
    // A row moved into view by the keys is not left under the month heading held at the top.
    scrollPaddingStart: groups ? MONTH_HEIGHT : 0,
    // Before the first measurement: the size the stylesheet gives it.
    initialRect: expectedRect(),
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => {
        report(rect.height > 0 ? rect : SCREENFUL)
      }),
  })
  const items = virtualizer.getVirtualItems()
  const totalSize = virtualizer.getTotalSize()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0
  const entryOf = useEntryPages(ids, first, last, seed)
  const dateFormat = dayFormat(language)

  const current = Math.min(active, Math.max(0, ids.length - 1))
  // The tab stop is the active row if it is rendered, else the first row in view.
  const rangeStart = virtualizer.range?.startIndex ?? first
  const tabStop = items.some((item) => item.index === current) ? current : rangeStart

  useEffect(() => {
    const wanted = focusWanted.current
    if (wanted === null) return
    // Only while the keyboard is still in the list (or was dropped to the page by a replaced
    // row): once the user has moved on, say to the search box, a later render must not pull
    // focus back into the list.
    const focused = document.activeElement
    if (focused !== document.body && !scrollRef.current?.contains(focused)) {
      focusWanted.current = null
      return
    }
    // Within the list as it is now (a write or a filter may have shortened it meanwhile).
    const index = Math.min(wanted, Math.max(0, ids.length - 1))
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${String(index)}"]`)
    if (row) {
      row.focus({ preventScroll: true })
      // Asked again at the next render if the row did not take it (it was being replaced).
      if (document.activeElement === row) {
        focusWanted.current = null
        // The virtualizer has put the row in view within the list; the list's box may run past
        // the window's foot (it starts part-way down the page), so the page scrolls as well, as
        // little as it takes (new-user trial: the 5th entry was focused at y 968-1080 of a 768 px
        // window). The list itself does not move: the row is already inside its box.
        row.scrollIntoView({ block: 'nearest', inline: 'nearest' })
      }
    }
  })

  // Shown again: the place the list was left at. A hidden element may lose its scroll position,
  // while the virtualizer, which saw no scroll meanwhile, still lays out the rows there. Put
  // back in the next frame, not here: reading or writing scrollTop lays the page out at once,
  // which made the keystroke that empties the search box one long task. At the top (the list
  // was not scrolled) there is nothing to put back.
  const wasHidden = useRef(hidden)
  useLayoutEffect(() => {
    const shown = wasHidden.current && !hidden
    wasHidden.current = hidden
    const offset = virtualizer.scrollOffset ?? 0
    if (!shown || offset === 0) return
    const frame = requestAnimationFrame(() => {
      const element = scrollRef.current
      if (element && element.scrollTop !== offset) element.scrollTop = offset
    })
    return () => {
      cancelAnimationFrame(frame)
    }
  }, [hidden, virtualizer])

  // Back from an entry opened in this list (the list was unmounted meanwhile): its row is the
  // active one again, focused, at the scroll offset it was opened from. Looked up once, as the
  // list mounts shown; applied once its ids hold the entry (the first screen holds only the
  // newest: an older entry waits for the whole order).
  const returning = useRef<ReturnPlace | null | undefined>(undefined)
  useLayoutEffect(() => {
    if (returning.current === undefined) {
      returning.current = hidden ? null : returnPlace()
      if (returning.current) forgetReturnPlace()
    }
    const back = returning.current
    if (!back || hidden) return
    // The list at the offset it was left at if the row is in view there, else the row in the
    // middle.
    const placeRow = (row: number, place: ReturnPlace) => {
      let start = 0
      for (let before = 0; before < row; before++) start += estimateSize(before)
      const end = start + estimateSize(row)
      const height = virtualizer.scrollRect?.height ?? expectedRect().height
      const top = place.offset + (groups ? MONTH_HEIGHT : 0)
      if (start >= top && end <= place.offset + height) virtualizer.scrollToOffset(place.offset)
      else virtualizer.scrollToIndex(row, { align: 'center' })
    }
    const index = ids.indexOf(back.id)
    if (index === -1) {
      if (!complete) return
      // The entry is gone (deleted from its page): the list where it was left, at once. Waiting
      // for the entry instead jumped the list there later, when Undo put it back, under the
      // month held at the top, from wherever the user was by then. The row now in its place
      // (the next entry, or the previous where it was the last) is the active one: focused
      // unless the Undo line holds the keyboard, and the list's tab stop either way.
      returning.current = null
      if (ids.length === 0) {
        virtualizer.scrollToOffset(back.offset)
        return
      }
      const next = Math.min(back.index, ids.length - 1)
      placeRow(next, back)
      focusWanted.current = next
      setActive(next)
      return
    }
    returning.current = null
    placeRow(index, back)
    focusWanted.current = index
    setActive(index)
  }, [ids, hidden, complete, groups, estimateSize, virtualizer])

  function open(index: number) {
    const id = ids[index]
    if (id === undefined) return
    rememberOpened({ id, offset: virtualizer.scrollOffset ?? 0, index })
    window.location.hash = `#/journal/${encodeURIComponent(id)}`
  }

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(ids.length - 1, index))
    focusWanted.current = next
    setActive(next)
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number) {
    if (event.target !== event.currentTarget) return
    const page = Math.max(
      1,
      (virtualizer.range?.endIndex ?? index) - (virtualizer.range?.startIndex ?? index),
    )
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: ids.length - 1,
    }
    const target = moves[event.key]
    if (target !== undefined) {
      event.preventDefault()
      moveTo(target)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      open(index)
    }
  }

  return (
    <div
      ref={scrollRef}
      className="timeline-scroll"
      data-testid="timeline-scroll"
      hidden={hidden}
      style={
        totalSize < FIT_BELOW
          ? ({ '--timeline-fit': `${String(totalSize + BORDERS)}px` } as CSSProperties)
          : undefined
      }
    >
      {groups && (
        <StickyMonth
          groups={groups}
          items={items}
          top={rangeStart}
          offset={virtualizer.scrollOffset ?? 0}
          language={language}
        />
      )}
      <ol
        className={busy ? 'timeline-list is-stale' : 'timeline-list'}
        aria-busy={busy || undefined}
        aria-label={t('journal.listLabel')}
        aria-describedby={describedBy}
        style={{ height: `${String(totalSize)}px` }}
      >
        {items.map((item) => {
          const id = ids[item.index] ?? ''
          const entry = entryOf(id)
          const start = groups?.starts[item.index] ?? 0
          const day = groups?.dates[item.index] ?? ''
          return (
            <li
              key={item.key}
              data-index={item.index}
              className="timeline-row"
              aria-setsize={ids.length}
              aria-posinset={item.index + 1}
              aria-busy={entry ? undefined : true}
              tabIndex={item.index === tabStop ? 0 : -1}
              style={{ transform: `translateY(${String(item.start)}px)` }}
              onFocus={(event) => {
                if (event.target === event.currentTarget) setActive(item.index)
              }}
              onKeyDown={(event) => {
                onKeyDown(event, item.index)
              }}
              onClick={(event) => {
                // The title's link opens the entry too: Back returns to this row as well.
                if (event.target instanceof Element && event.target.closest('a[href]')) {
                  rememberOpened({ id, offset: virtualizer.scrollOffset ?? 0, index: item.index })
                }
              }}
            >
              {start !== 0 && <RowHeadings start={start} day={day} language={language} />}
              {entry ? (
                <TimelineEntry
                  entry={entry}
                  terms={terms?.get(id)}
                  query={query}
                  bySkill={bySkill?.has(id) ?? false}
                  fold={fold}
                  skillNames={skillNames}
                  dateFormat={dateFormat}
                />
              ) : (
                <div className="timeline-entry is-loading">{t('journalTimeline.loading')}</div>
              )}
            </li>
          )
        })}
      </ol>
    </div>
  )
})

/**
 * The month of the rows at the top of the list, held there while they scroll (the rows'
 * own month headings scroll away with the first row of each month). Hidden while a month's
 * own heading is in view at the top; pushed up by the next month's heading as it arrives.
 * A copy for the eye: the headings in the rows are what assistive technology reads.
 */
function StickyMonth({
  groups,
  items,
  top,
  offset,
  language,
}: {
  groups: { starts: Uint8Array; dates: readonly string[] }
  items: readonly { index: number; start: number }[]
  top: number
  offset: number
  language: UiLanguage
}) {
  const topItem = items.find((item) => item.index === top)
  const day = groups.dates[top]
  if (!topItem || day === undefined) return null
  const ownHeadingShown = (groups.starts[top] ?? 0) & MONTH_START && topItem.start >= offset
  if (ownHeadingShown) return null
  const next = items.find(
    (item) => item.index > top && (groups.starts[item.index] ?? 0) & MONTH_START,
  )
  const push = next ? Math.min(0, next.start - offset - MONTH_HEIGHT) : 0
  return (
    <div
      className="timeline-sticky-month"
      aria-hidden="true"
      data-testid="timeline-sticky-month"
      style={{ height: `${String(MONTH_HEIGHT)}px`, marginBottom: `-${String(MONTH_HEIGHT)}px` }}
    >
      <div style={push < 0 ? { transform: `translateY(${String(push)}px)` } : undefined}>
        {monthLabel(day, language)}
      </div>
    </div>
  )
}

/** The month and week headings that open before a row: the same props, nothing worked out again. */
const RowHeadings = memo(function RowHeadings({
  start,
  day,
  language,
}: {
  start: number
  day: string
  language: UiLanguage
}) {
  const { t } = useTranslation()
  // The week's days in this row's month; a week spanning two months names the day it began or
  // ends on in the other (trial 19 #7: '本周始于11月' left the reader to work out the week).
  const { first, last, rest } = weekInMonth(day)
  const words = {
    week: isoWeek(mondayOf(day)).week,
    range: dayRange(first, last, language),
    day: rest ? dayRange(rest.day, rest.day, language) : '',
  }
  return (
    <>
      {start & MONTH_START ? <h2 className="timeline-month">{monthLabel(day, language)}</h2> : null}
      {start & WEEK_START ? (
        <h3 className="timeline-week">
          {rest === null
            ? t('journalTimeline.week', words)
            : rest.side === 'before'
              ? t('journalTimeline.weekBegan', words)
              : t('journalTimeline.weekContinues', words)}
        </h3>
      ) : null}
    </>
  )
})
