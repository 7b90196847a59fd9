import type { z } from 'zod'
import type { TidemarkDatabase } from '../db'
import { storedGoalSchema, type StoredGoal, draftKeys } from '../records'
import { validate } from '../validation'
import { upsertRecord } from './upsert'

export const goalDraftSchema = storedGoalSchema
  .omit({ id: true, createdAt: true, updatedAt: true })
  .extend(draftKeys)
export type GoalDraft = z.input<typeof goalDraftSchema>

/** Goals by target date, the next one due first. */
export function listGoals(db: TidemarkDatabase): Promise<StoredGoal[]> {
  return db.goals.orderBy('targetDate').toArray()
}

/**
 * Adds or changes a goal. When it was done (`doneAt`) is the repository's, as its stamps are: a
 * draft's is ignored. Marking a goal done stamps `now` in the same write; a goal that stays done
 * keeps its day (an edit of its title does not move it), and one marked done before the day
 * was stored keeps having none; reopening drops it.
 */
export async function saveGoal(
  db: TidemarkDatabase,
  draft: GoalDraft,
  now = new Date(),
): Promise<StoredGoal> {
  const { id, doneAt, ...fields } = validate(goalDraftSchema, draft, 'goal')
  return db.transaction('rw', db.goals, async () => {
    const { row } = await upsertRecord<StoredGoal>(
      db.goals,
      storedGoalSchema,
      id,
      (existing) => {
        if (!fields.done) return fields
        const day = existing?.done === true ? existing.doneAt : now.toISOString()
        return day === undefined ? fields : { ...fields, doneAt: day }
      },
      now,
      'goal',
    )
    return row
  })
}

export async function deleteGoal(db: TidemarkDatabase, id: string): Promise<void> {
  await db.goals.delete(id)
}

/**
 * Puts a deleted goal back exactly as it was (its id, dates, target and skills), for Undo. Its
 * skill may have gone meanwhile: the goal then says so, as any goal whose skill was removed.
 */
export async function restoreGoal(db: TidemarkDatabase, goal: StoredGoal): Promise<StoredGoal> {
  const row = validate(storedGoalSchema, goal, 'goal')
  await db.transaction('rw', db.goals, async () => {
    await db.goals.put(row)
  })
  return row
}
