import { companyKey } from '../domain/journal/search-figures'

// Kept apart from job-search.ts, whose figures read the snapshots (and so the engine and its
// ruleset): the journal's timeline needs only these two, and importing them from there put
// zod, the default ruleset and the skills' scoring on the journal's first page.

/** Folds texts to Simplified Chinese, each one (opencc in the fold worker: use-fold.ts). */
export type FoldNames = (texts: readonly string[]) => Promise<string[]>

const HAN = /\p{Script=Han}/u

/** Whether `name` has Chinese in it: only then may the fold to Simplified change it. */
export function hasHan(name: string): boolean {
  return HAN.test(name)
}

/**
 * A company's key across the scripts of Chinese: companyKey of its name folded to Simplified,
 * so 錦江智算 and 锦江智算 are one company (trial 22 #2). `folded` holds the fold's answers; a
 * name it does not hold is taken as written. The job search's companies and the timeline's
 * company filter both compare names by it (review 33 L4: each had its own).
 */
export function companyScriptKey(name: string, folded: ReadonlyMap<string, string>): string {
  return companyKey(folded.get(name) ?? name)
}
