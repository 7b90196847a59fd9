import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page, test } from '@playwright/test'
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME } from '../../renderer/data/db'

/**
 * The schema upgrade in a real browser: Chromium's IndexedDB commits a transaction that has no
 * request pending, so an upgrade that waits for anything (the migrations' code loads only when
 * a database is upgraded) must keep its transaction alive. fake-indexeddb in the unit tests is
 * not that strict; this test opens a version 1 database as it shipped, here.
 */

interface DatabaseFixture {
  schemaVersion: number
  tables: Record<string, Record<string, unknown>[]>
}

const v1 = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'db', 'v1-settings.json'), 'utf8'),
) as DatabaseFixture

/** Writes the version 1 database as it shipped, from a blank page of the app's origin, before
 *  the app ever runs there. */
async function seedVersion1(page: Page): Promise<void> {
  await page.route('**/seed-v1.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
  )
  await page.goto('/seed-v1.html')
  await page.evaluate(
    ({ name, rows }) =>
      new Promise<void>((resolve, reject) => {
        // Dexie stores version n as IndexedDB version n × 10; version 1 held one store.
        const request = indexedDB.open(name, 10)
        request.onupgradeneeded = () => {
          const store = request.result.createObjectStore('settings', { keyPath: 'id' })
          for (const row of rows) store.put(row)
        }
        request.onsuccess = () => {
          request.result.close()
          resolve()
        }
        request.onerror = () => {
          reject(new Error(String(request.error)))
        }
      }),
    { name: DATABASE_NAME, rows: v1.tables['settings'] ?? [] },
  )
}

/** The IndexedDB version of Tidemark's database, as the browser has it now. */
function storedVersion(page: Page): Promise<number | undefined> {
  return page.evaluate(async (name) => {
    const databases = await indexedDB.databases()
    return databases.find((database) => database.name === name)?.version
  }, DATABASE_NAME)
}

test('upgrades a version 1 database on first start and keeps its settings', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await seedVersion1(page)

  // The fixture's settings: Chinese and dark, though the browser is English and light.
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .toBe('rgb(18, 21, 27)')
  expect(await storedVersion(page)).toBe(CURRENT_SCHEMA_VERSION * 10)
  // The screens open on the upgraded tables.
  await page.goto('/#/skills')
  await expect(page.getByRole('heading', { level: 1, name: '技能' })).toBeVisible()
  expect(errors).toEqual([])
})

test('says its own code is missing, and keeps the version 1 data, when the upgrade’s code cannot load', async ({
  page,
}) => {
  await seedVersion1(page)
  // The migrations' chunk missing on disk: the upgrade that needs it cannot run.
  await page.route(/\/assets\/migrations-[^/]*\.js$/, (route) => route.abort())
  await page.goto('/')
  // The plain message (open again or reinstall), not the database error screen with its
  // backups to restore, which would not help.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tidemark could not start' }),
  ).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('not changed')
  await expect(page.getByRole('button', { name: /restore/i })).toHaveCount(0)
  expect(await storedVersion(page)).toBe(10)

  // With its code back, the same data upgrades as it would have: nothing was lost.
  await page.unroute(/\/assets\/migrations-[^/]*\.js$/)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible()
  expect(await storedVersion(page)).toBe(CURRENT_SCHEMA_VERSION * 10)
})
