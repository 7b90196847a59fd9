import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../renderer/data/db'
import { storedGoalSchema, storedJournalEntrySchema } from '../../../renderer/data/records'
import {
  deleteGoal,
  listGoals,
  saveGoal,
  type GoalDraft,
} from '../../../renderer/data/repositories/goals'
import { saveJournalEntry } from '../../../renderer/data/repositories/journal'
import {
  deleteSkill,
  listSkills,
  saveSkill,
  skillLinks,
  type SkillDraft,
} from '../../../renderer/data/repositories/skills'
import { dumpDatabase, expectRefused, freshDatabase } from './data-helpers'

let db: TidemarkDatabase

beforeEach(async () => {
  db = await freshDatabase('skills-test')
})

afterEach(async () => {
  await db.delete()
})

const T1 = new Date('2026-06-01T08:00:00.000Z')
const T2 = new Date('2026-06-03T17:45:00.000Z')
const T3 = new Date('2026-06-09T11:11:00.000Z')

const vllm: SkillDraft = {
  name: 'vLLM',
  domain: 'inference-acceleration',
  level: 3,
  evidence: ['production'],
}

describe('skills', () => {
  it('adds a skill with a fresh id, both stamps at `now`', async () => {
    const saved = await saveSkill(db, vllm, T1)
    expect(saved.id).toMatch(/\S/)
    expect(saved).toEqual({
      ...vllm,
      id: saved.id,
      createdAt: T1.toISOString(),
      updatedAt: T1.toISOString(),
    })
    expect(await listSkills(db)).toEqual([saved])
  })

  it('gives each new skill its own id', async () => {
    const a = await saveSkill(db, vllm, T1)
    const b = await saveSkill(db, vllm, T1)
    expect(a.id).not.toBe(b.id)
    expect(await db.skills.count()).toBe(2)
  })

  it('updates a skill by id: createdAt kept, updatedAt moved to `now`', async () => {
    const created = await saveSkill(db, vllm, T1)
    const updated = await saveSkill(db, { ...vllm, id: created.id, level: 4 }, T2)
    expect(updated.createdAt).toBe(T1.toISOString())
    expect(updated.updatedAt).toBe(T2.toISOString())
    expect(await listSkills(db)).toEqual([updated])
    expect(updated.level).toBe(4)
  })

  it('keeps the id a draft brings for a new skill (an import)', async () => {
    const saved = await saveSkill(db, { ...vllm, id: 'imported-1' }, T1)
    expect(saved.id).toBe('imported-1')
    expect(saved.createdAt).toBe(T1.toISOString())
  })

  it.each([
    ['level', { level: 5 }],
    ['level', { level: 2.5 }],
    ['name', { name: '   ' }],
    ['domain', { domain: 'astrology' }],
    ['evidence.0', { evidence: ['rumour'] }],
    ['lastUsed', { lastUsed: '2026-02-30' }],
    ['id', { id: '' }],
  ])(
    'refuses a bad %s, naming it, and writes nothing (no skill, no snapshot)',
    async (path, change) => {
      await expectRefused(db, () => saveSkill(db, { ...vllm, ...change } as SkillDraft, T1), path)
      expect(await db.skills.count()).toBe(0)
      expect(await db.skillSnapshots.count()).toBe(0)
    },
  )

  it('refuses a bad update and keeps the stored skill and snapshot as they were', async () => {
    const created = await saveSkill(db, vllm, T1)
    await expectRefused(
      db,
      () => saveSkill(db, { ...vllm, id: created.id, level: -1 }, T2),
      'level',
    )
    expect(await db.skills.get(created.id)).toEqual(created)
  })
})

describe('goals', () => {
  const goal: GoalDraft = { title: 'Ship a vLLM patch', targetDate: '2026-09-30' }

  it('adds a goal with defaults and stamps, and updates it keeping createdAt', async () => {
    const created = await saveGoal(db, goal, T1)
    expect(created).toEqual({
      ...goal,
      id: created.id,
      skillIds: [],
      done: false,
      createdAt: T1.toISOString(),
      updatedAt: T1.toISOString(),
    })
    const updated = await saveGoal(db, { ...goal, id: created.id, done: true }, T2)
    expect(updated).toEqual({
      ...created,
      done: true,
      doneAt: T2.toISOString(),
      updatedAt: T2.toISOString(),
    })
    expect(await db.goals.toArray()).toEqual([updated])
  })

  it('lists goals by target date, the next one due first', async () => {
    const dates = ['2027-01-15', '2026-07-01', '2026-12-31', '2026-08-20']
    for (const targetDate of dates) await saveGoal(db, { ...goal, targetDate }, T1)
    expect((await listGoals(db)).map((g) => g.targetDate)).toEqual([...dates].sort())
  })

  it.each([
    ['title', { title: '' }],
    ['targetDate', { targetDate: 'next spring' }],
    ['target.level', { target: { kind: 'skill-level', skillId: 's1', level: 5 } }],
    [
      'target.count',
      { target: { kind: 'entry-count', journalKind: 'application', count: 0, from: '2026-06-01' } },
    ],
    ['target.kind', { target: { kind: 'vibes' } }],
  ])('refuses a bad %s, naming it, and stores nothing', async (path, change) => {
    await expectRefused(db, () => saveGoal(db, { ...goal, ...change } as GoalDraft, T1), path)
    expect(await db.goals.count()).toBe(0)
  })

  it('refuses a bad update and keeps the stored goal', async () => {
    const created = await saveGoal(db, goal, T1)
    await expectRefused(db, () => saveGoal(db, { ...goal, id: created.id, title: '' }, T2), 'title')
    expect(await db.goals.get(created.id)).toEqual(created)
  })

  it('deletes a goal', async () => {
    const a = await saveGoal(db, goal, T1)
    const b = await saveGoal(db, goal, T1)
    await deleteGoal(db, a.id)
    expect(await db.goals.toArray()).toEqual([b])
  })
})

describe('when a goal was done (doneAt)', () => {
  const goal: GoalDraft = { title: 'Ship a vLLM patch', targetDate: '2026-09-30' }

  it('marking done stores the moment in the same write; reopening drops it', async () => {
    const created = await saveGoal(db, goal, T1)
    expect(created).not.toHaveProperty('doneAt')
    const done = await saveGoal(db, { ...created, done: true }, T2)
    expect(done.doneAt).toBe(T2.toISOString())
    expect(await db.goals.get(created.id)).toEqual(done)
    const reopened = await saveGoal(db, { ...done, done: false }, T3)
    expect(reopened).not.toHaveProperty('doneAt')
    expect(await db.goals.get(created.id)).toEqual(reopened)
    // Done again: the new day, not the old one.
    const again = await saveGoal(db, { ...reopened, done: true }, new Date('2026-07-01T00:00:00Z'))
    expect(again.doneAt).toBe('2026-07-01T00:00:00.000Z')
  })

  it('a goal that stays done keeps its day through an edit that does not send it', async () => {
    const done = await saveGoal(db, { ...goal, done: true }, T1)
    expect(done.doneAt).toBe(T1.toISOString())
    // The goal form sends its fields, the id and done, not doneAt.
    const edited = await saveGoal(db, { ...goal, title: 'Ship two', id: done.id, done: true }, T3)
    expect(edited).toMatchObject({ title: 'Ship two', doneAt: T1.toISOString() })
    expect(edited.updatedAt).toBe(T3.toISOString())
  })

  it('a draft cannot set the day: the repository does', async () => {
    const created = await saveGoal(db, goal, T1)
    const done = await saveGoal(
      db,
      { ...created, done: true, doneAt: '2020-01-01T00:00:00.000Z' },
      T2,
    )
    expect(done.doneAt).toBe(T2.toISOString())
    const open = await saveGoal(db, { ...goal, doneAt: '2020-01-01T00:00:00.000Z' }, T2)
    expect(open).not.toHaveProperty('doneAt')
  })

  it('a goal marked done before the day was stored keeps having none: no day is made up', async () => {
    const created = await saveGoal(db, goal, T1)
    // As an older build left it: done, no doneAt.
    await db.goals.put({ ...created, done: true })
    const edited = await saveGoal(db, { ...goal, title: 'Renamed', id: created.id, done: true }, T3)
    expect(edited.done).toBe(true)
    expect(edited).not.toHaveProperty('doneAt')
  })

  it('a refused save that marks done writes no day', async () => {
    const created = await saveGoal(db, goal, T1)
    await expectRefused(db, () => saveGoal(db, { ...created, title: '', done: true }, T2), 'title')
    expect(await db.goals.get(created.id)).toEqual(created)
  })
})

describe('deleteSkill', () => {
  async function world() {
    const a = await saveSkill(db, { ...vllm, name: 'A' }, T1)
    const b = await saveSkill(db, { ...vllm, name: 'B', domain: 'fine-tuning', level: 2 }, T1)
    const both = await saveJournalEntry(
      db,
      {
        kind: 'project',
        date: '2026-05-01',
        title: 'Both skills',
        skillIds: [a.id, b.id],
        evidence: [
          { skillId: a.id, kind: 'production' },
          { skillId: b.id, kind: 'side-project' },
        ],
      },
      T1,
    )
    const onlyA = await saveJournalEntry(
      db,
      {
        kind: 'learning',
        date: '2026-05-02',
        title: 'Only A',
        skillIds: [a.id],
        evidence: [{ skillId: a.id, kind: 'course' }],
      },
      T1,
    )
    const onlyB = await saveJournalEntry(
      db,
      { kind: 'learning', date: '2026-05-03', title: 'Only B', skillIds: [b.id] },
      T1,
    )
    const goalAB = await saveGoal(
      db,
      {
        title: 'A to 4',
        targetDate: '2026-12-01',
        skillIds: [a.id, b.id],
        target: { kind: 'skill-level', skillId: a.id, level: 4 },
      },
      T1,
    )
    const goalB = await saveGoal(
      db,
      {
        title: 'B to 3',
        targetDate: '2026-12-02',
        skillIds: [b.id],
        target: { kind: 'skill-level', skillId: b.id, level: 3 },
      },
      T1,
    )
    return { a, b, both, onlyA, onlyB, goalAB, goalB }
  }

  it('removes the skill and its links from journal entries (skillIds and evidence), stamping the changed entries', async () => {
    const { a, b, both, onlyA, onlyB } = await world()
    await deleteSkill(db, a.id, T3)

    expect((await listSkills(db)).map((skill) => skill.id)).toEqual([b.id])
    expect(await db.journal.get(both.id)).toEqual({
      ...both,
      skillIds: [b.id],
      evidence: [{ skillId: b.id, kind: 'side-project' }],
      updatedAt: T3.toISOString(),
    })
    expect(await db.journal.get(onlyA.id)).toEqual({
      ...onlyA,
      skillIds: [],
      evidence: [],
      updatedAt: T3.toISOString(),
    })
    // An entry that never named the skill is untouched.
    expect(await db.journal.get(onlyB.id)).toEqual(onlyB)
    // The index no longer finds the skill, and every entry is still a valid record.
    expect(await db.journal.where('skillIds').equals(a.id).count()).toBe(0)
    for (const entry of await db.journal.toArray()) {
      expect(storedJournalEntrySchema.safeParse(entry).success).toBe(true)
    }
  })

  it('removes the skill from goals, and a goal’s target on that skill', async () => {
    const { a, b, goalAB, goalB } = await world()
    await deleteSkill(db, a.id, T3)

    const after = await db.goals.get(goalAB.id)
    expect(after?.skillIds).toEqual([b.id])
    expect(after?.target).toBeUndefined()
    expect(after?.title).toBe(goalAB.title)
    expect(await db.goals.get(goalB.id)).toEqual(goalB)
    for (const goal of await db.goals.toArray()) {
      expect(storedGoalSchema.safeParse(goal).success).toBe(true)
    }
  })

  it('stamps a goal it changed with `now`, like the journal entries it changed', async () => {
    const { a, goalAB } = await world()
    await deleteSkill(db, a.id, T3)
    // The goal's content changed (a link and its target removed): updatedAt must say so, or a
    // later merge by updatedAt would prefer an older copy that still names the deleted skill.
    expect((await db.goals.get(goalAB.id))?.updatedAt).toBe(T3.toISOString())
  })

  it('removes the skill from today’s snapshot levels', async () => {
    const { a, b } = await world()
    const before = await db.skillSnapshots.toArray()
    expect(before.at(-1)?.levels).toHaveProperty(a.domain)
    await deleteSkill(db, a.id, T3)
    const snapshots = await db.skillSnapshots.toArray()
    const last = snapshots.at(-1)
    expect(last?.levels).not.toHaveProperty(a.domain)
    expect(last?.levels).toHaveProperty(b.domain)
  })

  it('changes nothing when any part fails: one transaction', async () => {
    const { a } = await world()
    // A goal row that the goal step cannot process (written around the repository).
    await db.goals.put({
      id: 'broken',
      title: 'broken',
      targetDate: '2026-12-31',
      createdAt: T1.toISOString(),
      updatedAt: T1.toISOString(),
      done: false,
    } as never)
    const before = await dumpDatabase(db)
    await expect(deleteSkill(db, a.id, T3)).rejects.toThrow()
    expect(await dumpDatabase(db)).toEqual(before)
  })

  it('does nothing but record a snapshot for an id that is not stored', async () => {
    const { a, b, both } = await world()
    await deleteSkill(db, 'no-such-skill', T3)
    expect((await listSkills(db)).map((skill) => skill.id).sort()).toEqual([a.id, b.id].sort())
    expect(await db.journal.get(both.id)).toEqual(both)
  })
})

// skillLinks says what deleteSkill will take with it: both must name the same goals, by either
// half of the rule (a goal linking the skill; a goal targeting its level).
describe('skillLinks and deleteSkill name the same goals', () => {
  async function world() {
    const a = await saveSkill(db, { ...vllm, name: 'A' }, T1)
    const b = await saveSkill(db, { ...vllm, name: 'B', domain: 'fine-tuning', level: 2 }, T1)
    await saveJournalEntry(
      db,
      { kind: 'learning', date: '2026-05-02', title: 'Only A', skillIds: [a.id] },
      T1,
    )
    await saveJournalEntry(
      db,
      { kind: 'learning', date: '2026-05-03', title: 'Only B', skillIds: [b.id] },
      T1,
    )
    // Links A, targets nothing.
    const linksA = await saveGoal(
      db,
      { title: 'Use A', targetDate: '2026-12-01', skillIds: [a.id, b.id] },
      T1,
    )
    // Targets A's level without linking A.
    const targetsA = await saveGoal(
      db,
      {
        title: 'A to 4',
        targetDate: '2026-12-02',
        skillIds: [b.id],
        target: { kind: 'skill-level', skillId: a.id, level: 4 },
      },
      T1,
    )
    // Neither: links and targets B only.
    const onlyB = await saveGoal(
      db,
      {
        title: 'B to 3',
        targetDate: '2026-12-03',
        skillIds: [b.id],
        target: { kind: 'skill-level', skillId: b.id, level: 3 },
      },
      T1,
    )
    return { a, b, linksA, targetsA, onlyB }
  }

  it('skillLinks counts a goal linking the skill and one targeting its level, not one on another skill', async () => {
    const { a } = await world()
    // Review 28: the goal that targets A's level is said apart, as the one losing its target.
    expect(await skillLinks(db, a.id)).toEqual({ entries: 1, goals: 1, targets: 1 })
    expect(await skillLinks(db, 'no-such-skill')).toEqual({ entries: 0, goals: 0, targets: 0 })
  })

  it('deleteSkill changes exactly those two goals and leaves the other as it was', async () => {
    const { a, b, linksA, targetsA, onlyB } = await world()
    await deleteSkill(db, a.id, T3)
    expect(await db.goals.get(linksA.id)).toEqual({
      ...linksA,
      skillIds: [b.id],
      updatedAt: T3.toISOString(),
    })
    const { target: _gone, ...targetsAWithoutTarget } = targetsA
    expect(await db.goals.get(targetsA.id)).toEqual({
      ...targetsAWithoutTarget,
      updatedAt: T3.toISOString(),
    })
    expect(await db.goals.get(onlyB.id)).toEqual(onlyB)
    expect(await skillLinks(db, a.id)).toEqual({ entries: 0, goals: 0, targets: 0 })
  })
})
