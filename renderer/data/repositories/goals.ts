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

export async function saveGoal(
  db: TidemarkDatabase,
  draft: GoalDraft,
  now = new Date(),
): Promise<StoredGoal> {
  const { id, ...fields } = validate(goalDraftSchema, draft, 'goal')
  return db.transaction('rw', db.goals, async () => {
    const { row } = await upsertRecord<StoredGoal>(
      db.goals,
      storedGoalSchema,
      id,
      () => fields,
      now,
      'goal',
    )
    return row
  })
}

export async function deleteGoal(db: TidemarkDatabase, id: string): Promise<void> {
  await db.goals.delete(id)
}
