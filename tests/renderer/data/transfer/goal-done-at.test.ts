import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveGoal } from '../../../../renderer/data/repositories/goals'
import { exportDocument } from '../../../../renderer/data/transfer/export'
import { EXPORT_VERSION } from '../../../../renderer/data/transfer/export-format'
import { checkImportText, importText } from '../../../../renderer/data/transfer/import'
import { freshDatabase } from '../data-helpers'
import { populate } from './populate'

/** When a goal was done (doneAt, export version 6) leaves the app and comes back with it. */

const opened: TidemarkDatabase[] = []
async function database(): Promise<TidemarkDatabase> {
  const db = await freshDatabase('goal-done-at')
  opened.push(db)
  return db
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const app = (iso: string) => ({ version: '0.1.0', now: new Date(iso) })
const fixture = (name: string) =>
  readFileSync(join(__dirname, '..', '..', '..', 'fixtures', 'exports', name), 'utf8')

const T1 = new Date('2026-11-20T09:00:00.000Z')
const DONE = new Date('2026-12-02T08:15:00.000Z')

describe('a done goal’s day in the export', () => {
  it('export → import → export carries doneAt, the same bytes but for exportedAt', async () => {
    const source = await database()
    await populate(source, T1)
    const goal = await saveGoal(
      source,
      { title: 'Ship a CUDA kernel', targetDate: '2026-12-31' },
      T1,
    )
    await saveGoal(source, { ...goal, done: true }, DONE)
    const first = await exportDocument(source, app('2026-12-03T10:00:00.000Z'))
    expect(first).toContain('"done":true,"doneAt":"2026-12-02T08:15:00.000Z"')

    const target = await database()
    await importText(target, first, 'replace')
    expect((await target.goals.get(goal.id))?.doneAt).toBe(DONE.toISOString())
    const second = await exportDocument(target, app('2026-12-04T10:00:00.000Z'))
    expect(second.replace('2026-12-04T10:00:00.000Z', '2026-12-03T10:00:00.000Z')).toBe(first)
  })

  it('a version 5 file is upgraded: its done goal keeps having no day (none is made up)', async () => {
    expect(EXPORT_VERSION).toBe(6)
    const text = fixture('v5-export.json')
    const document = checkImportText(text)
    expect(document.version).toBe(6)
    const raw = JSON.parse(text) as { data: { goals: unknown[] } }
    expect(document.data.goals).toEqual(raw.data.goals)
    const done = document.data.goals.find((goal) => goal.done)
    expect(done).toBeDefined()
    expect(done).not.toHaveProperty('doneAt')

    const db = await database()
    await importText(db, text, 'replace')
    const stored = await db.goals.get(done?.id ?? '')
    expect(stored?.done).toBe(true)
    expect(stored).not.toHaveProperty('doneAt')
  })

  it('a day that is not a timestamp is refused, naming the goal and the field', () => {
    const file = JSON.parse(fixture('v6-export.json')) as {
      data: { goals: Record<string, unknown>[] }
    }
    const index = file.data.goals.findIndex((candidate) => candidate['doneAt'] !== undefined)
    const goal = file.data.goals[index]
    if (!goal) throw new Error('the version 6 fixture has a goal with its day')
    goal['doneAt'] = 'last Tuesday'
    let refused: unknown
    try {
      checkImportText(JSON.stringify(file))
    } catch (error) {
      refused = error
    }
    expect(refused).toMatchObject({
      problem: {
        code: 'invalid',
        issues: [{ table: 'goals', index, id: goal['id'], field: 'doneAt' }],
      },
    })
  })
})

describe('merge (newest updatedAt wins) keeps the day', () => {
  async function withGoal() {
    const db = await database()
    const goal = await saveGoal(db, { title: 'Ship a CUDA kernel', targetDate: '2026-12-31' }, T1)
    return { db, goal }
  }

  it('the file’s newer done goal brings its day', async () => {
    const { db: source, goal } = await withGoal()
    const file0 = await exportDocument(source, app('2026-11-21T00:00:00.000Z'))
    const target = await database()
    await importText(target, file0, 'replace')
    await saveGoal(source, { ...goal, done: true }, DONE)
    const file = await exportDocument(source, app('2026-12-03T00:00:00.000Z'))
    const counts = await importText(target, file, 'merge')
    expect(counts.goals.updated).toBe(1)
    expect(await target.goals.get(goal.id)).toMatchObject({
      done: true,
      doneAt: DONE.toISOString(),
    })
  })

  it('a stored goal done later than the file’s copy keeps its day', async () => {
    const { db, goal } = await withGoal()
    const older = await exportDocument(db, app('2026-11-21T00:00:00.000Z'))
    await saveGoal(db, { ...goal, done: true }, DONE)
    const counts = await importText(db, older, 'merge')
    expect(counts.goals.keptNewer).toBe(1)
    expect((await db.goals.get(goal.id))?.doneAt).toBe(DONE.toISOString())
  })

  it('a goal reopened later than the file’s done copy stays open, without the old day', async () => {
    const { db, goal } = await withGoal()
    const done = await saveGoal(db, { ...goal, done: true }, DONE)
    const file = await exportDocument(db, app('2026-12-02T09:00:00.000Z'))
    await saveGoal(db, { ...done, done: false }, new Date('2026-12-03T09:00:00.000Z'))
    await importText(db, file, 'merge')
    const stored = await db.goals.get(goal.id)
    expect(stored?.done).toBe(false)
    expect(stored).not.toHaveProperty('doneAt')
  })
})
