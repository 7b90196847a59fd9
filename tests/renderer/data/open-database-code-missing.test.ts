import { Dexie } from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import { AppCodeMissingError, openTidemarkDatabase } from '../../../renderer/data/open-database'
import { createFixtureDatabase, loadDatabaseFixture } from './data-helpers'

// The upgrade's code as a build whose chunk is missing on disk: importing it fails.
vi.mock('../../../renderer/data/migrations', () => {
  throw new Error('Failed to fetch dynamically imported module: migrations.js')
})

describe('an upgrade whose code cannot load', () => {
  it('is told as the app’s own failure, and leaves the version 1 data as it was', async () => {
    const name = `code-missing-${crypto.randomUUID()}`
    const fixture = loadDatabaseFixture('v1-settings')
    await createFixtureDatabase(name, fixture)

    const error = await openTidemarkDatabase(new TidemarkDatabase(name)).then(
      () => null,
      (thrown: unknown) => thrown,
    )
    expect(error).toBeInstanceOf(AppCodeMissingError)
    expect(String(error)).toMatch(/could not be loaded/)

    // Untouched: still version 1, its row as written.
    const raw = new Dexie(name)
    await raw.open()
    expect(raw.verno).toBe(1)
    expect(await raw.table('settings').toArray()).toEqual(fixture.tables['settings'])
    raw.close()
    await Dexie.delete(name)
  })

  it('does not stop a new database, which needs no upgrade', async () => {
    const db = new TidemarkDatabase(`code-missing-new-${crypto.randomUUID()}`)
    await openTidemarkDatabase(db)
    expect(db.verno).toBe(2)
    await db.delete()
  })
})
