import type { JournalKind } from '../model/enums'
import { roundToDecimals } from '../rounding'
import type { Ruleset } from '../ruleset/ruleset-schema'
import { isoWeeksSpanned } from './iso-weeks'

/** The journal kinds that make up a job search. */
export const JOB_SEARCH_KINDS = ['application', 'interview', 'offer'] as const
export type JobSearchKind = (typeof JOB_SEARCH_KINDS)[number]

export function isJobSearchKind(kind: JournalKind): kind is JobSearchKind {
  return (JOB_SEARCH_KINDS as readonly string[]).includes(kind)
}

/** What the figures read of a journal entry. */
export interface SearchEntry {
  kind: JournalKind
  date: string
  company?: string | undefined
}

/** A job search in the figures the article gives its mover (L14). */
export interface SearchFigures {
  companiesContacted: number
  interviews: number
  offers: number
  /** ISO weeks from the first search entry's week to the last's, both counted; 0 with none. */
  weeks: number
  /** Interviews over those weeks, to one decimal (0 with no week). */
  interviewsPerWeek: number
  /** Offers over companies contacted, to two decimals (0 with no company). */
  offersPerCompany: number
}

/** A company's name folded for comparison: full-width forms, case and runs of spaces ignored. */
export function companyKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
}

/**
 * The figures of the application, interview and offer entries among `entries` (other kinds
 * are left out). The engine's statistics and the journal's job-search view both come from
 * here, so their weeks and rates cannot disagree.
 */
export function searchFigures(entries: readonly SearchEntry[]): SearchFigures {
  const search = entries.filter((entry) => isJobSearchKind(entry.kind))
  const companies = new Set(
    search.map((entry) => companyKey(entry.company ?? '')).filter((key) => key !== ''),
  )
  const interviews = search.filter((entry) => entry.kind === 'interview').length
  const offers = search.filter((entry) => entry.kind === 'offer').length
  const weeks = isoWeeksSpanned(search.map((entry) => entry.date))
  return {
    companiesContacted: companies.size,
    interviews,
    offers,
    weeks,
    interviewsPerWeek: weeks > 0 ? roundToDecimals(interviews / weeks, 1) : 0,
    offersPerCompany: companies.size > 0 ? roundToDecimals(offers / companies.size, 2) : 0,
  }
}

/** The article's mover (the ruleset's job-search reference), in the user's figures' terms. */
export function moverFigures(
  reference: Ruleset['jobSearchReference'],
): Omit<SearchFigures, 'interviews'> {
  return {
    companiesContacted: reference.companiesContacted,
    interviewsPerWeek: reference.interviewsPerWeek,
    offers: reference.offers,
    weeks: reference.weeks,
    offersPerCompany:
      reference.companiesContacted > 0
        ? roundToDecimals(reference.offers / reference.companiesContacted, 2)
        : 0,
  }
}
