import type { RulesetOverrides } from '../../domain/ruleset/overrides'
import type { TidemarkDatabase } from '../db'
import { storedOverridesSchema } from '../records'
import { rulesetFrom } from '../ruleset-in-use'
import { recordSkillSnapshot, snapshotTables } from '../snapshots'
import { DataValidationError, validate } from '../validation'

/**
 * Stores the user's ruleset overrides once the engine accepts them (`withOverrides` checks the
 * merged ruleset); refused overrides throw with the paths named, and the stored ones stay.
 * Today's score is re-recorded in the same transaction, since the weights changed it.
 */
export async function saveRulesetOverrides(
  db: TidemarkDatabase,
  overrides: RulesetOverrides,
  now = new Date(),
): Promise<void> {
  const row = validate(
    storedOverridesSchema,
    { id: 'overrides', overrides, updatedAt: now.toISOString() },
    'rulesetOverrides',
  )
  const applied = rulesetFrom(row.overrides)
  if (applied.overrideIssues.length > 0) {
    throw new DataValidationError(applied.overrideIssues, 'rulesetOverrides')
  }
  await db.transaction('rw', snapshotTables(db), async () => {
    await db.rulesetOverrides.put(row)
    await recordSkillSnapshot(db, now)
  })
}

/** Back to the article's defaults. */
export async function clearRulesetOverrides(db: TidemarkDatabase, now = new Date()): Promise<void> {
  await db.transaction('rw', snapshotTables(db), async () => {
    await db.rulesetOverrides.delete('overrides')
    await recordSkillSnapshot(db, now)
  })
}
