import { roundToDecimals } from '../domain/rounding'
import { scoreSkills } from '../domain/skills/score-skills'
import { profileFrom, readSkillLinkedEntries, skillsWithJournalEvidence } from './assessment-input'
import type { TidemarkDatabase } from './db'
import { readRulesetInUse } from './ruleset-in-use'
import type { SkillSnapshot } from './records'

/** The tables `recordSkillSnapshot` reads and writes: include them in the caller's transaction. */
export function snapshotTables(db: TidemarkDatabase) {
  return [db.profile, db.skills, db.journal, db.rulesetOverrides, db.skillSnapshots]
}

/** The day a snapshot belongs to, in the user's own time zone (a late-evening edit is today). */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * Scores what is stored now and keeps it as today's point of the trend: one row a day, the
 * day's last change wins. Called by the repositories inside the transaction that changed the
 * skills, the profile, the overrides or a journal entry's evidence, so the trend never shows a
 * score the data did not have.
 */
export async function recordSkillSnapshot(db: TidemarkDatabase, now: Date): Promise<SkillSnapshot> {
  const [profile, skills, evidenceEntries, { ruleset }] = await Promise.all([
    db.profile.get('me'),
    db.skills.toArray(),
    readSkillLinkedEntries(db),
    readRulesetInUse(db),
  ])
  const score = scoreSkills(
    profileFrom(profile),
    skillsWithJournalEvidence(skills, evidenceEntries),
    ruleset,
  )
  const snapshot: SkillSnapshot = {
    date: localDate(now),
    score: roundToDecimals(score.score, 1),
    tier: score.tier,
    levels: Object.fromEntries(score.levels.map((level) => [level.domain, level.effective])),
    rulesetVersion: ruleset.version,
  }
  await db.skillSnapshots.put(snapshot)
  return snapshot
}

/** Snapshots from `from` (ISO date) on, oldest first, for the trend chart. */
export function readSnapshots(db: TidemarkDatabase, from = '0000-01-01'): Promise<SkillSnapshot[]> {
  return db.skillSnapshots.where('date').aboveOrEqual(from).toArray()
}
