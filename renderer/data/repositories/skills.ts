import type { z } from 'zod'
import type { TidemarkDatabase } from '../db'
import { storedSkillSchema, type StoredGoal, type StoredSkill, draftKeys } from '../records'
import { recordSkillSnapshot, snapshotTables } from '../snapshots'
import { validate } from '../validation'
import { upsertRecord } from './upsert'

export const skillDraftSchema = storedSkillSchema
  .omit({ id: true, createdAt: true, updatedAt: true })
  .extend(draftKeys)
export type SkillDraft = z.input<typeof skillDraftSchema>

export function listSkills(db: TidemarkDatabase): Promise<StoredSkill[]> {
  return db.skills.toArray()
}

/**
 * Adds a skill (no id) or changes one (its id), and records today's score, in one transaction.
 * A bad field throws a DataValidationError and nothing is written.
 */
export async function saveSkill(
  db: TidemarkDatabase,
  draft: SkillDraft,
  now = new Date(),
): Promise<StoredSkill> {
  const { id, ...fields } = validate(skillDraftSchema, draft, 'skill')
  return db.transaction('rw', snapshotTables(db), async () => {
    const { row: skill } = await upsertRecord<StoredSkill>(
      db.skills,
      storedSkillSchema,
      id,
      () => fields,
      now,
      'skill',
    )
    await recordSkillSnapshot(db, now)
    return skill
  })
}

/** Whether a goal's target is the skill reaching a level. */
function targetsSkillLevel(goal: StoredGoal, skillId: string): boolean {
  return goal.target?.kind === 'skill-level' && goal.target.skillId === skillId
}

/**
 * Whether a goal names the skill: links to it, or targets its level. These are the goals
 * deleteSkill changes, so skillLinks counts them by the same two rules.
 */
function goalNamesSkill(goal: StoredGoal, skillId: string): boolean {
  return goal.skillIds.includes(skillId) || targetsSkillLevel(goal, skillId)
}

/** What a skill's removal takes with it (a goal may be counted in both `goals` and `targets`). */
export interface SkillLinks {
  /** Journal entries that link to the skill. */
  entries: number
  /** Goals that link to the skill. */
  goals: number
  /** Goals whose target is the skill reaching a level: they lose that target. */
  targets: number
}

/** How many journal entries and goals link to a skill, and how many goals target its level. */
export async function skillLinks(db: TidemarkDatabase, id: string): Promise<SkillLinks> {
  const [entries, named] = await Promise.all([
    db.journal.where('skillIds').equals(id).count(),
    db.goals.filter((goal) => goalNamesSkill(goal, id)).toArray(),
  ])
  return {
    entries,
    goals: named.filter((goal) => goal.skillIds.includes(id)).length,
    targets: named.filter((goal) => targetsSkillLevel(goal, id)).length,
  }
}

/**
 * Removes a skill and every link to it (journal entries, their evidence, goals) in one
 * transaction, so no entry points at a skill that is gone.
 */
export async function deleteSkill(
  db: TidemarkDatabase,
  id: string,
  now = new Date(),
): Promise<void> {
  await db.transaction('rw', [...snapshotTables(db), db.goals], async () => {
    await db.skills.delete(id)
    await db.journal
      .where('skillIds')
      .equals(id)
      .modify((entry) => {
        entry.skillIds = entry.skillIds.filter((skillId) => skillId !== id)
        entry.evidence = entry.evidence.filter((link) => link.skillId !== id)
        entry.updatedAt = now.toISOString()
      })
    await db.goals
      .filter((goal) => goalNamesSkill(goal, id))
      .modify((goal) => {
        goal.skillIds = goal.skillIds.filter((skillId) => skillId !== id)
        if (targetsSkillLevel(goal, id)) delete goal.target
        // A changed goal is newer: a later merge by updatedAt must not bring the link back.
        goal.updatedAt = now.toISOString()
      })
    await recordSkillSnapshot(db, now)
  })
}
