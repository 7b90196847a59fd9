import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Dexie } from 'dexie'
import { expect } from 'vitest'
import { SCHEMA_V1, SCHEMA_V2, TidemarkDatabase } from '../../../renderer/data/db'
import { DataValidationError } from '../../../renderer/data/validation'

/** A database of its own for one test: a fresh name, so no test sees another's rows. */
export async function freshDatabase(prefix: string): Promise<TidemarkDatabase> {
  const db = new TidemarkDatabase(`${prefix}-${crypto.randomUUID()}`)
  await db.open()
  return db
}

/** Every row of every table, by table name: compare before and after to prove nothing changed. */
export async function dumpDatabase(db: Dexie): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {}
  for (const table of db.tables) dump[table.name] = await table.toArray()
  return dump
}

/**
 * Expects `action` to be refused with a DataValidationError naming `path` among its issues,
 * and the database to hold exactly what it held before.
 */
export async function expectRefused(
  db: TidemarkDatabase,
  action: () => Promise<unknown>,
  path: string,
): Promise<DataValidationError> {
  const before = await dumpDatabase(db)
  let caught: unknown
  try {
    await action()
  } catch (error) {
    caught = error
  }
  expect(caught, `expected a DataValidationError naming ${path}`).toBeInstanceOf(
    DataValidationError,
  )
  const error = caught as DataValidationError
  expect(error.issues.map((issue) => issue.path)).toContain(path)
  expect(await dumpDatabase(db)).toEqual(before)
  return error
}

/** A copy of `record` without `keys` (storage-only fields, say). */
export function without<T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> {
  const dropped = new Set<PropertyKey>(keys)
  return Object.fromEntries(Object.entries(record).filter(([key]) => !dropped.has(key))) as Omit<
    T,
    K
  >
}

/** A moment given in the local time zone (snapshots are dated by the user's own calendar). */
export function localMoment(year: number, month: number, day: number, hour = 12, minute = 0) {
  return new Date(year, month - 1, day, hour, minute)
}

// ——— Fixture databases of older schema versions ———

/** Each shipped schema version's stores, as a fixture database of that version is created. */
const SCHEMAS_BY_VERSION: Record<number, Record<string, string>> = { 1: SCHEMA_V1, 2: SCHEMA_V2 }

export interface DatabaseFixture {
  schemaVersion: number
  description: string
  tables: Record<string, Record<string, unknown>[]>
}

/** Reads tests/fixtures/db/<name>.json. */
export function loadDatabaseFixture(name: string): DatabaseFixture {
  const raw = JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'fixtures', 'db', `${name}.json`), 'utf8'),
  ) as DatabaseFixture
  if (SCHEMAS_BY_VERSION[raw.schemaVersion] === undefined) {
    throw new Error(`fixture ${name}: no schema known for version ${raw.schemaVersion}`)
  }
  return raw
}

/**
 * Creates, under `name`, a database exactly as the fixture's schema version left it: a plain
 * Dexie declaring only that version, holding the fixture's rows. It is closed on return.
 */
export async function createFixtureDatabase(name: string, fixture: DatabaseFixture): Promise<void> {
  const stores = SCHEMAS_BY_VERSION[fixture.schemaVersion]
  if (!stores) throw new Error(`no schema for version ${fixture.schemaVersion}`)
  const old = new Dexie(name)
  old.version(fixture.schemaVersion).stores(stores)
  await old.open()
  for (const [table, rows] of Object.entries(fixture.tables)) {
    if (!(table in stores)) throw new Error(`version ${fixture.schemaVersion} has no ${table}`)
    await old.table(table).bulkPut(rows)
  }
  old.close()
}
