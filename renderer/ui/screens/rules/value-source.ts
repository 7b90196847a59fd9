import type { Ruleset } from '../../../domain/ruleset/ruleset-schema'
import { valueAt, type RulePath } from './override-paths'

/**
 * Whose a field's default value is, as "changed from …" names it: the article's, Tidemark's
 * own assumption (the article gives no such number), or a law's or regulation's.
 */
export type ValueSource = 'article' | 'assumption' | 'law'

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The source of the value at `path` in the article's ruleset: read from the innermost rule on
 * the path that carries a citation or an assumption. A rule with an assumption note has
 * Tidemark's numbers, but for those the note lists as the article's (`articleValues`); a rule
 * cited to a law alone has the law's.
 */
export function valueSource(base: Ruleset, path: RulePath): ValueSource {
  const segments = path.split('.')
  let source: ValueSource = 'article'
  for (let length = 0; length < segments.length; length++) {
    const node = valueAt(base, segments.slice(0, length).join('.'))
    if (!isObject(node) || !('citation' in node || 'assumption' in node)) continue
    const citation = node['citation']
    const assumed = node['assumption']
    const law = isObject(citation) && citation['source'] === 'law'
    const inRule = segments.slice(length).join('.')
    const fromArticle =
      isObject(assumed) &&
      Array.isArray(assumed['articleValues']) &&
      assumed['articleValues'].includes(inRule)
    source = assumed && !fromArticle ? 'assumption' : law ? 'law' : 'article'
  }
  return source
}
