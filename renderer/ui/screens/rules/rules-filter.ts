import { createContext, useContext } from 'react'
import type { Assumption, Citation } from '../../../domain/ruleset/citation'

/** What the user typed in "Find a rule", lower case and trimmed ('' shows every rule). */
export const RulesFilterContext = createContext('')

/** The words a citation can be found by: the quote in both scripts, the paraphrase, the law. */
export function citationWords(citation: Citation, assumption?: Assumption): string[] {
  const notes = assumption ? [assumption.noteEn, assumption.noteZhHans] : []
  return citation.source === 'article'
    ? [citation.quote, citation.quoteZhHans, citation.paraphraseEn, ...notes]
    : [citation.reference, citation.summaryZhHans, citation.summaryEn, ...notes]
}

/** Whether a rule shows under the current filter: any of its words contains the query. */
export function useRuleMatches(): (words: readonly (string | undefined)[]) => boolean {
  const query = useContext(RulesFilterContext)
  return (words) =>
    query === '' || words.some((word) => word?.toLowerCase().includes(query) === true)
}
