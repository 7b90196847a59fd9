import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../renderer/data/db'
import { deleteGoal, restoreGoal, saveGoal } from '../../../renderer/data/repositories/goals'
import {
  deleteJournalEntry,
  onJournalChange,
  restoreJournalEntry,
  saveJournalEntry,
  type JournalChange,
} from '../../../renderer/data/repositories/journal'
import { readJournalRevision } from '../../../renderer/data/repositories/meta'
import { saveOffer } from '../../../renderer/data/repositories/offers'
import { deleteSkill, saveSkill } from '../../../renderer/data/repositories/skills'
import { DataValidationError } from '../../../renderer/data/validation'
import { freshDatabase } from './data-helpers'
import { loadPersona } from '../../helpers/personas'

let db: TidemarkDatabase

beforeEach(async () => {
  db = await freshDatabase('restore-deleted')
})

afterEach(async () => {
  await db.delete()
})

const T1 = new Date('2026-07-01T08:00:00.000Z')
const T2 = new Date('2026-07-05T08:00:00.000Z')

async function linkedEntry() {
  const skill = await saveSkill(db, {
    name: 'Quantization',
    domain: 'model-optimization',
    level: 3,
  })
  const [anOffer] = loadPersona('p1').offers
  if (!anOffer) throw new Error('the persona has no offer')
  const offer = await saveOffer(db, anOffer, T1)
  const entry = await saveJournalEntry(
    db,
    {
      kind: 'interview',
      date: '2026-06-30',
      title: 'ByteDance second round',
      body: 'int8 vs fp8',
      tags: ['quant'],
      company: 'ByteDance',
      skillIds: [skill.id],
      offerId: offer.id,
      evidence: [{ skillId: skill.id, kind: 'production' }],
    },
    T1,
  )
  return { skill, entry }
}

describe('undoing a deletion', () => {
  it('puts a journal entry back exactly: id, stamps, links and evidence', async () => {
    const { entry } = await linkedEntry()
    const scoreWith = (await db.skillSnapshots.get('2026-07-01'))?.score
    await deleteJournalEntry(db, entry.id, T2)
    const scoreWithout = (await db.skillSnapshots.get('2026-07-05'))?.score
    const before = await readJournalRevision(db)
    const changes: JournalChange[] = []
    const stop = onJournalChange(db, (change) => changes.push(change))
    expect(await restoreJournalEntry(db, entry, T2)).toEqual({ entry, droppedLinks: 0 })
    stop()
    expect(await db.journal.get(entry.id)).toEqual(entry)
    expect(await readJournalRevision(db)).toBe(before + 1)
    expect(changes).toEqual([{ kind: 'put', ids: [entry.id], revision: before + 1 }])
    // Evidence back, so today's score counts it again (review: a count of snapshots could
    // not fail, the save and the delete had written some).
    expect(scoreWithout).toBeLessThan(scoreWith ?? 0)
    expect((await db.skillSnapshots.get('2026-07-05'))?.score).toBe(scoreWith)
  })

  it('puts an entry back without its link to a skill deleted meanwhile, and says so', async () => {
    const { skill, entry } = await linkedEntry()
    await deleteJournalEntry(db, entry.id, T2)
    await deleteSkill(db, skill.id)
    const restored = await restoreJournalEntry(db, entry, T2)
    expect(restored.droppedLinks).toBe(1)
    const { skillIds: _skills, evidence: _evidence, ...unchanged } = entry
    expect(await db.journal.get(entry.id)).toEqual({ ...unchanged, skillIds: [], evidence: [] })
    expect(restored.entry).toEqual(await db.journal.get(entry.id))
  })

  it('refuses an entry that is not a valid record, and writes nothing', async () => {
    const { entry } = await linkedEntry()
    await deleteJournalEntry(db, entry.id, T2)
    await expect(restoreJournalEntry(db, { ...entry, title: '' }, T2)).rejects.toBeInstanceOf(
      DataValidationError,
    )
    expect(await db.journal.count()).toBe(0)
  })

  it('puts a goal back exactly', async () => {
    const goal = await saveGoal(
      db,
      {
        title: 'Three interviews',
        targetDate: '2026-12-31',
        target: { kind: 'entry-count', journalKind: 'interview', count: 3, from: '2026-11-01' },
      },
      T1,
    )
    await deleteGoal(db, goal.id)
    await restoreGoal(db, goal)
    expect(await db.goals.get(goal.id)).toEqual(goal)
  })
})
