import { companyKey } from '../../domain/journal/search-figures'
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
  /**
   * A company by its name as the job-search list folds it (companyKey: case, width and spaces
   * ignored): entries of that very company when some are named so ("阿里" is not 阿里云), else
   * any whose name holds it ("字节" finds 字节跳动, for a name typed in part).
   */
  company?: string
  from?: string
  to?: string
}

/**
 * Other spellings of what the filter names, which the UI finds with its fold (opencc, in a
 * worker): this layer compares names as written.
 */
export interface FilterSpellings {
  /**
   * The spellings in use of the filter's tag, the tag's own among them: 面试 and 面試 (trial 22
   * #5). An entry with any of them passes.
   */
  tags?: readonly string[]
  /**
   * The spellings in use of the filter's company in the other script of Chinese: 錦江智算 for
   * 锦江智算, as the job search counts them as one company (trial 22 #2). Entries with any of
   * them are the company's as its exact name is.
   */
  companies?: readonly string[]
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
 * The entries that pass `filter`, newest first (one day's entries by id, descending: newest
 * written first, as a new entry's id is time-ordered, ids.ts; entries older than that keep the
 * random order of their random ids). Reads only keys: the date index gives the order (and the
 * range), the kind, tag, skill and offer indexes each give a set of ids that must all hold the
 * entry. The company (JournalFilter) has no index, so it is checked last, on the entries left, a
 * page at a time.
 *
 * The keys are read with IndexedDB's own key cursor and getAllKeys, in one transaction: at
 * 50,000 entries Dexie's reversed `keys()` and `primaryKeys()` (two cursors, each step through
 * Dexie's promise machinery on the UI thread) took 8 to 14 s, one native cursor about 1 s.
 * Those reads are not seen by Dexie's live queries, so the journal is also counted through
 * Dexie: a live query running this one follows every write to the journal, and the count is
 * the journal's size (`total`), which the timeline shows anyway.
 */
export async function queryJournal(
  db: TidemarkDatabase,
  filter: JournalFilter,
  spellings: FilterSpellings = {},
): Promise<JournalTimeline & { total: number }> {
  const [total, keys] = await Promise.all([db.journal.count(), timelineKeys(db, filter, spellings)])
  let kept = keys
  const company = companyKey(filter.company ?? '')
  if (company !== '') {
    const exactKeys = new Set([company, ...(spellings.companies ?? []).map(companyKey)])
    // One pass, both readings: the exact name wins where the journal holds it, so a company
    // chosen from the job-search list (or a suggestion) shows what its count said.
    const exact = new Set<string>()
    const partial = new Set<string>()
    await db.transaction('r', db.journal, async () => {
      for (let start = 0; start < kept.ids.length; start += COMPANY_PAGE) {
        const page = await db.journal.bulkGet(kept.ids.slice(start, start + COMPANY_PAGE))
        for (const entry of page) {
          if (entry?.company === undefined) continue
          const key = companyKey(entry.company)
          if (exactKeys.has(key)) exact.add(entry.id)
          else if (key.includes(company)) partial.add(entry.id)
        }
      }
    })
    const matching = exact.size > 0 ? exact : partial
    kept = keep(kept, (id) => matching.has(id))
  }
  return { ...kept, total }
}

/** The date order (in the range) and the indexed filters, in one read-only transaction. */
async function timelineKeys(
  db: TidemarkDatabase,
  filter: JournalFilter,
  spellings: FilterSpellings,
): Promise<JournalTimeline> {
  const { from, to } = filter
  if (from !== undefined && to !== undefined && from > to) return { ids: [], dates: [] }
  if (!db.isOpen()) await db.open()
  const store = db.backendDB().transaction('journal', 'readonly').objectStore('journal')
  // Each index with the values of which an entry must hold one.
  const asked: [index: string, values: readonly string[]][] = []
  if (filter.kind !== undefined) asked.push(['kind', [filter.kind]])
  if (filter.tag !== undefined) {
    asked.push(['tags', [...new Set([filter.tag, ...(spellings.tags ?? [])])]])
  }
  if (filter.skillId !== undefined) asked.push(['skillIds', [filter.skillId]])
  if (filter.offerId !== undefined) asked.push(['offerId', [filter.offerId]])
  // Asked first, so they are answered while the date order is still being walked.
  const sets = asked.map(([index, values]) =>
    Promise.all(
      values.map((value) => request(store.index(index).getAllKeys(IDBKeyRange.only(value)))),
    ).then(
      // The primary keys an index answers are the entries' ids.
      (answers) => new Set(answers.flat() as string[]),
    ),
  )
  const ordered = await datesNewestFirst(
    store.index('date'),
    IDBKeyRange.bound(from ?? FIRST_DAY, to ?? LAST_DAY),
  )
  const required = await Promise.all(sets)
  if (required.length === 0) return ordered
  // The smallest set first: most entries fail there and the rest are not asked.
  required.sort((a, b) => a.size - b.size)
  return keep(ordered, (id) => required.every((ids) => ids.has(id)))
}

/** One key cursor over the date index, newest first: each step gives a date and its entry's id. */
function datesNewestFirst(index: IDBIndex, range: IDBKeyRange): Promise<JournalTimeline> {
  const ids: string[] = []
  const dates: string[] = []
  return new Promise((resolve, reject) => {
    const cursorRequest = index.openKeyCursor(range, 'prev')
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result
      if (!cursor) {
        resolve({ ids, dates })
        return
      }
      dates.push(cursor.key as string)
      ids.push(cursor.primaryKey as string)
      cursor.continue()
    }
    cursorRequest.onerror = () => {
      reject(cursorRequest.error ?? new Error('the journal could not be read'))
    }
  })
}

function request<T>(asked: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    asked.onsuccess = () => {
      resolve(asked.result)
    }
    asked.onerror = () => {
      reject(asked.error ?? new Error('the journal could not be read'))
    }
  })
}

/**
 * The first `limit` entries `filter` keeps, newest first, in the order queryJournal gives (the
 * date index read backwards): the timeline's first screen, drawn before the whole order is
 * known. Answers only for no filter or a date range alone (one bounded read of the date index);
 * for other filters it answers null, and the timeline waits for queryJournal.
 */
export async function firstOfJournal(
  db: TidemarkDatabase,
  filter: JournalFilter,
  limit: number,
): Promise<StoredJournalEntry[] | null> {
  const { from, to, ...others } = filter
  if (!isEmptyFilter(others)) return null
  if (from !== undefined && to !== undefined && from > to) return []
  const newest =
    from === undefined && to === undefined
      ? db.journal.orderBy('date')
      : db.journal.where('date').between(from ?? FIRST_DAY, to ?? LAST_DAY, true, true)
  return newest.reverse().limit(limit).toArray()
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
