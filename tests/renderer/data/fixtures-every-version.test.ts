import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, SCHEMA_V2, TidemarkDatabase } from '../../../renderer/data/db'
import { openTidemarkDatabase } from '../../../renderer/data/open-database'
import { EXPORT_TABLES, EXPORT_VERSION } from '../../../renderer/data/transfer/export-format'
import { exportDocument, readExportData } from '../../../renderer/data/transfer/export'
import { checkImportText, importText } from '../../../renderer/data/transfer/import'
import type { DatabaseFixture } from './data-helpers'

/**
 * Upgrade tests from a fixture of every export version and every database schema version
 * (issue #10): a version that moves leaves its old fixture here, and the old fixture must keep
 * importing, or opening, with nothing lost.
 */

const fixtures = join(__dirname, '..', '..', 'fixtures')

/** The fixture files in a folder, by the version their name starts with (v1-…, v2-…). */
function byVersion(folder: string): Map<number, string[]> {
  const found = new Map<number, string[]>()
  for (const file of readdirSync(join(fixtures, folder)).sort()) {
    const version = /^v(\d+)-.*\.json$/.exec(file)?.[1]
    if (version === undefined) continue
    found.set(Number(version), [...(found.get(Number(version)) ?? []), file])
  }
  return found
}

const names: string[] = []
function databaseName(prefix: string): string {
  const name = `${prefix}-${crypto.randomUUID()}`
  names.push(name)
  return name
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

const exportFixtures = byVersion('exports')

describe('export fixtures', () => {
  it('there is one for every export version up to the current one', () => {
    const versions = Array.from({ length: EXPORT_VERSION }, (_, index) => index + 1)
    expect(versions.filter((version) => !exportFixtures.has(version))).toEqual([])
  })

  for (const [version, files] of exportFixtures) {
    for (const file of files) {
      it(`${file} (version ${version}) imports with nothing lost`, async () => {
        const text = readFileSync(join(fixtures, 'exports', file), 'utf8')
        const raw = JSON.parse(text) as { version: number; data: Record<string, unknown> }
        expect(raw.version).toBe(version)
        const document = checkImportText(text)

        const db = new TidemarkDatabase(databaseName('export-fixture'))
        await db.open()
        const counts = await importText(db, text, 'replace')
        const stored = await readExportData(db)
        for (const table of EXPORT_TABLES) {
          const rows = raw.data[table]
          const expected = Array.isArray(rows) ? rows.length : rows === null ? 0 : 1
          expect(counts[table].added, table).toBe(expected)
          // Every record in the file is stored, as the (upgraded) document holds it.
          expect(stored[table], table).toEqual(document.data[table])
        }
        expect(stored.journal.length).toBeGreaterThan(0)

        const again = await exportDocument(db, {
          version: document.app.version,
          now: new Date(document.exportedAt),
        })
        if (version === EXPORT_VERSION) {
          // The current version's file comes back as it is (prettier formats the fixture, so
          // the comparison is of the JSON, not of the bytes; export-import.test.ts holds those).
          expect(JSON.parse(again)).toEqual(raw)
        } else {
          // An older file comes back in the current format, holding the same upgraded data.
          expect(checkImportText(again).data).toEqual(document.data)
        }
        db.close()
      })
    }
  }
})

/** Each schema version's stores, as a fixture database of that version is created. */
const STORES_BY_SCHEMA: Record<number, Record<string, string>> = { 2: SCHEMA_V2 }

/** Rows sorted by their JSON, so stores compare whatever order their keys put them in. */
function sorted(rows: readonly unknown[]): unknown[] {
  return [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
}

describe('database fixtures', () => {
  const databaseFixtures = byVersion('db')

  it('there is one for every schema version up to the current one', () => {
    const versions = Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, index) => index + 1)
    expect(versions.filter((version) => !databaseFixtures.has(version))).toEqual([])
  })

  // Version 1's fixture is upgraded in migrations.test.ts; the later ones are opened here.
  for (const [version, files] of databaseFixtures) {
    if (version === 1) continue
    for (const file of files) {
      it(`${file} (version ${version}) opens with nothing lost`, async () => {
        const fixture = JSON.parse(
          readFileSync(join(fixtures, 'db', file), 'utf8'),
        ) as DatabaseFixture
        expect(fixture.schemaVersion).toBe(version)
        const stores = STORES_BY_SCHEMA[version]
        if (!stores) throw new Error(`no stores known for schema version ${version}`)

        // The database exactly as that version left it: a plain Dexie declaring only it.
        const name = databaseName('db-fixture')
        const old = new Dexie(name)
        old.version(version).stores(stores)
        await old.open()
        for (const [table, rows] of Object.entries(fixture.tables)) {
          expect(stores, `version ${version} has no ${table}`).toHaveProperty(table)
          await old.table(table).bulkPut(rows)
        }
        old.close()

        const db = new TidemarkDatabase(name)
        await openTidemarkDatabase(db)
        for (const [table, rows] of Object.entries(fixture.tables)) {
          expect(rows.length, table).toBeGreaterThan(0)
          expect(sorted(await db.table(table).toArray()), table).toEqual(sorted(rows))
        }
        // And every record is one the export accepts: the data leaves the app whole.
        const exported = checkImportText(
          await exportDocument(db, { version: 'test', now: new Date() }),
        )
        expect(exported.data.journal).toHaveLength(fixture.tables['journal']?.length ?? 0)
        db.close()
      })
    }
  }
})
