import { Dexie, type EntityTable, type Table } from 'dexie'
import type {
  SkillSnapshot,
  StoredEngineSettings,
  StoredGoal,
  StoredJournalEntry,
  StoredOffer,
  StoredOverrides,
  StoredProfile,
  StoredSkill,
} from './records'
import type { AppSettings } from './settings-schema'

/** The database's name: with the origin, it is what finds the user's data again. Never change it. */
export const DATABASE_NAME = 'tidemark'

/** Small facts about the data itself (the journal's revision, the last export). */
export interface MetaRow {
  key: string
  value: unknown
}

/** The journal search index as the search worker serialized it, with the revision it matches. */
export interface SearchIndexRow {
  id: 'journal'
  /** The journal revision (meta `journalRevision`) the index was built from. */
  revision: number
  /** MiniSearch's JSON, with the tokenizer version it needs. */
  json: string
  tokenizerVersion: number
}

/** Version 1 as it shipped: only the settings row. Kept for fixtures and the upgrade tests. */
export const SCHEMA_V1 = { settings: 'id' } as const

/**
 * Version 2: the user's data. Indexes are what the screens ask for: the journal by date, kind,
 * tag, linked skill and offer; offers by status and deadline; snapshots by date. Each index
 * costs about 1-1.5 s per 50,000 journal writes (measured), so none is kept "just in case".
 */
export const SCHEMA_V2 = {
  settings: 'id',
  profile: 'id',
  skills: 'id',
  skillSnapshots: 'date',
  offers: 'id, status, deadline',
  journal: 'id, date, kind, *tags, *skillIds, offerId',
  goals: 'id, targetDate',
  engineSettings: 'id',
  rulesetOverrides: 'id',
  meta: 'key',
  searchIndex: 'id',
} as const

export const CURRENT_SCHEMA_VERSION = 2

/**
 * Tidemark's IndexedDB database. Each schema version stays declared here for good; a later
 * version adds its stores and moves data in `.upgrade()` through a pure transform in
 * migrations.ts, tested on a fixture of every older version.
 */
export class TidemarkDatabase extends Dexie {
  settings!: EntityTable<AppSettings, 'id'>
  profile!: EntityTable<StoredProfile, 'id'>
  skills!: EntityTable<StoredSkill, 'id'>
  skillSnapshots!: Table<SkillSnapshot, string>
  offers!: EntityTable<StoredOffer, 'id'>
  journal!: EntityTable<StoredJournalEntry, 'id'>
  goals!: EntityTable<StoredGoal, 'id'>
  engineSettings!: EntityTable<StoredEngineSettings, 'id'>
  rulesetOverrides!: EntityTable<StoredOverrides, 'id'>
  meta!: EntityTable<MetaRow, 'key'>
  searchIndex!: EntityTable<SearchIndexRow, 'id'>

  constructor(name = DATABASE_NAME) {
    super(name)
    // Another window opened a newer schema: close for good (no auto-reopen), so this older
    // code never reshapes or writes the newer data; the app asks the user to reload.
    this.on('versionchange', () => {
      this.close()
      return false
    })
    this.version(1).stores(SCHEMA_V1)
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (transaction) => {
        // Loaded only when a database is upgraded: the transforms bring zod, which every start
        // would otherwise run before the database even began to open (this module is in the
        // start's first script). Dexie.waitFor keeps the upgrade's transaction alive meanwhile.
        const { upgradeToV2 } = await Dexie.waitFor(import('./migrations'))
        const settings = transaction.table<unknown, string>('settings')
        const rows = await settings.toArray()
        await settings.bulkPut(rows.map((row) => upgradeToV2.settings(row)))
      })
  }
}
