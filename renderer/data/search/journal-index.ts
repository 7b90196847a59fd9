import MiniSearch, { type SearchResult } from 'minisearch'
import type { StoredJournalEntry } from '../records'
import { createTokenizer, type Fold } from './tokenize'

/** What the index keeps of an entry: the searchable text, nothing the screens do not search. */
export interface IndexedEntry {
  id: string
  title: string
  body: string
  tags: string
  company: string
}

export function indexedEntry(entry: StoredJournalEntry): IndexedEntry {
  return {
    id: entry.id,
    title: entry.title,
    body: entry.body,
    tags: entry.tags.join(' '),
    company: entry.company ?? '',
  }
}

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

  search(query: string, limit: number): SearchResults {
    if (this.tokenize(query).length === 0) return { hits: [], total: 0 }
    const results = this.index.search(query)
    return {
      total: results.length,
      hits: results.slice(0, limit).map((result: SearchResult) => ({
        id: String(result.id),
        score: result.score,
        terms: result.terms,
      })),
    }
  }

  toJSON(): string {
    return JSON.stringify(this.index)
  }
}
