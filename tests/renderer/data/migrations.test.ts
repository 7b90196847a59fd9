import { Dexie } from 'dexie'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  TidemarkDatabase,
} from '../../../renderer/data/db'
import { upgradeToV2 } from '../../../renderer/data/migrations'
import { readSettings } from '../../../renderer/data/settings-repository'
import {
  appSettingsSchema,
  DEFAULT_SETTINGS,
  LANGUAGE_CHOICES,
  THEME_CHOICES,
} from '../../../renderer/data/settings-schema'
import { createFixtureDatabase, loadDatabaseFixture } from './data-helpers'

const opened: Dexie[] = []
const names: string[] = []

function databaseName(): string {
  const name = `migration-test-${crypto.randomUUID()}`
  names.push(name)
  return name
}

async function openCurrent(name: string): Promise<TidemarkDatabase> {
  const db = new TidemarkDatabase(name)
  opened.push(db)
  await db.open()
  return db
}

afterEach(async () => {
  for (const db of opened.splice(0)) db.close()
  for (const name of names.splice(0)) await Dexie.delete(name)
})

/** The stores of a schema spec and, for each, its index names (multi-entry marked by '*'). */
function indexesOf(spec: string): { name: string; multiEntry: boolean }[] {
  return spec
    .split(',')
    .slice(1)
    .map((part) => part.trim())
    .map((part) => ({ name: part.replace(/^\*/, ''), multiEntry: part.startsWith('*') }))
}

describe('the v1 fixture', () => {
  it('is a real version 1 database: one settings store holding the fixture rows', async () => {
    const fixture = loadDatabaseFixture('v1-settings')
    const name = databaseName()
    await createFixtureDatabase(name, fixture)

    // Opened without declaring a version, Dexie reports what is on disk.
    const raw = new Dexie(name)
    opened.push(raw)
    await raw.open()
    expect(raw.verno).toBe(1)
    expect(raw.tables.map((table) => table.name)).toEqual(Object.keys(SCHEMA_V1))
    expect(await raw.table('settings').toArray()).toEqual(fixture.tables['settings'])
  })
})

describe('upgrading a v1 database to the current version', () => {
  it('keeps the settings row unchanged, adds every new table empty, and reports the version', async () => {
    const fixture = loadDatabaseFixture('v1-settings')
    const name = databaseName()
    await createFixtureDatabase(name, fixture)

    const db = await openCurrent(name)

    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    const rows = fixture.tables['settings'] ?? []
    expect(rows).toHaveLength(1)
    expect(await db.settings.toArray()).toEqual(rows)
    expect(await readSettings(db)).toEqual(rows[0])

    const storeNames = [...db.backendDB().objectStoreNames].sort()
    expect(storeNames).toEqual(Object.keys(SCHEMA_V2).sort())
    for (const table of Object.keys(SCHEMA_V2).filter((table) => !(table in SCHEMA_V1))) {
      expect(await db.table(table).count(), table).toBe(0)
    }
  })

  it('creates the declared indexes in IndexedDB itself (tags and skill links multi-entry)', async () => {
    const name = databaseName()
    await createFixtureDatabase(name, loadDatabaseFixture('v1-settings'))
    const db = await openCurrent(name)

    const transaction = db.backendDB().transaction(Object.keys(SCHEMA_V2), 'readonly')
    for (const [table, spec] of Object.entries(SCHEMA_V2)) {
      const store = transaction.objectStore(table)
      const expected = indexesOf(spec)
      expect([...store.indexNames].sort(), table).toEqual(expected.map((i) => i.name).sort())
      for (const index of expected) {
        expect(store.index(index.name).multiEntry, `${table}.${index.name}`).toBe(index.multiEntry)
      }
    }
    // Queries the screens make run on the upgraded database.
    expect(await db.journal.where('tags').equals('rust').count()).toBe(0)
    expect(await db.offers.orderBy('deadline').toArray()).toEqual([])
  })

  it('falls back to the default theme for a v1 row whose theme no longer parses, keeping the language', async () => {
    const fixture = loadDatabaseFixture('v1-settings')
    const original = fixture.tables['settings']?.[0]
    expect(original).toBeDefined()
    const name = databaseName()
    await createFixtureDatabase(name, {
      ...fixture,
      tables: { settings: [{ ...original, theme: 'purple' }] },
    })

    const db = await openCurrent(name)

    expect(await db.settings.toArray()).toEqual([{ ...original, theme: DEFAULT_SETTINGS.theme }])
  })

  it('upgrades a v1 database that never stored settings to an empty current one', async () => {
    const name = databaseName()
    await createFixtureDatabase(name, { ...loadDatabaseFixture('v1-settings'), tables: {} })
    const db = await openCurrent(name)
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    expect(await db.settings.count()).toBe(0)
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS)
  })

  it('leaves an upgraded database alone when it is opened again', async () => {
    const fixture = loadDatabaseFixture('v1-settings')
    const name = databaseName()
    await createFixtureDatabase(name, fixture)
    const first = await openCurrent(name)
    await first.skills.put({
      id: 's1',
      name: 'vLLM',
      domain: 'inference-acceleration',
      level: 3,
      evidence: ['production'],
      createdAt: '2026-01-03T00:00:00.000Z',
      updatedAt: '2026-01-03T00:00:00.000Z',
    })
    first.close()

    const second = await openCurrent(name)
    expect(second.verno).toBe(CURRENT_SCHEMA_VERSION)
    expect(await second.settings.toArray()).toEqual(fixture.tables['settings'])
    expect(await second.skills.count()).toBe(1)
  })
})

describe('upgradeToV2.settings, the pure transform', () => {
  it.each([null, undefined, 'dark', 42, true])('turns %j into the default settings', (row) => {
    expect(upgradeToV2.settings(row)).toEqual(DEFAULT_SETTINGS)
  })

  it('turns a row of nothing but garbage fields into the default settings', () => {
    expect(
      upgradeToV2.settings({ id: 7, language: 'klingon', theme: 3, updatedAt: 'yesterday' }),
    ).toEqual(DEFAULT_SETTINGS)
    expect(upgradeToV2.settings([])).toEqual(DEFAULT_SETTINGS)
  })

  it('keeps the fields that parse and defaults only the missing ones', () => {
    expect(upgradeToV2.settings({ id: 'app', language: 'en' })).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'en',
    })
    expect(upgradeToV2.settings({ theme: 'light' })).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'light',
    })
    expect(
      upgradeToV2.settings({ language: 'zh-CN', theme: 'purple', updatedAt: 'not a date' }),
    ).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-CN' })
  })

  it('keeps a valid updatedAt and drops fields the schema does not know', () => {
    const upgraded = upgradeToV2.settings({
      id: 'app',
      theme: 'dark',
      updatedAt: '2026-01-02T03:04:05.000Z',
      fontSize: 14,
    })
    expect(upgraded).toEqual({
      id: 'app',
      language: DEFAULT_SETTINGS.language,
      theme: 'dark',
      updatedAt: '2026-01-02T03:04:05.000Z',
    })
  })

  it('always gives the row id "app", whatever id the old row had', () => {
    expect(upgradeToV2.settings({ id: 'settings', language: 'en' }).id).toBe('app')
  })

  it('does not change the row it is given', () => {
    const row = { id: 'app', language: 'en', theme: 'purple' }
    const copy = structuredClone(row)
    upgradeToV2.settings(row)
    expect(row).toEqual(copy)
  })

  it('gives a valid settings row for any input, keeping every field that was valid', () => {
    const field = <T>(valid: fc.Arbitrary<T>) =>
      fc.oneof(valid, fc.anything(), fc.constant(undefined))
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              id: field(fc.constant('app')),
              language: field(fc.constantFrom(...LANGUAGE_CHOICES)),
              theme: field(fc.constantFrom(...THEME_CHOICES)),
              updatedAt: field(
                fc
                  .date({
                    min: new Date('2000-01-01T00:00:00Z'),
                    max: new Date('2100-01-01T00:00:00Z'),
                    noInvalidDate: true,
                  })
                  .map((date) => date.toISOString()),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
        (row) => {
          const upgraded = upgradeToV2.settings(row)
          expect(appSettingsSchema.safeParse(upgraded).success).toBe(true)
          expect(upgraded.id).toBe('app')
          if (typeof row !== 'object' || row === null) return
          const fields = row as Record<string, unknown>
          for (const key of ['language', 'theme', 'updatedAt'] as const) {
            const single = appSettingsSchema.shape[key].safeParse(fields[key])
            if (single.success && fields[key] !== undefined) {
              expect(upgraded[key], key).toEqual(fields[key])
            }
          }
        },
      ),
    )
  })
})
