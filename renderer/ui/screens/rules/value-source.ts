import type { Ruleset } from '../../../domain/ruleset/ruleset-schema'
import { valueAt, type RulePath } from './override-paths'

/**
 * Whose a field's default value is, as "changed from …" names it: the article's, Tidemark's
 * own assumption (the article gives no such number), or a law's or regulation's.
 */
export type ValueSource = 'article' | 'assumption' | 'law'

/**
 * Values the article does give, inside rules whose assumption note covers the rule's other
 * numbers: the notes say so ("3-5M is the article's", "+20% is the article's ceiling"; the job
 * search's companies, interviews and offers are counted in the article, its "a little over a
 * month" read as 5 weeks). `*` stands for any one segment.
 */
const ARTICLE_VALUES_IN_ASSUMED_RULES: readonly string[] = [
  'tiers.*.totalBandYuan.low',
  'tiers.*.totalBandYuan.high',
  'tiers.mid.raiseBand.high',
  'jobSearchReference.companiesContacted',
  'jobSearchReference.interviewsPerWeek',
  'jobSearchReference.offers',
]

function matchesPattern(path: RulePath, pattern: string): boolean {
  const segments = path.split('.')
  const wanted = pattern.split('.')
  return (
    segments.length === wanted.length &&
    wanted.every((segment, index) => segment === '*' || segment === segments[index])
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The source of the value at `path` in the article's ruleset: read from the innermost rule on
 * the path that carries a citation or an assumption. A rule with an assumption note has
 * Tidemark's numbers (the note says which are estimates), but for the few the article gives
 * (ARTICLE_VALUES_IN_ASSUMED_RULES); a rule cited to a law alone has the law's.
 */
export function valueSource(base: Ruleset, path: RulePath): ValueSource {
  const segments = path.split('.')
  let source: ValueSource = 'article'
  for (let length = 0; length < segments.length; length++) {
    const node = valueAt(base, segments.slice(0, length).join('.'))
    if (!isObject(node) || !('citation' in node || 'assumption' in node)) continue
    const citation = node['citation']
    const law = isObject(citation) && citation['source'] === 'law'
    source = node['assumption'] ? 'assumption' : law ? 'law' : 'article'
  }
  if (
    source === 'assumption' &&
    ARTICLE_VALUES_IN_ASSUMED_RULES.some((pattern) => matchesPattern(path, pattern))
  ) {
    return 'article'
  }
  return source
}
