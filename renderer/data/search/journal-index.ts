import MiniSearch from 'minisearch'
import type { IndexedEntry } from './indexed-entry'
import { createTokenizer, type Fold } from './tokenize'

export { indexedEntry, type IndexedEntry } from './indexed-entry'

/** The best `limit` matches, and how many entries match in all. */
export interface SearchResults {
  hits: SearchHit[]
  total: number
}

export interface SearchHit {
  id: string
  score: number
  /** The folded terms that matched, for highlighting. */
  terms: string[]
}

const FIELDS = ['title', 'body', 'tags', 'company'] as const

/** What MiniSearch's query step gives for a matching document (its internal short id). */
interface RawMatch {
  score: number
  /** The query terms that matched. */
  terms: string[]
  /** The index terms that matched, each with the fields it matched in. */
  match: Record<string, string[]>
}

/**
 * The parts of MiniSearch 7 that `search()` is built from: its query step, and its map from
 * internal short ids to ids. `search()` turns every match into a result object and sorts them
 * all; the journal shows the best 50 of up to all 50,000, so JournalIndex.search ranks the
 * query step's matches itself (tests/renderer/data/search check it against `search()`).
 */
interface MiniSearchInternals {
  executeQuery(query: string): Map<number, RawMatch>
  _documentIds: Map<number, string>
}

/**
 * The journal's full-text index: MiniSearch over the tokenizer's terms. Every query term must
 * match (AND), each as a prefix; a title or tag match ranks above a match in the body.
 */
export class JournalIndex {
  private readonly tokenize: (text: string) => string[]
  private index: MiniSearch<IndexedEntry>

  constructor(fold: Fold, json?: string) {
    this.tokenize = createTokenizer(fold)
    // An empty text is a damaged copy, not an empty index: it must fail to load.
    this.index =
      json !== undefined
        ? MiniSearch.loadJSON(json, this.options())
        : new MiniSearch(this.options())
  }

  private options() {
    return {
      fields: [...FIELDS],
      storeFields: [],
      tokenize: this.tokenize,
      // The tokenizer already folds and lower-cases; MiniSearch's default would do it again.
      processTerm: (term: string) => term,
      searchOptions: {
        prefix: true,
        combineWith: 'AND' as const,
        boost: { title: 3, tags: 2, company: 2 },
      },
    }
  }

  get size(): number {
    return this.index.documentCount
  }

  /** Adds new entries and replaces changed ones. */
  upsert(entries: readonly IndexedEntry[]): void {
    for (const entry of entries) {
      if (this.index.has(entry.id)) this.index.replace(entry)
      else this.index.add(entry)
    }
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) if (this.index.has(id)) this.index.discard(id)
  }

  /** Replaces the whole index with these entries. */
  reset(entries: readonly IndexedEntry[]): void {
    this.index = new MiniSearch(this.options())
    this.index.addAll(entries)
  }

  has(id: string): boolean {
    return this.index.has(id)
  }

  /**
   * The best `limit` matches and the number of matches, ranked exactly as MiniSearch's
   * `search()` ranks them (score × matched query terms, highest first, ties in the query
   * step's order), without building and sorting a result for every match.
   */
  search(query: string, limit: number): SearchResults {
    if (this.tokenize(query).length === 0) return { hits: [], total: 0 }
    const internals = this.index as unknown as MiniSearchInternals
    const matches = internals.executeQuery(query)
    const best = bestMatches(matches, limit)
    return {
      total: matches.size,
      hits: best.map(([docId, { score, terms, match }]) => ({
        id: String(internals._documentIds.get(docId)),
        score: score * (terms.length || 1),
        terms: Object.keys(match),
      })),
    }
  }

  toJSON(): string {
    return JSON.stringify(this.index)
  }
}

/**
 * The `limit` highest-scoring matches, highest first; equal scores keep the matches' order
 * (as the stable sort of MiniSearch's `search()` does). One pass, a sorted list of at most
 * `limit` kept: O(matches × log limit) comparisons, nothing built for the others.
 */
function bestMatches(matches: Map<number, RawMatch>, limit: number): [number, RawMatch][] {
  if (limit <= 0) return []
  const kept: [number, RawMatch][] = []
  const scores: number[] = []
  for (const entry of matches) {
    const raw = entry[1]
    const score = raw.score * (raw.terms.length || 1)
    if (kept.length === limit && score <= (scores[limit - 1] ?? -Infinity)) continue
    // After every kept score that is higher or equal: equal scores stay in arrival order.
    let low = 0
    let high = scores.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((scores[middle] ?? 0) >= score) low = middle + 1
      else high = middle
    }
    scores.splice(low, 0, score)
    kept.splice(low, 0, entry)
    if (kept.length > limit) {
      scores.pop()
      kept.pop()
    }
  }
  return kept
}
