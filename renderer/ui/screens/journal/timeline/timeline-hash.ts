import { z } from 'zod'
import type { JournalFilter } from '../../../../data/repositories/journal-query'
import { JOURNAL_KINDS } from '../../../../domain/model/enums'
import { idSchema } from '../../../../domain/model/id'
import { isoDateSchema } from '../../../../domain/model/iso-date'

/**
 * The timeline's state in the address, after the "?" of #/journal: the filters and the search
 * text (#/journal?kind=interview&tag=llm&from=2026-01-01&q=推理), so back, forward and reload
 * keep them. The address is typed by anyone: each value is checked on its own, and one that
 * is unknown or bad is left out and reported, never thrown.
 */

/** Each parameter, its schema and the filter field it sets, in the order they are written. */
const PARAMETERS = {
  kind: z.enum(JOURNAL_KINDS),
  tag: z.string().trim().min(1).max(40),
  skill: idSchema,
  offer: idSchema,
  company: z.string().trim().min(1).max(100),
  from: isoDateSchema,
  to: isoDateSchema,
  q: z.string().max(200),
} as const
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
    const parsed = PARAMETERS[name].safeParse(value)
    if (!parsed.success) {
      ignored.push({ name, value, reason: 'invalid' })
      continue
    }
    if (name === 'q') query = parsed.data
    else setField(filter, name, parsed.data)
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.to < filter.from) {
    ignored.push({ name: 'to', value: filter.to, reason: 'range' })
    delete filter.to
  }
  return { filter, query, ignored }
}

function setField(filter: JournalFilter, name: Exclude<ParameterName, 'q'>, value: string): void {
  // Each schema above gives its field's type: the kind's enum, a string for the rest.
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
