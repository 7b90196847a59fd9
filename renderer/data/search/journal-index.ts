import MiniSearch from 'minisearch'
import type { IndexedEntry } from './indexed-entry'
import { planQuery, type Glossary, type QueryUnit } from './glossary'
import { LinkedSkills, type SkillNames } from './linked-skills'
import {
  createQueryPieces,
  createQueryTokenizer,
  createTokenizer,
  inflectionBases,
  otherSpelling,
  type Fold,
  type QueryPiece,
} from './tokenize'

export { indexedEntry, type IndexedEntry } from './indexed-entry'
export type { SkillNames } from './linked-skills'

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
  /** Some query term matched only the names of the skills the entry links to, none of its
   *  own text: such hits rank after every hit that matched its text alone. */
  bySkill?: true
}

/**
 * An entry as the index takes it: its text, and its date if known (yyyy-mm-dd), kept only to
 * rank equal matches newest first (review 24: "训练" listed 2024, then 2026, then 2025). Not
 * searched. An entry indexed without one ranks after dated equals.
 */
export type DatedEntry = IndexedEntry & { date?: string }

/** `skills`: the names of the skills an entry links to (linked-skills.ts), kept last. */
const FIELDS = ['title', 'body', 'tags', 'company', 'kind', 'skills'] as const
const SKILLS_FIELD = FIELDS.indexOf('skills')

/** Fields a glossary's word (glossary.ts) is looked for in: not the kind, which holds both
 *  names of every kind already (kind-names.ts), so a crossing there finds no entry the typed
 *  word does not, and would chain a synonym of a kind's name ("retrospective") to every entry
 *  of that kind. */
const CROSSED_FIELDS = FIELDS.filter((field) => field !== 'kind')

/** How an entry matched one unit of a query, best first (an entry keeps the best it met):
 *  as typed in its own text; by a glossary word in its own text; only by its skills' names. */
const OWN = 1
const CROSSED = 2
const SKILL = 3

/** A glossary word's score counts this much of a typed word's, and an entry that needed one
 *  ranks after every entry that matched as typed (search): 推理 lists 推理's entries first. */
const CROSSED_WEIGHT = 0.5

/** A term's postings: field id → (internal document id → how often the term occurs). */
type TermData = Map<number, Map<number, number>>

/**
 * The parts of MiniSearch 7 its `search()` reads, which JournalIndex.search reads too (see
 * there). Checked against `search()` itself by tests/renderer/data/search/journal-index.test.ts.
 */
interface MiniSearchInternals {
  _index: {
    get(term: string): TermData | undefined
    atPrefix(prefix: string): Iterable<[string, TermData]>
    set(term: string, data: TermData): void
    delete(term: string): void
  }
  _documentIds: Map<number, string>
  _fieldIds: Record<string, number>
  _fieldLength: Map<number, number[]>
  _avgFieldLength: number[]
  _documentCount: number
  _nextId: number
  /** Entries discarded whose postings may still be in `_index` (0: none are). */
  _dirtCount: number
  _idToShortId: Map<string, number>
  /** The stored fields by internal id: here, each entry's date (see DatedEntry). */
  _storedFields: Map<number, { date?: unknown }>
  removeTerm(fieldId: number, documentId: number, term: string): void
}

/** MiniSearch's defaults, as `search()` applies them (weights.prefix, bm25). */
const PREFIX_WEIGHT = 0.375
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
const BOOST: Record<(typeof FIELDS)[number], number> = {
  title: 3,
  body: 1,
  tags: 2,
  company: 2,
  kind: 1,
  skills: 1,
}

/** MiniSearch's calcBM25Score, operation for operation (the scores must be equal, not close). */
function bm25(
  termFreq: number,
  matchingCount: number,
  totalCount: number,
  fieldLength: number,
  avgFieldLength: number,
): number {
  const { k, b, d } = BM25
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5))
  return (
    invDocFreq *
    (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)))
  )
}

/** One query term's matches: scores by internal id, and the ids in the order first matched. */
interface TermMatches {
  score: Float64Array
  matched: Uint8Array
  order: number[]
  /** The index terms it matched (itself, then longer ones by prefix, then the glossary's), in
   *  the order scored. */
  derived: TermData[]
  derivedTerms: string[]
  /** For each of `derived`, null, or (a word of several terms) the entries that matched all
   *  of them: an entry holding one only was not found by it, and is not marked by it. */
  within: (Uint8Array | null)[]
  /** Whether some entry's `matched` was, at some point, not OWN (SKILL or CROSSED). */
  mixed: boolean
  /** The glossary's index terms it marked entries by, unscored (addCrossedScores), each with
   *  the entries that matched its whole word (a word of several terms) or null. */
  crossings: { derived: DerivedTerm; within: Uint8Array | null }[]
}

/**
 * Tag lists, company names and kinds kept tokenized, at most this many distinct ones: a journal
 * has few of each and repeats them, and each costs a trip through the fold and the
 * segmenter (a quarter of tokenizing a 50,000-entry journal, measured in Node).
 */
const MAX_KEPT_FIELD_TEXTS = 5000

/**
 * The journal's full-text index: MiniSearch over the tokenizer's terms. Every query term must
 * match (AND), each as a prefix; a title or tag match ranks above a match in the body, and an
 * entry's own text above the names of the skills it links to (`skills`, SearchHit.bySkill).
 */
export class JournalIndex {
  private readonly tokenize: (text: string) => string[]
  private readonly tokenizeQuery: (text: string) => string[]
  private readonly queryPieces: (text: string) => QueryPiece[]
  private index: MiniSearch<DatedEntry>
  /** Tags', companies', kinds' and skill names' terms by their text (MAX_KEPT_FIELD_TEXTS). */
  private readonly keptTerms = new Map<string, string[]>()
  private linked: LinkedSkills
  /** Each entry's date as yyyymmdd by internal id (0: none), for ranking ties: a typed array,
   *  as a lookup in the stored fields per comparison doubled the search's p50 (bench). */
  private days = new Int32Array(0)

  /**
   * A new index that names linked skills by `skillNames`, or one loaded from its stored copy
   * (`json`, toJSON's), which keeps the names it was built with: give it the names of now with
   * setSkillNames.
   */
  constructor(fold: Fold, json?: string, skillNames: SkillNames = new Map()) {
    this.tokenize = createTokenizer(fold)
    this.tokenizeQuery = createQueryTokenizer(fold)
    this.queryPieces = createQueryPieces(fold)
    this.linked = new LinkedSkills(skillNames)
    if (json === undefined) {
      this.index = new MiniSearch(this.options())
      return
    }
    // An empty text is a damaged copy, not an empty index: it must fail to load.
    const stored = JSON.parse(json) as { index?: unknown; skills?: unknown } | null
    if (typeof stored?.index !== 'object' || stored.index === null) {
      throw new Error('the stored index has no MiniSearch index')
    }
    this.index = MiniSearch.loadJS(stored.index as Parameters<typeof MiniSearch.loadJS>[0], {
      ...this.options(),
    })
    const mini = this.index as unknown as MiniSearchInternals
    this.linked = LinkedSkills.fromStored(stored.skills, (shortId) =>
      mini._documentIds.get(shortId),
    )
    for (const [shortId, fields] of mini._storedFields) this.setDay(shortId, fields.date)
  }

  private options() {
    return {
      fields: [...FIELDS],
      storeFields: ['date'],
      // The `skills` field is the linked skills' names, as known when the entry is indexed.
      extractField: (entry: DatedEntry, field: string): unknown =>
        field === 'skills'
          ? this.linked.textOf(entry.skillIds)
          : (entry as unknown as Record<string, unknown>)[field],
      tokenize: (text: string, field?: string) => this.tokenizeField(text, field),
      // The tokenizer already folds and lower-cases; MiniSearch's default would do it again.
      processTerm: (term: string) => term,
      searchOptions: {
        tokenize: this.tokenizeQuery,
        prefix: true,
        combineWith: 'AND' as const,
        boost: { title: 3, tags: 2, company: 2 },
      },
    }
  }

  get size(): number {
    return this.index.documentCount
  }

  /** An entry's field as MiniSearch asks for it: the same terms, tags, companies, kinds kept. */
  private tokenizeField(text: string, field: string | undefined): string[] {
    if (field === 'title' || field === 'body' || field === undefined) return this.tokenize(text)
    let terms = this.keptTerms.get(text)
    if (terms === undefined) {
      terms = this.tokenize(text)
      if (this.keptTerms.size >= MAX_KEPT_FIELD_TEXTS) this.keptTerms.clear()
      this.keptTerms.set(text, terms)
    }
    return terms
  }

  /** Adds new entries and replaces changed ones. */
  upsert(entries: readonly DatedEntry[]): void {
    for (const entry of entries) {
      this.linked.set(entry.id, entry.skillIds)
      if (this.index.has(entry.id)) this.index.replace(entry)
      else this.index.add(entry)
      this.setDayOf(entry)
    }
  }

  private setDayOf(entry: DatedEntry): void {
    const mini = this.index as unknown as MiniSearchInternals
    const shortId = mini._idToShortId.get(entry.id)
    if (shortId !== undefined) this.setDay(shortId, entry.date)
  }

  private setDay(shortId: number, date: unknown): void {
    if (shortId >= this.days.length) {
      const grown = new Int32Array(Math.max(shortId + 1, this.days.length * 2, 1024))
      grown.set(this.days)
      this.days = grown
    }
    const day = typeof date === 'string' ? Number(date.replaceAll('-', '')) : 0
    this.days[shortId] = Number.isInteger(day) ? day : 0
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      this.linked.delete(id)
      if (this.index.has(id)) this.index.discard(id)
    }
  }

  /** Replaces the whole index with these entries. */
  reset(entries: readonly DatedEntry[]): void {
    this.index = new MiniSearch(this.options())
    this.linked.clear()
    for (const entry of entries) this.linked.set(entry.id, entry.skillIds)
    this.days = new Int32Array(0)
    this.index.addAll(entries)
    for (const entry of entries) this.setDayOf(entry)
  }

  /**
   * The skills' names from now on (a skill renamed, added or deleted): the `skills` field of
   * every entry linked to one whose name changed is rewritten in place, its old names' terms
   * taken out and the new ones put in, without the entry's own text (which the index does not
   * keep, and which would cost a read and a tokenizing of each entry). Returns whether any
   * entry changed.
   */
  setSkillNames(names: SkillNames): boolean {
    const changes = this.linked.rename(names)
    if (changes.length === 0) return false
    const mini = this.index as unknown as MiniSearchInternals
    // A rename rewrites the same text in many entries: each term's postings are looked up
    // once for all of them (one lookup per term and entry took ~1 s for 16,000 entries).
    const groups = new Map<string, { before: string; after: string; docIds: number[] }>()
    for (const { entryId, before, after } of changes) {
      const docId = mini._idToShortId.get(entryId)
      if (docId === undefined) continue
      const key = `${before}\u0000${after}`
      const group = groups.get(key)
      if (group) group.docIds.push(docId)
      else groups.set(key, { before, after, docIds: [docId] })
    }
    const count = mini._documentCount
    let average = mini._avgFieldLength[SKILLS_FIELD] ?? 0
    for (const { before, after, docIds } of groups.values()) {
      for (const [term, times] of occurrences(this.tokenizeField(before, 'skills'))) {
        takePostings(mini, term, docIds, times)
      }
      const terms = this.tokenizeField(after, 'skills')
      for (const [term, times] of occurrences(terms)) addPostings(mini, term, docIds, times)
      // The field's length and the average, as MiniSearch's add and discard keep them.
      const length = new Set(terms).size
      for (const docId of docIds) {
        const lengths = mini._fieldLength.get(docId)
        if (lengths === undefined) continue
        average = (average * count - (lengths[SKILLS_FIELD] ?? 0) + length) / count
        lengths[SKILLS_FIELD] = length
      }
    }
    mini._avgFieldLength[SKILLS_FIELD] = average
    return true
  }

  has(id: string): boolean {
    return this.index.has(id)
  }

  /**
   * The best `limit` matches and the number of matches, ranked exactly as MiniSearch's
   * `search()` ranks them with the options above (every term, AND, by prefix; the same BM25
   * scores, added up in the same order; equal scores in the same order), without what costs
   * it most when a term matches thousands of entries: a result object and a map entry per
   * match, and a sort of them all. Scores go into typed arrays by internal id, and only the
   * best `limit` become results. Two things MiniSearch does not do: a word with a British or
   * an American spelling also finds the other (derivedTerms); and an entry that matched some
   * term only in its linked skills' names ranks after every entry that matched each term in
   * its own text, whatever the scores (a short skill name would otherwise outscore a word in a
   * long body), with the same scores and, within each group, MiniSearch's order; and equal
   * scores go newest date first (MiniSearch keeps them in the order matched, which is no order
   * a reader sees), then in MiniSearch's order.
   *
   * With a `glossary` (glossary.ts), a query word in it also matches its other words, in
   * Chinese or English (the words still all required): entries that needed one rank after
   * those that matched every word as typed, and before those found by a skill's name only.
   * The entries that matched as typed keep the scores and order above (a crossing adds them
   * nothing); those that needed a crossing are scored by it, CROSSED_WEIGHT of a typed match,
   * and only when their group is reached (the typed ones fill 50 hits for most queries, and
   * then a crossing costs one pass over its postings, to count its entries: scoring them all
   * cost 2-3 times the typed search, Node A/B, search27). Without a glossary, or for a query
   * with none of its words, the answer is MiniSearch's as above.
   */
  search(query: string, limit: number, glossary: Glossary | null = null): SearchResults {
    const units: QueryUnit[] =
      glossary === null
        ? this.tokenizeQuery(query)
            .filter((term) => term !== '')
            .map((term) => ({ typed: [term], crossed: [] }))
        : planQuery(this.queryPieces(query), glossary)
    if (units.length === 0) return { hits: [], total: 0 }
    const mini = this.index as unknown as MiniSearchInternals
    try {
      const perTerm = this.matchUnits(mini, units)
      // AND, as MiniSearch combines: each next term keeps the matches both have, in its
      // order; their sums go into the next term's scores (only its entries kept are read).
      let score = perTerm[0]?.score ?? new Float64Array(0)
      let order = perTerm[0]?.order ?? []
      for (const next of perTerm.slice(1)) {
        const inBoth = this.nextMark(mini._nextId)
        for (const docId of order) inBoth.marks[docId] = inBoth.mark
        const combinedOrder: number[] = []
        for (const docId of next.order) {
          if (inBoth.marks[docId] !== inBoth.mark) continue
          next.score[docId] = (score[docId] ?? 0) + (next.score[docId] ?? 0)
          combinedOrder.push(docId)
        }
        score = next.score
        order = combinedOrder
      }
      // MiniSearch multiplies by the number of distinct query terms matched: all of them.
      const quality = new Set(units.flatMap((unit) => unit.typed)).size
      const days = this.days
      const dateOf = (docId: number): number => days[docId] ?? 0
      const hit = (docId: number): SearchHit => ({
        id: String(mini._documentIds.get(docId)),
        score: (score[docId] ?? 0) * quality,
        terms: matchedTerms(perTerm, docId),
      })
      if (!perTerm.some((matches) => matches.mixed)) {
        return { total: order.length, hits: bestIds(order, score, quality, dateOf, limit).map(hit) }
      }
      // Entries that matched each unit as typed, then those that needed a glossary word, then
      // those that matched some unit only by a linked skill's name: each group by score.
      const groups: number[][] = [[], [], []]
      for (const docId of order) {
        let worst = OWN
        for (const { matched } of perTerm) worst = Math.max(worst, matched[docId] ?? OWN)
        groups[worst - 1]?.push(docId)
      }
      const hits: SearchHit[] = []
      groups.forEach((group, at) => {
        if (hits.length >= limit || group.length === 0) return
        if (at + 1 !== OWN) this.addCrossedScores(mini, perTerm, group, score)
        for (const docId of bestIds(group, score, quality, dateOf, limit - hits.length)) {
          hits.push(at + 1 === SKILL ? { ...hit(docId), bySkill: true } : hit(docId))
        }
      })
      return { total: order.length, hits }
    } finally {
      // The scratch arrays go back as found: zero wherever this search wrote.
      for (const { score, matched, order } of this.inUse.splice(0)) {
        for (const docId of order) {
          score[docId] = 0
          matched[docId] = 0
        }
      }
    }
  }

  /**
   * Each query term's score and matched arrays (by internal id), kept from one search to the
   * next and handed back zeroed. A new pair per term and search (450 kB at 50,000 entries,
   * zero-filled, outside the JavaScript heap) made the worker collect garbage every few
   * searches, at moments that fell on one query or another (the worst query's p95).
   */
  private scratch: { score: Float64Array; matched: Uint8Array }[] = []
  /** The terms' matches written into scratch arrays by the search under way. */
  private readonly inUse: TermMatches[] = []
  /** Marks for the AND: an entry is in the running result when its mark is the current one. */
  private marks = new Uint32Array(0)
  private mark = 0

  private scratchFor(slot: number, size: number): { score: Float64Array; matched: Uint8Array } {
    const kept = this.scratch[slot]
    if (kept && kept.score.length >= size) return kept
    // Room to grow, so entries added one by one do not reallocate at each search.
    const room = size + (size >> 3) + 64
    const fresh = { score: new Float64Array(room), matched: new Uint8Array(room) }
    this.scratch[slot] = fresh
    return fresh
  }

  private nextMark(size: number): { marks: Uint32Array; mark: number } {
    if (this.marks.length < size || this.mark === 0xffffffff) {
      this.marks = new Uint32Array(size + (size >> 3) + 64)
      this.mark = 0
    }
    this.mark++
    return { marks: this.marks, mark: this.mark }
  }

  /**
   * Each query unit's matches, in query order (a unit: a term, or a glossary word of the
   * query, glossary.ts). With two units or more, the unit with the fewest postings is scored
   * first and every other only for the entries all units before it matched (an AND drops the
   * rest): "推理 量化" scored every 量化 entry before. The scores and orders the AND reads are
   * the same: an entry's score is still the sum of its terms' scores in query order, and each
   * term meets its entries in the same order. Only while the index holds no discarded
   * entries' postings (MiniSearch drops them while searching, and the first term to meet one
   * counts it, so the scoring order would change scores): otherwise every unit is scored in
   * full, in query order.
   */
  private matchUnits(mini: MiniSearchInternals, units: readonly QueryUnit[]): TermMatches[] {
    this.spareSlot = units.length
    const derived = units.map((unit) => derivedUnit(mini, unit))
    if (units.length < 2 || mini._dirtCount !== 0) {
      return derived.map((unit, position) => this.scoreUnit(mini, unit, null, position))
    }
    const byPostings = derived
      .map((unit, position) => ({ unit, position, postings: postingsOfUnit(unit) }))
      .sort((a, b) => a.postings - b.postings || a.position - b.position)
    const perTerm: TermMatches[] = new Array<TermMatches>(units.length)
    let candidates: Uint8Array | null = null
    for (const { unit, position } of byPostings) {
      const matches = this.scoreUnit(mini, unit, candidates, position)
      perTerm[position] = matches
      candidates = matches.matched
    }
    return perTerm
  }

  /** The scratch slot the next word of several terms scores a term in (after the units'). */
  private spareSlot = 0

  /** Matches to score into, in the scratch arrays of `slot`, zero when handed. */
  private matchesIn(slot: number, size: number): TermMatches {
    const { score, matched } = this.scratchFor(slot, size)
    const matches: TermMatches = {
      score,
      matched,
      order: [],
      derived: [],
      derivedTerms: [],
      within: [],
      mixed: false,
      crossings: [],
    }
    this.inUse.push(matches)
    return matches
  }

  /** One query unit scored: a term alone as MiniSearch's executeQuerySpec and termResults
   *  score it; a glossary word's other words marked too (OR), scored later if their entries
   *  are listed (addCrossedScores). With `candidates`, only the entries marked there are
   *  scored (and marked in the result). */
  private scoreUnit(
    mini: MiniSearchInternals,
    unit: DerivedUnit,
    candidates: Uint8Array | null,
    slot: number,
  ): TermMatches {
    const matches = this.matchesIn(slot, mini._nextId)
    // Index terms scored already by a word of one term: a crossing that meets one again
    // ("deployment" typed, "deploy" crossed) adds nothing to find, and is not counted twice.
    const scored = new Set<string>()
    for (const { lists, crossed } of unit) {
      const how = crossed ? MARK_CROSSED : SCORE_TYPED
      const [only] = lists
      if (lists.length > 1 || only === undefined) {
        this.scoreAllOf(mini, lists, how, matches, candidates)
        continue
      }
      for (const derived of only) {
        if (scored.has(derived.term)) continue
        scored.add(derived.term)
        this.scoreTerm(mini, derived, how, matches, candidates)
        matches.within.push(null)
        if (crossed) matches.crossings.push({ derived, within: null })
      }
    }
    return matches
  }

  /**
   * The scores the glossary's words give `docIds` (entries that needed one), added to `score`:
   * each crossed index term's postings read again for those entries only, scored as a typed
   * term's, times CROSSED_WEIGHT.
   */
  private addCrossedScores(
    mini: MiniSearchInternals,
    perTerm: readonly TermMatches[],
    docIds: readonly number[],
    score: Float64Array,
  ): void {
    const wanted = this.nextMark(mini._nextId)
    for (const docId of docIds) wanted.marks[docId] = wanted.mark
    for (const { crossings } of perTerm) {
      for (const { derived, within } of crossings) {
        for (const field of CROSSED_FIELDS) {
          const fieldId = mini._fieldIds[field] ?? -1
          const freqs = derived.data.get(fieldId)
          if (freqs === undefined) continue
          const avgFieldLength = mini._avgFieldLength[fieldId] ?? 0
          const fieldWeight = derived.weight * CROSSED_WEIGHT * BOOST[field]
          for (const [docId, termFreq] of freqs) {
            if (wanted.marks[docId] !== wanted.mark || (within && !within[docId])) continue
            const fieldLength = mini._fieldLength.get(docId)?.[fieldId] ?? 0
            score[docId] =
              (score[docId] ?? 0) +
              fieldWeight *
                bm25(termFreq, freqs.size, mini._documentCount, fieldLength, avgFieldLength)
          }
        }
      }
    }
  }

  /** A word of several terms (fine-tuning, 强化学习): the entries that match every one, rarest
   *  scored first, each the sum of its terms' scores, added to `into`. */
  private scoreAllOf(
    mini: MiniSearchInternals,
    lists: readonly (readonly DerivedTerm[])[],
    how: Scoring,
    into: TermMatches,
    candidates: Uint8Array | null,
  ): void {
    const rarestFirst = [...lists].sort((a, b) => postingsOf(a) - postingsOf(b))
    const parts: TermMatches[] = []
    let within = candidates
    for (const list of rarestFirst) {
      const part = this.matchesIn(this.spareSlot++, mini._nextId)
      for (const derived of list) this.scoreTerm(mini, derived, how, part, within)
      parts.push(part)
      within = part.matched
    }
    const last = parts[parts.length - 1]
    if (last === undefined) return
    for (const docId of last.order) {
      let sum = 0
      let mark = OWN
      for (const part of parts) {
        sum += part.score[docId] ?? 0
        mark = Math.max(mark, part.matched[docId] ?? OWN)
      }
      addMatch(into, docId, sum, mark)
    }
    for (const [at, part] of parts.entries()) {
      into.derived.push(...part.derived)
      into.derivedTerms.push(...part.derivedTerms)
      into.within.push(...part.derived.map(() => last.matched))
      if (how.markOnly) {
        for (const derived of rarestFirst[at] ?? []) {
          into.crossings.push({ derived, within: last.matched })
        }
      }
    }
  }

  private scoreTerm(
    mini: MiniSearchInternals,
    { term, data, weight }: DerivedTerm,
    how: Scoring,
    matches: TermMatches,
    candidates: Uint8Array | null,
  ): void {
    matches.derived.push(data)
    matches.derivedTerms.push(term)
    const { score, matched, order } = matches
    for (const field of how.fields) {
      const fieldId = mini._fieldIds[field] ?? -1
      const freqs = data.get(fieldId)
      if (freqs === undefined) continue
      // OWN or CROSSED: the entry matched in its own text; SKILL: so far only in its linked
      // skills' names.
      const mark = field === 'skills' ? SKILL : how.own
      if (how.markOnly) {
        markEach(mini, freqs, mark, matches, candidates)
        continue
      }
      let matchingFields = freqs.size
      const avgFieldLength = mini._avgFieldLength[fieldId] ?? 0
      const fieldWeight = weight * BOOST[field]
      for (const [docId, termFreq] of freqs) {
        // An entry removed or replaced since (MiniSearch discards lazily): cleaned up as
        // MiniSearch's own search cleans it, so its counts stay as they would.
        if (!mini._documentIds.has(docId)) {
          mini.removeTerm(fieldId, docId, term)
          matchingFields -= 1
          continue
        }
        if (candidates !== null && !candidates[docId]) continue
        const fieldLength = mini._fieldLength.get(docId)?.[fieldId] ?? 0
        const weighted =
          fieldWeight *
          bm25(termFreq, matchingFields, mini._documentCount, fieldLength, avgFieldLength)
        const before = matched[docId]
        if (!before) {
          matched[docId] = mark
          score[docId] = weighted
          order.push(docId)
          if (mark !== OWN) matches.mixed = true
        } else {
          if (mark < before) matched[docId] = mark
          score[docId] = (score[docId] ?? 0) + weighted
        }
      }
    }
  }

  /** The stored copy: MiniSearch's own, and the linked skills (the constructor reads both). */
  toJSON(): string {
    const mini = this.index as unknown as MiniSearchInternals
    return JSON.stringify({
      index: this.index,
      skills: this.linked.toStored((entryId) => mini._idToShortId.get(entryId)),
    })
  }
}

/** Each term and how many times it occurs. */
function occurrences(terms: readonly string[]): Map<string, number> {
  const counted = new Map<string, number>()
  for (const term of terms) counted.set(term, (counted.get(term) ?? 0) + 1)
  return counted
}

/** MiniSearch's removeTerm, `times` over, for each of `docIds`, in the skills field. */
function takePostings(
  mini: MiniSearchInternals,
  term: string,
  docIds: readonly number[],
  times: number,
): void {
  const data = mini._index.get(term)
  const freqs = data?.get(SKILLS_FIELD)
  if (data === undefined || freqs === undefined) return
  for (const docId of docIds) {
    const left = (freqs.get(docId) ?? 0) - times
    if (left > 0) freqs.set(docId, left)
    else freqs.delete(docId)
  }
  if (freqs.size === 0) data.delete(SKILLS_FIELD)
  if (data.size === 0) mini._index.delete(term)
}

/** MiniSearch's addTerm, `times` over, for each of `docIds`, in the skills field. */
function addPostings(
  mini: MiniSearchInternals,
  term: string,
  docIds: readonly number[],
  times: number,
): void {
  let data = mini._index.get(term)
  if (data === undefined) {
    data = new Map()
    mini._index.set(term, data)
  }
  let freqs = data.get(SKILLS_FIELD)
  if (freqs === undefined) {
    freqs = new Map()
    data.set(SKILLS_FIELD, freqs)
  }
  for (const docId of docIds) freqs.set(docId, (freqs.get(docId) ?? 0) + times)
}

/** An index term a query term matches: itself (weight 1), or a longer one by prefix. */
interface DerivedTerm {
  term: string
  data: TermData
  weight: number
}

/**
 * The index terms `term` matches, in the order MiniSearch scores them; then those it does not
 * match that its other spelling, British or American, matches (quantisation, optimiz…:
 * tokenize.ts, otherSpelling), and those the words it may be an inflection of match
 * (interviews → interview, deployed → deploy: inflectionBases), each weighed as its own.
 */
function derivedTerms(mini: MiniSearchInternals, term: string): DerivedTerm[] {
  const list = termsAtPrefix(mini, term)
  const other = otherSpelling(term)
  const alike = other === null ? inflectionBases(term) : [other, ...inflectionBases(term)]
  if (alike.length === 0) return list
  const listed = new Set(list.map((derived) => derived.term))
  for (const prefix of alike) {
    // A short plain form finds only itself and its own inflections, not every longer word:
    // "used" → "use" found "user" and "useful", "logs" → "log" found "logic" (review 29 S1).
    const short = (prefix.length <= SHORT_BASE || term === `${prefix}es`) && prefix !== other
    for (const derived of termsAtPrefix(mini, prefix)) {
      if (listed.has(derived.term)) continue
      const word = (base: string) =>
        derived.term === base || inflectionBases(derived.term).includes(base)
      if (short && !word(prefix) && !word(`${prefix}e`)) {
        continue
      }
      listed.add(derived.term)
      list.push(derived)
    }
  }
  return list
}

/** A plain form this short or shorter is matched as a word, not as a prefix (derivedTerms). */
const SHORT_BASE = 4

/** The index terms that start with `prefix`: itself (weight 1) first, then longer ones. */
function termsAtPrefix(mini: MiniSearchInternals, prefix: string): DerivedTerm[] {
  const list: DerivedTerm[] = []
  const exact = mini._index.get(prefix)
  if (exact) list.push({ term: prefix, data: exact, weight: 1 })
  for (const [longer, data] of mini._index.atPrefix(prefix)) {
    const distance = longer.length - prefix.length
    if (!distance) continue
    const weight = (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance)
    list.push({ term: longer, data, weight })
  }
  return list
}

/** How many postings a query term's index terms hold, every field: the work of scoring it. */
function postingsOf(list: readonly DerivedTerm[]): number {
  let postings = 0
  for (const { data } of list) for (const freqs of data.values()) postings += freqs.size
  return postings
}

/** How a unit's word is scored: how an entry it finds matched, in which fields, how much. */
interface Scoring {
  /** OWN or CROSSED: what a match in the entry's own text counts as. */
  own: number
  fields: readonly (typeof FIELDS)[number][]
  /** Entries marked as found, not scored (a glossary's word: scored later, if listed). */
  markOnly: boolean
}

const SCORE_TYPED: Scoring = { own: OWN, fields: FIELDS, markOnly: false }
const MARK_CROSSED: Scoring = { own: CROSSED, fields: CROSSED_FIELDS, markOnly: true }

/** A glossary word's postings: each entry found marked in `matches`, as scoreTerm marks it,
 *  its score left as it is (zero for an entry found by it alone). Entries discarded since are
 *  skipped, not cleaned up: MiniSearch's counts are the typed terms' to keep. */
function markEach(
  mini: MiniSearchInternals,
  freqs: Map<number, number>,
  mark: number,
  matches: TermMatches,
  candidates: Uint8Array | null,
): void {
  const { matched, order } = matches
  const discarded = mini._dirtCount !== 0
  for (const docId of freqs.keys()) {
    if (candidates !== null && !candidates[docId]) continue
    const before = matched[docId]
    if (before === OWN) continue
    if (discarded && !mini._documentIds.has(docId)) continue
    if (!before) {
      matched[docId] = mark
      order.push(docId)
      matches.mixed = true
    } else if (mark < before) matched[docId] = mark
  }
}

/** A query unit's words (what was typed first, then the glossary's), each its terms' index
 *  terms. A word with a term the index does not hold is left out: it can find nothing. */
type DerivedUnit = { lists: DerivedTerm[][]; crossed: boolean }[]

function derivedUnit(mini: MiniSearchInternals, unit: QueryUnit): DerivedUnit {
  const typed = { lists: unit.typed.map((term) => derivedTerms(mini, term)), crossed: false }
  const crossed = unit.crossed
    .map((terms) => ({ lists: terms.map((term) => derivedTerms(mini, term)), crossed: true }))
    .filter(({ lists }) => lists.every((list) => list.length > 0))
  return [typed, ...crossed]
}

function postingsOfUnit(unit: DerivedUnit): number {
  let postings = 0
  for (const { lists } of unit) for (const list of lists) postings += postingsOf(list)
  return postings
}

/** An entry found with `value` and `mark`, added to a unit's matches as scoreTerm adds one. */
function addMatch(into: TermMatches, docId: number, value: number, mark: number): void {
  const before = into.matched[docId]
  if (!before) {
    into.matched[docId] = mark
    into.score[docId] = value
    into.order.push(docId)
    if (mark !== OWN) into.mixed = true
  } else {
    if (mark < before) into.matched[docId] = mark
    into.score[docId] = (into.score[docId] ?? 0) + value
  }
}

/**
 * The `limit` highest-scoring ids, highest first; equal scores newest date first, then in
 * `order` (as the stable sort of MiniSearch's `search()` keeps them). One pass, a sorted list of
 * at most `limit` kept; a date is read only when two scores are equal.
 */
function bestIds(
  order: readonly number[],
  score: Float64Array,
  quality: number,
  dateOf: (docId: number) => number,
  limit: number,
): number[] {
  if (limit <= 0) return []
  const kept: number[] = []
  const scores: number[] = []
  for (const docId of order) {
    const value = (score[docId] ?? 0) * quality
    // A date is read only for equal scores: the common case stays one comparison.
    if (kept.length === limit) {
      const last = scores[limit - 1] ?? -Infinity
      if (value < last || (value === last && dateOf(kept[limit - 1] ?? -1) >= dateOf(docId))) {
        continue
      }
    }
    // After every kept hit that ranks higher or level: level ones stay in arrival order.
    let low = 0
    let high = scores.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const keptScore = scores[middle] ?? 0
      if (
        keptScore > value ||
        (keptScore === value && dateOf(kept[middle] ?? -1) >= dateOf(docId))
      ) {
        low = middle + 1
      } else high = middle
    }
    scores.splice(low, 0, value)
    kept.splice(low, 0, docId)
    if (kept.length > limit) {
      scores.pop()
      kept.pop()
    }
  }
  return kept
}

/**
 * The index terms an entry matched, in MiniSearch's order (the keys of its `match`): each query
 * term's matched terms in the order scored, later query terms adding the ones not yet listed.
 */
function matchedTerms(perTerm: readonly TermMatches[], docId: number): string[] {
  const listed: string[] = []
  for (const { derived, derivedTerms, within } of perTerm) {
    derived.forEach((data, position) => {
      const term = derivedTerms[position] ?? ''
      if (listed.includes(term)) return
      const all = within[position]
      if (all && !all[docId]) return
      for (const freqs of data.values()) {
        if (freqs.has(docId)) {
          listed.push(term)
          return
        }
      }
    })
  }
  return listed
}
