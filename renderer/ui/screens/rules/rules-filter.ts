import { createContext, useContext } from 'react'
import type { Assumption, Citation } from '../../../domain/ruleset/citation'
import type { Fold } from '../journal/timeline/highlight'

/** An article line a rule cites: found by its number ("L50", "50", "第50行"), not as text, so
 *  "L5" does not find the rules citing line 50. */
export interface CitedLine {
  line: number
}

/** What a rule can be found by: its words, and the article lines it cites. */
export type RuleWord = string | CitedLine | undefined

/** What the user typed in "Find a rule", read once for every rule. */
export interface RulesFilter {
  /** As typed, lower case, trimmed, full-width forms made plain ('' shows every rule). */
  query: string
  /** The query in Simplified script (稅 → 税) when it has Chinese, else `query`: the rules'
   *  Chinese words are written in Simplified (each quote has its Simplified rendering too). */
  folded: string
  /** The article line the query names ("L50", "50", "第 50 行"), if it names one. */
  line: number | undefined
}

export const NO_FILTER: RulesFilter = { query: '', folded: '', line: undefined }

/** The current filter (NO_FILTER shows every rule). */
export const RulesFilterContext = createContext<RulesFilter>(NO_FILTER)

const HAN = /\p{Script=Han}/u
/** A line as the citations name it: "L50" in English, "第 50 行" in Chinese, or the number. */
const LINE_QUERY = /^(?:l\s*(\d{1,4})|(\d{1,4})|第\s*(\d{1,4})\s*行)$/

/**
 * The filter for what was typed. `fold` (opencc, in a worker) is asked only for a query with
 * Chinese in it: the Rules screen's first paint, and English or number queries, never load it.
 */
export function rulesFilter(typed: string, fold: Fold): RulesFilter {
  const query = typed.normalize('NFKC').trim().toLowerCase()
  const folded = HAN.test(query) ? fold(query) : query
  const named = LINE_QUERY.exec(query)
  const line = named ? Number(named[1] ?? named[2] ?? named[3]) : undefined
  return { query, folded, line }
}

/** Whether a rule with these words shows under `filter`: one of its words contains the query
 *  (as typed or in Simplified), or it cites the line the query names. */
export function ruleMatches(filter: RulesFilter, words: readonly RuleWord[]): boolean {
  const { query, folded, line } = filter
  if (query === '') return true
  return words.some((word) => {
    if (word === undefined) return false
    if (typeof word !== 'string') return word.line === line
    const lower = word.toLowerCase()
    return lower.includes(query) || (folded !== query && lower.includes(folded))
  })
}

/** The words a citation can be found by: the quote in both scripts, the paraphrase, the law;
 *  and the article's lines it cites. */
export function citationWords(citation: Citation, assumption?: Assumption): RuleWord[] {
  const notes = assumption ? [assumption.noteEn, assumption.noteZhHans] : []
  return citation.source === 'article'
    ? [
        citation.quote,
        citation.quoteZhHans,
        citation.paraphraseEn,
        ...notes,
        ...citation.lines.map((line) => ({ line })),
      ]
    : [citation.reference, citation.summaryZhHans, citation.summaryEn, ...notes]
}

/** Whether a rule shows under the current filter. */
export function useRuleMatches(): (words: readonly RuleWord[]) => boolean {
  const filter = useContext(RulesFilterContext)
  return (words) => ruleMatches(filter, words)
}
