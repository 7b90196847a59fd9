import { Dexie, type EntityTable } from 'dexie'
import type { AppSettings } from './settings-schema'

/** The database's name: with the origin, it is what finds the user's data again. Never change it. */
export const DATABASE_NAME = 'tidemark'

/**
 * Tidemark's IndexedDB database. Each schema version stays declared here for good; a later
 * version adds its stores and moves data in `.upgrade()`, tested on fixtures of every older one.
 */
export class TidemarkDatabase extends Dexie {
  settings!: EntityTable<AppSettings, 'id'>

  constructor(name = DATABASE_NAME) {
    super(name)
    this.version(1).stores({
      settings: 'id',
    })
  }
}
