import { liveQuery } from 'dexie'
import type { TidemarkDatabase } from '../db'
import type { StoredSkill } from '../records'
import { readJournalRevision } from '../repositories/meta'
import type { JournalChange } from '../repositories/journal'
import { draftImport, sameEntry } from './import-draft'
import { fieldGlossary } from './glossary'
import {
  indexedEntry,
  JournalIndex,
  type IndexedEntry,
  type SearchResults,
  type SkillNames,
} from './journal-index'
import { TOKENIZER_VERSION, type Fold } from './tokenize'

export interface SearchStatus {
  documents: number
  /** How the index came to be at open: loaded from its stored copy, or rebuilt from the
   *  entries because the copy was missing, stale (an older revision) or unreadable. */
  source: 'loaded' | 'rebuilt'
  rebuildReason?: 'missing' | 'stale' | 'corrupt' | 'tokenizer' | 'requested' | 'imported'
}

/** Whether an import replaces the journal or merges into it (transfer/import.ts's modes). */
export type ImportIndexMode = 'replace' | 'merge'

/**
 * An import file's index drafted while the file is checked (prepareImport): its journal rows,
 * read by import-draft.ts, indexed in steps in the background. It answers no search.
 */
interface Draft {
  /** The caller's handle for it (prepareImport's key). */
  key: number
  rows: readonly IndexedEntry[]
  index: JournalIndex
  /** How many rows are in `index` so far, from the first. */
  built: number
  /** Dropped or left: the steps stop. */
  stopped: boolean
}

/** An index being built beside an import's write, not yet answering searches. */
interface PendingImport {
  mode: ImportIndexMode
  /** The written entries' index, when no draft is followed. */
  index: JournalIndex | null
  /** The file's draft, followed while every entry written is its next row, as it stands. */
  draft: Draft | null
  /** How many of the draft's rows were written so far (in order, the same text). */
  matched: number
}

const PERSIST_DELAY_MS = 1500
/** After an import the new index answers at once; its copy is stored a few seconds later, so
 *  the user's first searches (the journal opened right after) are not queued behind serializing
 *  it (about 9 MB at 50,000 entries). A crash before then leaves the older copy: rebuilt. */
const IMPORT_PERSIST_DELAY_MS = 5000
const MAX_PERSIST_WAIT_MS = 15_000
const REBUILD_PAGE = 5000
/** Rows a draft indexes before it lets the worker's messages in (a search, a drop). */
const DRAFT_STEP = 1000

/** The skills' names by id, as the index names the skills entries link to. */
function namesOf(skills: readonly StoredSkill[]): Map<string, string> {
  return new Map(skills.map((skill) => [skill.id, skill.name]))
}

/** Lets the thread's queued tasks run (a message channel: timers are clamped when nested). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel()
    port1.onmessage = () => {
      port1.close()
      port2.close()
      resolve()
    }
    port2.postMessage(null)
  })
}

/**
 * The journal's search index kept in step with the database. Runs in the search worker (so
 * the UI thread stays free) and, in tests, in-process. The stored copy carries the journal
 * revision it was built from: a crash between a journal write and the next save of the index
 * leaves an older revision, and the next open rebuilds instead of answering from stale data.
 */
export class SearchService {
  private index: JournalIndex
  private persistTimer: ReturnType<typeof setTimeout> | null = null
  /** When a pending copy must be stored at the latest, searches or not (ms since epoch). */
  private persistBy: number | null = null
  /** When the pending copy is due now (ms since epoch). */
  private persistDue = 0
  /** The journal revision the index in memory reflects. */
  private revision = 0
  /** The index an import in progress is building (searches still use `index`). */
  private pending: PendingImport | null = null
  /** A file's draft, until an import takes it (beginImport) or it is dropped. */
  private draft: Draft | null = null
  /** The skills' names as last read: a new index names linked skills by these. */
  private skillNames: SkillNames = new Map()

  constructor(
    private readonly db: TidemarkDatabase,
    private readonly fold: Fold,
  ) {
    this.index = new JournalIndex(fold)
  }

  async open(): Promise<SearchStatus> {
    const [stored, revision, entries, skills] = await Promise.all([
      this.db.searchIndex.get('journal'),
      readJournalRevision(this.db),
      this.db.journal.count(),
      this.db.skills.toArray(),
    ])
    this.skillNames = namesOf(skills)
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
        // Skills renamed or deleted since the copy was stored (neither changes the journal's
        // revision): their entries are named anew, and the copy stored again.
        if (index.setSkillNames(this.skillNames)) this.schedulePersist()
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
    const { entries, revision, skills } = await this.db.transaction(
      'r',
      [this.db.journal, this.db.meta, this.db.skills],
      async () => ({
        entries: await this.db.journal.toArray(),
        revision: await readJournalRevision(this.db),
        skills: await this.db.skills.toArray(),
      }),
    )
    this.skillNames = namesOf(skills)
    const index = new JournalIndex(this.fold, undefined, this.skillNames)
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
    // A skill made with the entry that links it, not yet heard of: the names read again.
    const names = this.skillNames
    if (entries.some((entry) => entry?.skillIds.some((id) => !names.has(id)))) {
      this.setSkillNames(namesOf(await this.db.skills.toArray()))
    }
    const gone: string[] = []
    entries.forEach((entry, position) => {
      if (entry) this.index.upsert([indexedEntry(entry)])
      else gone.push(change.ids[position] ?? '')
    })
    this.index.remove(gone)
    this.revision = change.revision
    this.schedulePersist()
  }

  /**
   * The skills' names from now on: the entries linked to a skill renamed or deleted are named
   * anew in the index in use (in place, JournalIndex.setSkillNames), and its copy stored
   * shortly. An import's index under way is named at its commit.
   */
  setSkillNames(names: SkillNames): void {
    this.skillNames = names
    if (this.index.setSkillNames(names)) this.schedulePersist()
  }

  /**
   * Follows the skills table (a live query: in the search worker, Dexie hears the UI thread's
   * writes on its BroadcastChannel), so a skill renamed or deleted is searched by its new name
   * or no longer, with nothing asked of the UI thread. Returns the way to stop.
   */
  watchSkills(): () => void {
    const subscription = liveQuery(() => this.db.skills.toArray()).subscribe({
      next: (skills) => {
        this.setSkillNames(namesOf(skills))
      },
      error: (error: unknown) => {
        console.warn('Tidemark: the search stopped following skills', error)
      },
    })
    return () => {
      subscription.unsubscribe()
    }
  }

  /**
   * A file is about to be checked for an import: draft its index meanwhile, from its own
   * rows (import-draft.ts), in steps, on this thread while the check runs on another. An
   * import that begins with this `key` follows the draft as long as it writes exactly these
   * rows; anything else drops it. Only the newest draft is kept.
   */
  prepareImport(key: number, file: string | ArrayBuffer): void {
    this.dropDraft()
    const drafted = draftImport(file)
    if (drafted === null) return
    const draft: Draft = {
      key,
      rows: drafted.entries,
      // Named by the file's skills, which the import writes: named again at its commit.
      index: new JournalIndex(this.fold, undefined, drafted.skillNames),
      built: 0,
      stopped: false,
    }
    this.draft = draft
    void this.buildDraft(draft)
  }

  /** The file of `key` is not imported (refused, cancelled): its draft is dropped. */
  dropImport(key: number): void {
    if (this.draft?.key === key) this.dropDraft()
  }

  /** Whether the import in progress still follows its file's draft (for tests). */
  get followsDraft(): boolean {
    return this.pending?.draft != null
  }

  /**
   * An import is about to write: build its index beside the write, from the entries it writes
   * (`importEntries`, in the write's chunks, so tokenizing runs on this thread while the UI
   * thread waits on IndexedDB), or follow the draft of its file (`prepared`: prepareImport's
   * key), which has most of that work done. The index in use keeps answering until
   * `commitImport`.
   */
  beginImport(mode: ImportIndexMode, prepared: number | null = null): void {
    if (this.pending?.draft) this.pending.draft.stopped = true
    const draft = prepared !== null && this.draft?.key === prepared ? this.draft : null
    if (draft) this.draft = null
    else this.dropDraft()
    this.pending = {
      mode,
      index: draft ? null : new JournalIndex(this.fold, undefined, this.skillNames),
      draft,
      matched: 0,
    }
  }

  /**
   * Entries the import is writing (added or changed), as written. While they are the draft's
   * next rows, nothing more is to be done; at the first that is not, the draft is left and
   * the index is built from the entries written (the rows matched so far, then these).
   */
  importEntries(entries: readonly IndexedEntry[]): void {
    const pending = this.pending
    if (!pending) throw new Error('no import in progress')
    if (pending.draft) {
      const { rows } = pending.draft
      let next = pending.matched
      while (next - pending.matched < entries.length) {
        if (!sameEntry(entries[next - pending.matched] as IndexedEntry, rows[next])) break
        next++
      }
      if (next - pending.matched === entries.length) {
        pending.matched = next
        return
      }
      this.leaveDraft(pending)
    }
    pending.index?.upsert(entries)
  }

  /** Builds a draft's index a step at a time, letting messages in between, until done. */
  private async buildDraft(draft: Draft): Promise<void> {
    while (!draft.stopped && draft.built < draft.rows.length) {
      this.draftStep(draft, DRAFT_STEP)
      await nextTask()
    }
  }

  private draftStep(draft: Draft, count: number): void {
    const end = Math.min(draft.rows.length, draft.built + count)
    draft.index.upsert(draft.rows.slice(draft.built, end))
    draft.built = end
  }

  /** Stops following the draft: the index is built from the entries written so far. */
  private leaveDraft(pending: PendingImport): void {
    const draft = pending.draft
    if (!draft) return
    draft.stopped = true
    pending.draft = null
    const index = new JournalIndex(this.fold, undefined, this.skillNames)
    const written = draft.rows.slice(0, pending.matched)
    for (let start = 0; start < written.length; start += REBUILD_PAGE) {
      index.upsert(written.slice(start, start + REBUILD_PAGE))
    }
    pending.index = index
  }

  private dropDraft(): void {
    if (this.draft) this.draft.stopped = true
    this.draft = null
  }

  /**
   * The import committed at `revision`: its index answers from now on, and is stored shortly.
   * A merge keeps stored entries the file did not change (`kept` of them; null: not known):
   * those are read now, after the commit, and only those (the entries the import wrote are
   * in the index already and win). Read at the start instead, the read queued behind the
   * import's own transaction and then read every entry it had written (measured: most of
   * the 2.5 s the index lagged behind the write at 50,000 entries).
   * Checked against the journal first: an index that does not hold as many entries as the
   * journal at that revision is not trusted, and the journal is indexed from what is stored.
   */
  async commitImport(revision: number, kept: number | null = null): Promise<SearchStatus> {
    const pending = this.pending
    if (!pending) throw new Error('no import in progress')
    this.pending = null
    // A later change this service already followed (by rebuilding): the built index is older.
    if (revision <= this.revision) {
      if (pending.draft) pending.draft.stopped = true
      return { documents: this.index.size, source: 'rebuilt' }
    }
    // The draft holds the import's entries only if every row was written: then it is
    // finished here (what its steps have not done yet); else the written ones are indexed.
    const draft = pending.draft
    if (draft && pending.matched === draft.rows.length) {
      draft.stopped = true
      this.draftStep(draft, draft.rows.length)
      pending.index = draft.index
    } else {
      this.leaveDraft(pending)
    }
    const index = pending.index ?? new JournalIndex(this.fold, undefined, this.skillNames)
    const readKept = pending.mode === 'merge' && kept !== 0
    const { count, current, stored, skills } = await this.db.transaction(
      'r',
      [this.db.journal, this.db.meta, this.db.skills],
      async () => {
        const current = await readJournalRevision(this.db)
        const skills = await this.db.skills.toArray()
        if (!readKept) {
          return { count: await this.db.journal.count(), current, stored: [], skills }
        }
        const keys = await this.db.journal.toCollection().primaryKeys()
        const missing = keys.filter((key) => !index.has(key))
        return {
          count: keys.length,
          current,
          stored: await this.db.journal.bulkGet(missing),
          skills,
        }
      },
    )
    // The skills as the import left them: what the index was named by may differ (the file's
    // names, or the names before a replace).
    this.skillNames = namesOf(skills)
    index.setSkillNames(this.skillNames)
    const keptEntries = stored.filter((entry) => entry !== undefined).map(indexedEntry)
    for (let start = 0; start < keptEntries.length; start += REBUILD_PAGE) {
      index.upsert(keptEntries.slice(start, start + REBUILD_PAGE))
    }
    // Only comparable at the import's own revision; a later write is applied when announced.
    if (current === revision && count !== index.size) return this.rebuild('corrupt')
    this.index = index
    this.revision = revision
    this.schedulePersist(IMPORT_PERSIST_DELAY_MS)
    return { documents: this.index.size, source: 'rebuilt', rebuildReason: 'imported' }
  }

  /** The import was cancelled or failed: nothing changed, the index in use stays. */
  abortImport(): void {
    if (this.pending?.draft) this.pending.draft.stopped = true
    this.pending = null
  }

  search(query: string, limit = 50): SearchResults {
    this.postponePersist()
    // Across languages (glossary.ts): 推理 also finds "inference", "training" 训练.
    return this.index.search(query, limit, fieldGlossary())
  }

  get documents(): number {
    return this.index.size
  }

  /** Writes any pending copy now (the window is closing, a test wants it stored). */
  async flush(): Promise<void> {
    if (this.persistTimer === null) return
    clearTimeout(this.persistTimer)
    this.persistTimer = null
    this.persistBy = null
    await this.persist()
  }

  private schedulePersist(delay = PERSIST_DELAY_MS): void {
    this.persistBy ??= Date.now() + MAX_PERSIST_WAIT_MS
    this.startPersistTimer(Math.min(delay, Math.max(0, this.persistBy - Date.now())))
  }

  /**
   * Storing the copy holds this thread for a second or two (serializing about 9 MB at 50,000
   * entries): while searches keep coming (the user typing), it waits for a pause, up to
   * MAX_PERSIST_WAIT_MS after it was first due.
   */
  private postponePersist(): void {
    if (this.persistTimer === null || this.persistBy === null) return
    const now = Date.now()
    const wanted = Math.max(PERSIST_DELAY_MS, this.persistDue - now)
    this.startPersistTimer(Math.min(wanted, Math.max(0, this.persistBy - now)))
  }

  private startPersistTimer(delay: number): void {
    if (this.persistTimer !== null) clearTimeout(this.persistTimer)
    this.persistDue = Date.now() + delay
    this.persistTimer = setTimeout(() => {
      this.persistBy = null
      this.persistTimer = null
      // A copy that could not be stored is older than the journal: the next start rebuilds.
      this.persist().catch((error: unknown) => {
        console.warn('Tidemark: the search index could not be stored', error)
      })
    }, delay)
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
