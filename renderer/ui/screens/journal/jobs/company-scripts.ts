import { companyScriptKey, hasHan } from '../../../../data/company-script'
import type { JobSearchEntry } from '../../../../data/job-search'
import { companyKey } from '../../../../domain/journal/search-figures'

/** The company names among `entries` that have Chinese in them: those the fold may change. */
export function hanCompanyNames(entries: readonly JobSearchEntry[]): string[] {
  const names = new Set<string>()
  for (const entry of entries) if (entry.company && hasHan(entry.company)) names.add(entry.company)
  return [...names]
}

function byDate(a: JobSearchEntry, b: JobSearchEntry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

interface Spelling {
  /** The name as its newest entry writes it. */
  name: string
  count: number
  lastDate: string
}

/**
 * The entries with one name for a company written in both scripts of Chinese: 錦江智算 and
 * 锦江智算 are one company (trial 22 #2: three contacted, not two). `folded` gives each name in
 * Simplified (opencc, as the journal's search folds it); names it does not hold are kept.
 *
 * The name kept is the spelling the user wrote most often (a spelling being companyKey's:
 * case, width and spaces aside, as jobSearchSummary groups), the latest one on a tie, as
 * jobSearchSummary names a company by its newest entry. A company written in one script only
 * is left as it is, so its name still follows its newest entry.
 */
export function oneScriptPerCompany(
  entries: readonly JobSearchEntry[],
  folded: ReadonlyMap<string, string>,
): JobSearchEntry[] {
  const groups = new Map<string, Map<string, Spelling>>()
  const groupOf = (company: string) => companyScriptKey(company, folded)
  // Oldest first, so the last one seen of a spelling is its newest (jobSearchSummary's order).
  for (const entry of [...entries].sort(byDate)) {
    const key = entry.company === undefined ? '' : companyKey(entry.company)
    if (entry.company === undefined || key === '') continue
    const group = groups.get(groupOf(entry.company)) ?? new Map<string, Spelling>()
    const spelling = group.get(key) ?? { name: entry.company, count: 0, lastDate: entry.date }
    spelling.count += 1
    spelling.name = entry.company
    spelling.lastDate = entry.date
    group.set(key, spelling)
    groups.set(groupOf(entry.company), group)
  }
  const named = new Map<string, string>()
  for (const [group, spellings] of groups) {
    if (spellings.size < 2) continue
    const chosen = [...spellings.values()].reduce((best, each) =>
      each.count > best.count || (each.count === best.count && each.lastDate > best.lastDate)
        ? each
        : best,
    )
    named.set(group, chosen.name)
  }
  if (named.size === 0) return [...entries]
  return entries.map((entry) => {
    const name = entry.company === undefined ? undefined : named.get(groupOf(entry.company))
    return name === undefined || name === entry.company ? entry : { ...entry, company: name }
  })
}
