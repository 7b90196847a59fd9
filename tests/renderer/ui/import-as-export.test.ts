import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import { saveGoal } from '../../../renderer/data/repositories/goals'
import { saveProfile } from '../../../renderer/data/repositories/profile'
import { holdsNothing } from '../../../renderer/ui/screens/settings/import-as-export'
import { loadPersona } from '../../helpers/personas'

let db: TidemarkDatabase | undefined
afterEach(() => {
  db?.close()
})

async function freshDatabase() {
  db = new TidemarkDatabase(`import-as-export-${crypto.randomUUID()}`)
  await db.open()
  return db
}

/**
 * A merge into a browser that "holds nothing" counts as an export. A profile or a goal is the
 * user's too, and the merged file lacks them (review: only skills, offers and entries counted).
 */
describe('holdsNothing', () => {
  it('is true of a fresh database only', async () => {
    expect(await holdsNothing(await freshDatabase())).toBe(true)
  })

  it('is false with a profile alone', async () => {
    const fresh = await freshDatabase()
    await saveProfile(fresh, loadPersona('p1').profile)
    expect(await holdsNothing(fresh)).toBe(false)
  })

  it('is false with a goal alone', async () => {
    const fresh = await freshDatabase()
    await saveGoal(fresh, { title: 'Ship it', targetDate: '2027-01-01', skillIds: [] })
    expect(await holdsNothing(fresh)).toBe(false)
  })
})
