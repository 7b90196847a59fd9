import type { JournalKind } from '../../domain/model/enums'
import type { TidemarkDatabase } from '../db'
import type { StoredJournalEntry } from '../records'

/**
 * What the timeline may be narrowed by. Every field is optional and they combine (AND); dates
 * are ISO days, both ends included.
 */
export interface JournalFilter {
  kind?: JournalKind
  tag?: string
  skillId?: string
  offerId?: string
  /** Matched whole, ignoring case and surrounding spaces ("minimax" finds "MiniMax"). */
  company?: string
  from?: string
  to?: string
}

/** The entries a filter keeps, newest first: ids with their dates, index for index. */
export interface JournalTimeline {
  ids: string[]
  dates: string[]
}

/** Below and above every ISO day, for an open-ended date range. */
const FIRST_DAY = ''
const LAST_DAY = '\uffff'
/** Entries read at once when the company (which has no index) must be checked. */
const COMPANY_PAGE = 2000

export function isEmptyFilter(filter: JournalFilter): boolean {
  return Object.values(filter).every((value) => value === undefined)
}

/**
 * The entries that pass `filter`, newest first (one day's entries by id, descending). Reads
 * only keys: the date index gives the order (and the range), the kind, tag, skill and offer
 * indexes each give a set of ids that must all hold the entry. The company has no index, so
 * it is checked last, on the entries left, a page at a time.
 */
export async function queryJournal(
  db: TidemarkDatabase,
  filter: JournalFilter,
): Promise<JournalTimeline> {
  return db.transaction('r', db.journal, async () => {
    const ordered = await datesNewestFirst(db, filter.from, filter.to)
    const asked: [index: string, value: string][] = []
    if (filter.kind !== undefined) asked.push(['kind', filter.kind])
    if (filter.tag !== undefined) asked.push(['tags', filter.tag])
    if (filter.skillId !== undefined) asked.push(['skillIds', filter.skillId])
    if (filter.offerId !== undefined) asked.push(['offerId', filter.offerId])
    const required = await Promise.all(
      // The primary keys an index answers are the entries' ids.
      asked.map(
        async ([index, value]) =>
          new Set(await db.journal.where(index).equals(value).primaryKeys()),
      ),
    )
    let kept = ordered
    if (required.length > 0) {
      // The smallest set first: most entries fail there and the rest are not asked.
      required.sort((a, b) => a.size - b.size)
      kept = keep(kept, (id) => required.every((ids) => ids.has(id)))
    }
    const company = filter.company?.trim().toLowerCase()
    if (company !== undefined && company !== '') {
      const matching = new Set<string>()
      for (let start = 0; start < kept.ids.length; start += COMPANY_PAGE) {
        const page = await db.journal.bulkGet(kept.ids.slice(start, start + COMPANY_PAGE))
        for (const entry of page) {
          if (entry?.company?.trim().toLowerCase() === company) matching.add(entry.id)
        }
      }
      kept = keep(kept, (id) => matching.has(id))
    }
    return kept
  })
}

async function datesNewestFirst(
  db: TidemarkDatabase,
  from: string | undefined,
  to: string | undefined,
): Promise<JournalTimeline> {
  if (from !== undefined && to !== undefined && from > to) return { ids: [], dates: [] }
  const range = () =>
    db.journal
      .where('date')
      .between(from ?? FIRST_DAY, to ?? LAST_DAY, true, true)
      .reverse()
  // Two key-only reads of the same index range in the same transaction: the same order, index
  // for index (measured faster than one cursor that reads both).
  const [dates, ids] = await Promise.all([range().keys(), range().primaryKeys()])
  return { ids, dates: dates as string[] }
}

function keep(timeline: JournalTimeline, test: (id: string) => boolean): JournalTimeline {
  const ids: string[] = []
  const dates: string[] = []
  timeline.ids.forEach((id, position) => {
    if (test(id)) {
      ids.push(id)
      dates.push(timeline.dates[position] ?? '')
    }
  })
  return { ids, dates }
}

/** The entries with these ids, in the same order; an id no longer stored is left out. */
export async function entriesByIds(
  db: TidemarkDatabase,
  ids: readonly string[],
): Promise<StoredJournalEntry[]> {
  const entries = await db.journal.bulkGet([...ids])
  return entries.filter((entry) => entry !== undefined)
}

/**
 * Every company named in the journal, once whatever its case (the filter ignores case), sorted,
 * for the company filter's suggestions. Reads every entry, as the company has no index: ask
 * when the user reaches for the filter, not on every render.
 */
export async function companiesInJournal(db: TidemarkDatabase): Promise<string[]> {
  const names = new Map<string, string>()
  await db.journal.each((entry) => {
    const name = entry.company?.trim()
    if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name)
  })
  return [...names.values()].sort((a, b) => a.localeCompare(b))
}
