import { isoWeekStart, isoWeekStarts } from '../domain/journal/iso-weeks'
import {
  companyKey,
  isJobSearchKind,
  JOB_SEARCH_KINDS,
  searchFigures,
  type JobSearchKind,
} from '../domain/journal/search-figures'
import type { TidemarkDatabase } from './db'
import type { StoredJournalEntry, StoredOffer } from './records'
import { localDate } from './snapshots'

/** What the job-search view reads of an entry. */
export type JobSearchEntry = Pick<StoredJournalEntry, 'id' | 'kind' | 'date' | 'title'> & {
  company?: string | undefined
  /** The saved offer an offer entry is about. */
  offerId?: string | undefined
  /** Set on an offer saved on the Offers screen (its id is the offer's), not a journal entry. */
  savedOffer?: true
}

/** What the job-search view reads of an offer saved on the Offers screen. */
export type JobSearchOffer = Pick<StoredOffer, 'id' | 'company' | 'role' | 'createdAt'>

/** One ISO week of the pipeline, Monday first. */
export interface PipelineWeek {
  /** The week's Monday (ISO date). */
  weekStart: string
  application: number
  interview: number
  offer: number
}

/** One company as the user wrote it, and its entries oldest first. */
export interface CompanyHistory {
  /** The name folded for comparison ("Moonshot  AI" and "moonshot ai" are one company). */
  key: string
  /** The name as the newest entry spells it. */
  name: string
  entries: JobSearchEntry[]
  application: number
  interview: number
  offer: number
  /** The newest entry's date. */
  lastDate: string
}

export interface JobSearchSummary {
  /** Distinct companies among application, interview and offer entries. */
  companiesContacted: number
  application: number
  interview: number
  offer: number
  /** ISO weeks (Monday to Sunday) from the first entry's week to the last's; 0 with none. */
  weeks: number
  /** Interviews over those weeks, to one decimal: the engine's figure (domain searchFigures). */
  interviewsPerWeek: number
  /** Offers over companies contacted, to two decimals (0 with no company). */
  offersPerCompany: number
  /** Every week from the first to the last, empty weeks included, oldest first. */
  pipeline: PipelineWeek[]
  /** Companies, the one heard from most recently first. */
  companies: CompanyHistory[]
  /** Entries that name no company, oldest first: counted in the totals, not as a company. */
  withoutCompany: JobSearchEntry[]
}

/** A company's name as shown: trimmed, runs of spaces as one. */
function companyName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ')
}

function byDate(a: JobSearchEntry, b: JobSearchEntry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * The job search in figures, from the journal's application, interview and offer entries
 * (other kinds are ignored): what the user did, week by week and company by company.
 */
export function jobSearchSummary(entries: readonly JobSearchEntry[]): JobSearchSummary {
  const search = entries.filter((entry) => isJobSearchKind(entry.kind)).sort(byDate)
  const totals = { application: 0, interview: 0, offer: 0 }
  const byWeek = new Map<string, PipelineWeek>()
  const byCompany = new Map<string, CompanyHistory>()
  const withoutCompany: JobSearchEntry[] = []

  for (const entry of search) {
    const kind = entry.kind as JobSearchKind
    totals[kind] += 1
    const start = isoWeekStart(entry.date)
    const week = byWeek.get(start) ?? { weekStart: start, application: 0, interview: 0, offer: 0 }
    week[kind] += 1
    byWeek.set(start, week)

    const key = entry.company === undefined ? '' : companyKey(entry.company)
    if (key === '') {
      withoutCompany.push(entry)
      continue
    }
    const company = byCompany.get(key) ?? {
      key,
      name: '',
      entries: [],
      application: 0,
      interview: 0,
      offer: 0,
      lastDate: entry.date,
    }
    company.entries.push(entry)
    company[kind] += 1
    // Oldest first, so the last one seen names the company as the user now writes it.
    company.name = companyName(entry.company ?? '')
    company.lastDate = entry.date
    byCompany.set(key, company)
  }

  const first = search[0]
  const last = search.at(-1)
  const pipeline: PipelineWeek[] =
    first && last
      ? isoWeekStarts(first.date, last.date).map(
          (start) =>
            byWeek.get(start) ?? { weekStart: start, application: 0, interview: 0, offer: 0 },
        )
      : []
  const companies = [...byCompany.values()].sort(
    (a, b) =>
      (a.lastDate < b.lastDate ? 1 : a.lastDate > b.lastDate ? -1 : 0) ||
      a.key.localeCompare(b.key),
  )
  const figures = searchFigures(search)
  return {
    companiesContacted: figures.companiesContacted,
    ...totals,
    weeks: figures.weeks,
    interviewsPerWeek: figures.interviewsPerWeek,
    offersPerCompany: figures.offersPerCompany,
    pipeline,
    companies,
    withoutCompany,
  }
}

/**
 * The saved offers the journal does not already count, as offer entries dated the day each was
 * saved: a user who saves two offers and writes no offer entry has two offers, not none.
 * One offer is counted once: a saved offer is left out when an offer entry links to it
 * (`offerId`), or else when an offer entry that links to no offer names the same company (one
 * such entry stands for one saved offer: the user wrote about it without linking it).
 * `companyOf` gives the company each offer counts under (jobSearchEntries joins names a link
 * says are one company); by default its own.
 */
export function savedOffersAsEntries(
  offers: readonly JobSearchOffer[],
  entries: readonly JobSearchEntry[],
  companyOf: (offer: JobSearchOffer) => string = (offer) => offer.company,
): JobSearchEntry[] {
  const offerEntries = entries.filter((entry) => entry.kind === 'offer')
  const linked = new Set(offerEntries.map((entry) => entry.offerId))
  const unlinkedByCompany = new Map<string, number>()
  for (const entry of offerEntries) {
    if (entry.offerId !== undefined || entry.company === undefined) continue
    const key = companyKey(entry.company)
    if (key !== '') unlinkedByCompany.set(key, (unlinkedByCompany.get(key) ?? 0) + 1)
  }
  const counted: JobSearchEntry[] = []
  // Oldest first, so that an unlinked entry stands for the company's first saved offer.
  const byAge = [...offers].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
  for (const offer of byAge) {
    if (linked.has(offer.id)) continue
    const company = companyOf(offer)
    const key = companyKey(company)
    const unlinked = unlinkedByCompany.get(key) ?? 0
    if (unlinked > 0) {
      unlinkedByCompany.set(key, unlinked - 1)
      continue
    }
    counted.push({
      id: offer.id,
      kind: 'offer',
      date: localDate(new Date(offer.createdAt)),
      title: offer.role === '' ? offer.company : `${offer.company} · ${offer.role}`,
      company,
      savedOffer: true,
    })
  }
  return counted
}

/**
 * Company names a link says are one company: an entry written '字节跳动' and linked to the offer
 * saved as '字节跳动 Seed' joins the two keys, and every entry under either (an application
 * written before the offer existed cannot link to it) counts under one name, the set's oldest
 * saved offer's. Review 25 M4: relabelling only the linked entries (f93a83a) split an
 * application '字节跳动' from its linked interview. Keys no link joins are left as written.
 */
function linkedCompanyNames(
  journal: readonly JobSearchEntry[],
  offers: readonly JobSearchOffer[],
): (company: string) => string | undefined {
  const offerById = new Map(offers.map((offer) => [offer.id, offer]))
  const parent = new Map<string, string>()
  const root = (key: string): string => {
    let at = key
    for (let up = parent.get(at); up !== undefined && up !== at; up = parent.get(at)) at = up
    return at
  }
  for (const entry of journal) {
    const offer = entry.offerId === undefined ? undefined : offerById.get(entry.offerId)
    const offerKey = offer === undefined ? '' : companyKey(offer.company)
    if (offerKey === '') continue
    if (!parent.has(offerKey)) parent.set(offerKey, offerKey)
    const entryKey = entry.company === undefined ? '' : companyKey(entry.company)
    if (entryKey === '') continue
    if (!parent.has(entryKey)) parent.set(entryKey, entryKey)
    const [a, b] = [root(entryKey), root(offerKey)]
    if (a !== b) parent.set(a, b)
  }
  const nameOfRoot = new Map<string, string>()
  const byAge = [...offers].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
  for (const offer of byAge) {
    const key = companyKey(offer.company)
    if (key === '' || !parent.has(key)) continue
    const top = root(key)
    if (!nameOfRoot.has(top)) nameOfRoot.set(top, offer.company)
  }
  return (company) => {
    const key = companyKey(company)
    return parent.has(key) ? nameOfRoot.get(root(key)) : undefined
  }
}

/**
 * What the job search counts: the journal's entries, each under the company a link says it is
 * (linkedCompanyNames; an entry that links a saved offer and names no company, under the
 * offer's), then the saved offers no offer entry counts already (savedOffersAsEntries).
 * Trial 19 #3: an interview written as '字节跳动' linked to the offer of '字节跳动 Seed' made two
 * companies, the offer's with no interview.
 */
export function jobSearchEntries(
  journal: readonly JobSearchEntry[],
  offers: readonly JobSearchOffer[],
): JobSearchEntry[] {
  const joined = linkedCompanyNames(journal, offers)
  const offerCompany = new Map(offers.map((offer) => [offer.id, offer.company]))
  const entries = journal.map((entry) => {
    const written =
      entry.company !== undefined && entry.company.trim() !== ''
        ? entry.company
        : entry.offerId === undefined
          ? undefined
          : offerCompany.get(entry.offerId)
    if (written === undefined || written.trim() === '') return entry
    const company = joined(written) ?? written
    return company === entry.company ? entry : { ...entry, company }
  })
  return [
    ...entries,
    ...savedOffersAsEntries(offers, entries, (offer) => joined(offer.company) ?? offer.company),
  ]
}

/** The offers saved on the Offers screen, as the job-search view reads them. */
export async function readJobSearchOffers(db: TidemarkDatabase): Promise<JobSearchOffer[]> {
  const offers = await db.offers.toArray()
  return offers.map(({ id, company, role, createdAt }) => ({ id, company, role, createdAt }))
}

/** The journal's application, interview and offer entries (through the kind index). */
export function readJobSearchEntries(db: TidemarkDatabase): Promise<StoredJournalEntry[]> {
  return db.journal.where('kind').anyOf(JOB_SEARCH_KINDS).toArray()
}
