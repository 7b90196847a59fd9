import type { TidemarkDatabase } from '../db'
import { readJournalRevision } from '../repositories/meta'
import type { JournalChange } from '../repositories/journal'
import { indexedEntry, JournalIndex, type SearchResults } from './journal-index'
import { TOKENIZER_VERSION, type Fold } from './tokenize'

export interface SearchStatus {
  documents: number
  /** How the index came to be at open: loaded from its stored copy, or rebuilt from the
   *  entries because the copy was missing, stale (an older revision) or unreadable. */
  source: 'loaded' | 'rebuilt'
  rebuildReason?: 'missing' | 'stale' | 'corrupt' | 'tokenizer' | 'requested'
}

const PERSIST_DELAY_MS = 1500
const REBUILD_PAGE = 5000

/**
 * The journal's search index kept in step with the database. Runs in the search worker (so
 * the UI thread stays free) and, in tests, in-process. The stored copy carries the journal
 * revision it was built from: a crash between a journal write and the next save of the index
 * leaves an older revision, and the next open rebuilds instead of answering from stale data.
 */
export class SearchService {
  private index: JournalIndex
  private persistTimer: ReturnType<typeof setTimeout> | null = null
  /** The journal revision the index in memory reflects. */
  private revision = 0

  constructor(
    private readonly db: TidemarkDatabase,
    private readonly fold: Fold,
  ) {
    this.index = new JournalIndex(fold)
  }

  async open(): Promise<SearchStatus> {
    const [stored, revision, entries] = await Promise.all([
      this.db.searchIndex.get('journal'),
      readJournalRevision(this.db),
      this.db.journal.count(),
    ])
    const reason = !stored
      ? 'missing'
      : stored.tokenizerVersion !== TOKENIZER_VERSION
        ? 'tokenizer'
        : stored.revision !== revision
          ? 'stale'
          : null
    if (stored && reason === null) {
      try {
        const index = new JournalIndex(this.fold, stored.json)
        // A copy that loads but holds another number of entries than the journal (an empty
        // text, another journal's index) is as corrupt as one that does not load.
        if (index.size !== entries) throw new Error('the stored index does not match the journal')
        this.index = index
        this.revision = stored.revision
        return { documents: this.index.size, source: 'loaded' }
      } catch {
        return this.rebuild('corrupt')
      }
    }
    return this.rebuild(reason ?? 'missing')
  }

  /** Builds the index from every entry and stores it, with the revision read alongside. */
  async rebuild(
    reason: NonNullable<SearchStatus['rebuildReason']> = 'requested',
  ): Promise<SearchStatus> {
    const { entries, revision } = await this.db.transaction(
      'r',
      [this.db.journal, this.db.meta],
      async () => ({
        entries: await this.db.journal.toArray(),
        revision: await readJournalRevision(this.db),
      }),
    )
    const index = new JournalIndex(this.fold)
    for (let start = 0; start < entries.length; start += REBUILD_PAGE) {
      index.upsert(entries.slice(start, start + REBUILD_PAGE).map(indexedEntry))
    }
    this.index = index
    this.revision = revision
    await this.persist()
    return { documents: index.size, source: 'rebuilt', rebuildReason: reason }
  }

  /**
   * Applies a committed journal change: reads the changed entries and updates the index. A
   * change is applied alone only when it is the very next revision; a gap means a write this
   * service never heard of (an import, another tab, a failed apply), and then only a rebuild
   * keeps the stored copy from claiming entries it does not hold.
   */
  async apply(change: JournalChange): Promise<void> {
    if (change.kind === 'reset') {
      await this.rebuild('requested')
      return
    }
    if (change.revision <= this.revision) return
    if (change.revision !== this.revision + 1) {
      await this.rebuild('stale')
      return
    }
    const entries = await this.db.journal.bulkGet(change.ids)
    const gone: string[] = []
    entries.forEach((entry, position) => {
      if (entry) this.index.upsert([indexedEntry(entry)])
      else gone.push(change.ids[position] ?? '')
    })
    this.index.remove(gone)
    this.revision = change.revision
    this.schedulePersist()
  }

  search(query: string, limit = 50): SearchResults {
    return this.index.search(query, limit)
  }

  get documents(): number {
    return this.index.size
  }

  /** Writes any pending copy now (the window is closing, a test wants it stored). */
  async flush(): Promise<void> {
    if (this.persistTimer === null) return
    clearTimeout(this.persistTimer)
    this.persistTimer = null
    await this.persist()
  }

  private schedulePersist(): void {
    if (this.persistTimer !== null) clearTimeout(this.persistTimer)
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null
      void this.persist()
    }, PERSIST_DELAY_MS)
  }

  private async persist(): Promise<void> {
    await this.db.searchIndex.put({
      id: 'journal',
      revision: this.revision,
      json: this.index.toJSON(),
      tokenizerVersion: TOKENIZER_VERSION,
    })
  }
}
