import type { JournalKind } from '../model/enums'
import type { JournalEvent } from '../model/journal'
import { reasonFrom, type Reason } from '../reason'
import { roundToDecimals } from '../rounding'
import type { Ruleset } from '../ruleset/ruleset-schema'

export interface JobSearchStats {
  companiesContacted: number
  interviews: number
  offers: number
  /** Weeks from the first to the last search event (at least one). */
  weeks: number
  interviewsPerWeek: number
  offersPerCompany: number
  /** The article's mover, shown beside the user's figures as a reference, not a target (L14). */
  reference: {
    companiesContacted: number
    interviewsPerWeek: number
    offers: number
    weeks: number
    offersPerCompany: number
  }
  reasons: Reason[]
}

const SEARCH_KINDS: ReadonlySet<JournalKind> = new Set(['application', 'interview', 'offer'])
const DAY_MS = 86_400_000

export function jobSearchStats(events: readonly JournalEvent[], ruleset: Ruleset): JobSearchStats {
  const search = events.filter((event) => SEARCH_KINDS.has(event.kind))
  const companies = new Set(
    search
      .map((event) => event.company?.trim().toLowerCase())
      .filter((company): company is string => Boolean(company)),
  )
  const interviews = search.filter((event) => event.kind === 'interview').length
  const offers = search.filter((event) => event.kind === 'offer').length
  const times = search.map((event) => Date.parse(`${event.date}T00:00:00Z`))
  const spanDays = times.length > 0 ? (Math.max(...times) - Math.min(...times)) / DAY_MS + 1 : 0
  const weeks = Math.max(1, spanDays / 7)
  const reference = ruleset.jobSearchReference
  return {
    companiesContacted: companies.size,
    interviews,
    offers,
    weeks: roundToDecimals(weeks, 1),
    interviewsPerWeek: roundToDecimals(interviews / weeks, 1),
    offersPerCompany: companies.size > 0 ? roundToDecimals(offers / companies.size, 2) : 0,
    reference: {
      companiesContacted: reference.companiesContacted,
      interviewsPerWeek: reference.interviewsPerWeek,
      offers: reference.offers,
      weeks: reference.weeks,
      offersPerCompany: roundToDecimals(reference.offers / reference.companiesContacted, 2),
    },
    reasons: [reasonFrom(reference.id, reference, 0)],
  }
}
