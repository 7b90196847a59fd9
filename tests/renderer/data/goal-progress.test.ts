import { describe, expect, it } from 'vitest'
import {
  goalProgress,
  goalsInOrder,
  readGoalEntries,
  skillLevelsFor,
  type GoalFacts,
} from '../../../renderer/data/goal-progress'
import type { StoredGoal, StoredJournalEntry } from '../../../renderer/data/records'
import { saveGoal } from '../../../renderer/data/repositories/goals'
import { saveJournalEntry } from '../../../renderer/data/repositories/journal'
import { deleteSkill, saveSkill } from '../../../renderer/data/repositories/skills'
import { DEFAULT_RULESET } from '../../../renderer/domain/ruleset/default-ruleset'
import { freshDatabase } from './data-helpers'

const STAMP = '2026-10-01T00:00:00.000Z'

function goal(fields: Partial<StoredGoal> & Pick<StoredGoal, 'targetDate'>): StoredGoal {
  return {
    id: fields.id ?? `g-${fields.targetDate}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    title: 'A goal',
    skillIds: [],
    done: false,
    ...fields,
  }
}

const levelThree = goal({
  id: 'g-vllm',
  targetDate: '2027-03-31',
  target: { kind: 'skill-level', skillId: 'vllm', level: 3 },
})

const tenInterviews = goal({
  id: 'g-interviews',
  targetDate: '2026-10-31',
  target: { kind: 'entry-count', journalKind: 'interview', count: 10, from: '2026-10-01' },
})

/** Interviews in and around October 2026: 3 inside the window, 3 outside or of another kind. */
const ENTRIES: GoalFacts['entries'] = [
  { kind: 'interview', date: '2026-09-30' },
  { kind: 'interview', date: '2026-10-01' },
  { kind: 'interview', date: '2026-10-15' },
  { kind: 'application', date: '2026-10-16' },
  { kind: 'interview', date: '2026-10-31' },
  { kind: 'interview', date: '2026-11-01' },
]

function facts(
  today: string,
  skills: [string, { claimed: number; counted: number }][] = [],
): GoalFacts {
  return {
    today,
    skills: new Map(skills.map(([id, level]) => [id, { name: id, ...level }])),
    entries: ENTRIES,
  }
}

describe('goalProgress', () => {
  it('a skill goal is reached once the counted level meets the target', () => {
    const progress = goalProgress(
      levelThree,
      facts('2026-11-20', [['vllm', { claimed: 3, counted: 3 }]]),
    )
    expect(progress).toMatchObject({
      status: 'reached',
      current: 3,
      target: 3,
      fraction: 1,
      capped: false,
      skillName: 'vllm',
      daysLeft: 131,
    })
  })

  it('a level rated 3 but held at 2 by the evidence cap is in progress, and says so', () => {
    const progress = goalProgress(
      levelThree,
      facts('2026-11-20', [['vllm', { claimed: 3, counted: 2 }]]),
    )
    expect(progress).toMatchObject({
      status: 'in-progress',
      current: 2,
      fraction: 2 / 3,
      capped: true,
    })
  })

  it('counts the entries of the goal kind within the window, both ends included', () => {
    const progress = goalProgress(tenInterviews, facts('2026-10-20'))
    expect(progress).toMatchObject({ status: 'in-progress', current: 3, target: 10, daysLeft: 11 })
    expect(progress.fraction).toBeCloseTo(0.3)
  })

  it('is overdue once the date passes short of the target, reached if the count was met', () => {
    expect(goalProgress(tenInterviews, facts('2026-11-01'))).toMatchObject({
      status: 'overdue',
      current: 3,
      daysLeft: -1,
    })
    const three = goal({
      ...tenInterviews,
      target: { kind: 'entry-count', journalKind: 'interview', count: 3, from: '2026-10-01' },
    })
    expect(goalProgress(three, facts('2026-11-01')).status).toBe('reached')
  })

  it('a skill that no longer exists leaves nothing to measure', () => {
    expect(goalProgress(levelThree, facts('2026-11-20'))).toMatchObject({
      status: 'skill-missing',
      current: null,
      fraction: 0,
    })
  })

  it('a goal with no target is open until its date, overdue after; a done goal is done', () => {
    const plain = goal({ targetDate: '2026-12-01' })
    expect(goalProgress(plain, facts('2026-11-20')).status).toBe('open')
    expect(goalProgress(plain, facts('2026-12-02')).status).toBe('overdue')
    expect(goalProgress({ ...tenInterviews, done: true }, facts('2026-11-20')).status).toBe('done')
  })
})

describe('goalsInOrder', () => {
  it('lists open goals next due first and keeps done goals apart', () => {
    const today = facts('2026-10-20', [['vllm', { claimed: 3, counted: 3 }]])
    const list = [
      levelThree,
      goal({ id: 'late', targetDate: '2026-09-01' }),
      { ...goal({ id: 'closed-old', targetDate: '2026-01-01' }), done: true },
      tenInterviews,
      { ...goal({ id: 'closed-new', targetDate: '2026-06-01' }), done: true },
    ].map((item) => goalProgress(item, today))
    const { open, done } = goalsInOrder(list)
    expect(open.map((item) => item.goal.id)).toEqual(['late', 'g-interviews', 'g-vllm'])
    expect(done.map((item) => item.goal.id)).toEqual(['closed-new', 'closed-old'])
  })

  it('lists done goals the latest done first, the ones done before doneAt was kept after them', () => {
    const today = facts('2026-12-03')
    const done = (id: string, targetDate: string, doneAt?: string) =>
      goalProgress(
        { ...goal({ id, targetDate }), done: true, ...(doneAt ? { doneAt } : {}) },
        today,
      )
    const list = [
      done('old-far', '2031-06-30'),
      done('done-nov', '2026-12-31', '2026-11-02T09:00:00.000Z'),
      done('old-near', '2026-05-01'),
      done('done-dec', '2026-01-15', '2026-12-02T18:30:00.000Z'),
      // An imported stamp without milliseconds, a second later than done-dec's.
      done('done-dec-later', '2025-01-01', '2026-12-02T18:30:01Z'),
    ]
    expect(goalsInOrder(list).done.map((item) => item.goal.id)).toEqual([
      'done-dec-later',
      'done-dec',
      'done-nov',
      'old-far',
      'old-near',
    ])
  })
})

describe('skillLevelsFor', () => {
  it('counts a rated 3 as the cap without evidence, and as 3 with a journal entry as evidence', () => {
    const skill = {
      id: 'vllm',
      name: 'vLLM',
      domain: 'inference-acceleration' as const,
      level: 3,
      evidence: [],
    }
    expect(skillLevelsFor([skill], [], DEFAULT_RULESET).get('vllm')).toEqual({
      name: 'vLLM',
      claimed: 3,
      counted: DEFAULT_RULESET.evidenceCap.maxLevelWithoutEvidence,
    })
    const entry = {
      evidence: [{ skillId: 'vllm', kind: 'production' }],
    } as unknown as StoredJournalEntry
    expect(skillLevelsFor([skill], [entry], DEFAULT_RULESET).get('vllm')?.counted).toBe(3)
  })
})

describe('reading goals from the database', () => {
  it('reads each count goal window, and a deleted skill takes the goal target with it', async () => {
    const db = await freshDatabase('goal-progress')
    const skill = await saveSkill(db, { name: 'vLLM', domain: 'inference-acceleration', level: 2 })
    for (const date of ['2026-09-30', '2026-10-02', '2026-10-20', '2026-11-02']) {
      await saveJournalEntry(db, { kind: 'interview', date, title: `Interview ${date}` })
    }
    await saveJournalEntry(db, { kind: 'learning', date: '2026-10-05', title: 'Read a paper' })
    const count = await saveGoal(db, {
      title: 'Ten interviews in October',
      targetDate: '2026-10-31',
      target: { kind: 'entry-count', journalKind: 'interview', count: 10, from: '2026-10-01' },
    })
    const level = await saveGoal(db, {
      title: 'vLLM to 3',
      targetDate: '2027-03-31',
      skillIds: [skill.id],
      target: { kind: 'skill-level', skillId: skill.id, level: 3 },
    })
    const entries = await readGoalEntries(db, await db.goals.toArray())
    expect(entries.map((entry) => entry.date).sort()).toEqual(['2026-10-02', '2026-10-20'])
    expect(goalProgress(count, { today: '2026-10-21', skills: new Map(), entries }).current).toBe(2)

    await deleteSkill(db, skill.id)
    const after = await db.goals.get(level.id)
    expect(after?.target).toBeUndefined()
    if (!after) return
    const progress = goalProgress(after, { today: '2026-10-21', skills: new Map(), entries })
    expect(progress).toMatchObject({ status: 'open', current: null, target: null })
  })
})
