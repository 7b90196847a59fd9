import type { JournalFilter } from '../../../../data/repositories/journal-query'
import { JOURNAL_KINDS } from '../../../../domain/model/enums'
import { ISO_DATE_PATTERN } from '../../../../domain/model/iso-patterns'

/**
 * The timeline's state in the address, after the "?" of #/journal: the filters and the search
 * text (#/journal?kind=interview&tag=llm&from=2026-01-01&q=推理), so back, forward and reload
 * keep them. The address is typed by anyone: each value is checked on its own, and one that
 * is unknown or bad is left out and reported, never thrown.
 */

/** A check: the value as the filter takes it, or undefined when it does not fit. */
type Check = (value: string) => string | undefined

/** Characters (code points) in `text`, as zod counts a string's length: a surrogate pair is
 *  one, a lone surrogate one too (the string's iterator counts the same way). */
const characters = (text: string): number => Array.from(text).length

/** Trimmed, then 1 to `max` characters: zod's `string().trim().min(1).max(max)` (the records'
 *  tag, the journal event's company). */
const trimmed =
  (max: number): Check =>
  (value) => {
    const text = value.trim()
    const length = characters(text)
    return length >= 1 && length <= max ? text : undefined
  }

/** The domain's id (`idSchema`, zod's `string().min(1).max(64)`): 1 to 64 characters, as given. */
const id: Check = (value) => {
  const length = characters(value)
  return length >= 1 && length <= 64 ? value : undefined
}

/** The domain's day (`isoDateSchema`, zod's `iso.date()`): YYYY-MM-DD, a day that exists. */
const isoDate: Check = (value) => (ISO_DATE_PATTERN.test(value) ? value : undefined)

/**
 * Each parameter, its check and the filter field it sets, in the order they are written. The
 * checks are the stored fields' zod schemas written out (a test compares them value by value,
 * characters beyond the BMP included): the app opening on the journal reads the address at its
 * first render, and with zod they brought zod's code (~20-40 ms of module evaluation in a
 * profile) into every journal start, for an address that seldom holds a filter.
 */
const PARAMETERS = {
  kind: (value) => ((JOURNAL_KINDS as readonly string[]).includes(value) ? value : undefined),
  tag: trimmed(40),
  skill: id,
  offer: id,
  company: trimmed(100),
  from: isoDate,
  to: isoDate,
  q: (value) => (characters(value) <= 200 ? value : undefined),
} as const satisfies Record<string, Check>
type ParameterName = keyof typeof PARAMETERS
const NAMES = Object.keys(PARAMETERS) as ParameterName[]

const FIELD_OF = {
  kind: 'kind',
  tag: 'tag',
  skill: 'skillId',
  offer: 'offerId',
  company: 'company',
  from: 'from',
  to: 'to',
} as const satisfies Record<Exclude<ParameterName, 'q'>, keyof JournalFilter>

/** Why a parameter was left out: not one we know, a value that does not fit, said twice, an
 *  end before the start, or (found by the screen) a tag, skill or offer that no longer exists. */
export type IgnoredReason = 'unknown' | 'invalid' | 'repeated' | 'range' | 'missing'

export interface IgnoredParameter {
  name: string
  value: string
  reason: IgnoredReason
}

export interface TimelineState {
  filter: JournalFilter
  /** The search text as typed (may be empty). */
  query: string
  ignored: IgnoredParameter[]
}

function isParameter(name: string): name is ParameterName {
  return Object.hasOwn(PARAMETERS, name)
}

/** Reads the part of the hash after "?" ("kind=interview&tag=llm"); a leading "?" is allowed. */
export function parseTimelineQuery(search: string): TimelineState {
  const filter: JournalFilter = {}
  const ignored: IgnoredParameter[] = []
  const seen = new Set<string>()
  let query = ''
  for (const [name, value] of new URLSearchParams(search.replace(/^\?/, ''))) {
    if (!isParameter(name)) {
      ignored.push({ name, value, reason: 'unknown' })
      continue
    }
    if (seen.has(name)) {
      ignored.push({ name, value, reason: 'repeated' })
      continue
    }
    seen.add(name)
    const checked = PARAMETERS[name](value)
    if (checked === undefined) {
      ignored.push({ name, value, reason: 'invalid' })
      continue
    }
    if (name === 'q') query = checked
    else setField(filter, name, checked)
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.to < filter.from) {
    ignored.push({ name: 'to', value: filter.to, reason: 'range' })
    delete filter.to
  }
  return { filter, query, ignored }
}

function setField(filter: JournalFilter, name: Exclude<ParameterName, 'q'>, value: string): void {
  // Each check above gives its field's type: one of the kinds, a string for the rest.
  Object.assign(filter, { [FIELD_OF[name]]: value })
}

/** The filters and search text as the part after "?", in a fixed order; "" when nothing is set. */
export function serializeTimelineQuery(filter: JournalFilter, query = ''): string {
  const params = new URLSearchParams()
  for (const name of NAMES) {
    // The search text is kept as typed: trimming it would take a space from under the cursor.
    const value = name === 'q' ? query : filter[FIELD_OF[name]]
    if (value !== undefined && value !== '') params.set(name, value)
  }
  return params.toString()
}

/** The whole hash for the timeline with these filters: "#/journal" or "#/journal?…". */
export function timelineHash(filter: JournalFilter, query = ''): string {
  const search = serializeTimelineQuery(filter, query)
  return search === '' ? '#/journal' : `#/journal?${search}`
}

/** The part of a hash after its first "?", or "". */
export function searchOfHash(hash: string): string {
  const at = hash.indexOf('?')
  return at === -1 ? '' : hash.slice(at + 1)
}
