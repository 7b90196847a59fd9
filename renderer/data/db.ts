import { Dexie, type EntityTable } from 'dexie'
import type { AppSettings } from './settings-schema'

/**
 * Tidemark's IndexedDB database. Each schema version stays declared here for good; a later
 * version adds its stores and moves data in `.upgrade()`, tested on fixtures of every older one.
 */
export class TidemarkDatabase extends Dexie {
  settings!: EntityTable<AppSettings, 'id'>

  constructor(name = 'tidemark') {
    super(name)
    this.version(1).stores({
      settings: 'id',
    })
  }
}

export const DATABASE_NAME = 'tidemark'
