import type { JournalKind } from '../domain/model/enums'
import type { Skill } from '../domain/model/profile'
import type { Ruleset } from '../domain/ruleset/ruleset-schema'
import { effectiveLevels } from '../domain/skills/effective-levels'
import { skillsWithJournalEvidence } from './assessment-input'
import type { TidemarkDatabase } from './db'
import type { StoredGoal, StoredJournalEntry } from './records'

/**
 * Where a goal stands. `done`: the user closed it. `reached`: the skill counts at the level, or
 * the window holds the entries. `overdue`: the target date passed first. `skill-missing`: its
 * skill no longer exists, so nothing measures it. `open`: no target to measure, date not past.
 */
export type GoalStatus = 'done' | 'reached' | 'in-progress' | 'overdue' | 'skill-missing' | 'open'

/** A skill as a goal reads it: its level as rated and as the engine counts it. */
export interface SkillLevel {
  name: string
  claimed: number
  /** After the evidence cap (journal evidence included), as the assessment counts it. */
  counted: number
}

export interface GoalFacts {
  /** Today, as a local calendar day (ISO). */
  today: string
  skills: ReadonlyMap<string, SkillLevel>
  /** Journal entries (kind and date are enough) covering the windows of count goals. */
  entries: readonly Pick<StoredJournalEntry, 'kind' | 'date'>[]
}

export interface GoalProgress {
  goal: StoredGoal
  status: GoalStatus
  /** The counted level or the entries so far; null where nothing measures the goal. */
  current: number | null
  target: number | null
  /** current / target, held within 0-1 (0 where nothing measures the goal). */
  fraction: number
  /** The level as rated reaches the target, but the evidence cap counts it lower. */
  capped: boolean
  /** The skill's name for a skill goal whose skill exists. */
  skillName: string | undefined
  /** Days from today to the target date (negative once past). */
  daysLeft: number
}

const DAY_MS = 86_400_000

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** Entries of one kind dated within [from, until], both days included. */
export function countEntries(
  entries: GoalFacts['entries'],
  kind: JournalKind,
  from: string,
  until: string,
): number {
  return entries.filter((entry) => entry.kind === kind && entry.date >= from && entry.date <= until)
    .length
}

/** How far one goal has come, from the journal and the skills' counted levels. */
export function goalProgress(goal: StoredGoal, facts: GoalFacts): GoalProgress {
  const daysLeft = daysBetween(facts.today, goal.targetDate)
  const past = daysLeft < 0
  const base = { goal, daysLeft, capped: false, skillName: undefined }
  const target = goal.target
  if (!target) {
    return {
      ...base,
      status: goal.done ? 'done' : past ? 'overdue' : 'open',
      current: null,
      target: null,
      fraction: 0,
    }
  }
  let current: number
  let goalFigure: number
  let capped = false
  let skillName: string | undefined
  if (target.kind === 'skill-level') {
    const skill = facts.skills.get(target.skillId)
    if (!skill) {
      return {
        ...base,
        status: goal.done ? 'done' : 'skill-missing',
        current: null,
        target: target.level,
        fraction: 0,
      }
    }
    current = skill.counted
    goalFigure = target.level
    capped = skill.counted < target.level && skill.claimed >= target.level
    skillName = skill.name
  } else {
    current = countEntries(facts.entries, target.journalKind, target.from, goal.targetDate)
    goalFigure = target.count
  }
  const reached = current >= goalFigure
  return {
    ...base,
    capped,
    skillName,
    status: goal.done ? 'done' : reached ? 'reached' : past ? 'overdue' : 'in-progress',
    current,
    target: goalFigure,
    fraction: Math.min(1, Math.max(0, current / goalFigure)),
  }
}

/** ISO dates (YYYY-MM-DD) order as their text does. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Goals apart by state: the open ones, next due first; the done ones, the latest done first (by
 * `doneAt`). A goal marked done before that day was stored has none; it goes after every goal
 * that has one, since it was done before the day was kept at all, so before each of them (a
 * fallback to its target date would put a goal done last year, aimed at 2031, above one done
 * today). Those undated ones keep the old order among themselves: the latest target first.
 */
export function goalsInOrder(progress: readonly GoalProgress[]): {
  open: GoalProgress[]
  done: GoalProgress[]
} {
  const byDate = (a: GoalProgress, b: GoalProgress) => compare(a.goal.targetDate, b.goal.targetDate)
  const latestDone = (a: GoalProgress, b: GoalProgress) => {
    const [aDone, bDone] = [a.goal.doneAt, b.goal.doneAt]
    if (aDone !== undefined && bDone !== undefined) {
      // As instants: an imported stamp may be written without its milliseconds.
      const later = Date.parse(bDone) - Date.parse(aDone)
      if (later !== 0) return later
    }
    if (aDone !== undefined && bDone === undefined) return -1
    if (aDone === undefined && bDone !== undefined) return 1
    return byDate(b, a)
  }
  return {
    open: progress.filter((item) => item.status !== 'done').sort(byDate),
    done: progress.filter((item) => item.status === 'done').sort(latestDone),
  }
}

/**
 * Each skill's level as the engine counts it: journal evidence added by the data layer, the
 * ruleset's evidence cap applied by the engine (the same two steps as the assessment).
 */
export function skillLevelsFor(
  skills: readonly (Skill & { name: string })[],
  journal: readonly StoredJournalEntry[],
  ruleset: Ruleset,
): Map<string, SkillLevel> {
  const withEvidence = skillsWithJournalEvidence(skills, journal)
  return new Map(
    withEvidence.map((skill) => {
      const level = effectiveLevels([skill], ruleset).get(skill.domain)
      return [
        skill.id,
        { name: skill.name, claimed: skill.level, counted: level?.effective ?? skill.level },
      ]
    }),
  )
}

/**
 * The entries the count goals need: those of the goal's kind dated within its window, read a
 * window at a time through the date index (an old goal never widens a new one's read).
 */
export async function readGoalEntries(
  db: TidemarkDatabase,
  goals: readonly StoredGoal[],
): Promise<Pick<StoredJournalEntry, 'kind' | 'date'>[]> {
  const byId = new Map<string, Pick<StoredJournalEntry, 'kind' | 'date'>>()
  for (const goal of goals) {
    const target = goal.target
    if (target?.kind !== 'entry-count' || target.from > goal.targetDate) continue
    const rows = await db.journal
      .where('date')
      .between(target.from, goal.targetDate, true, true)
      .filter((entry) => entry.kind === target.journalKind)
      .toArray()
    for (const row of rows) byId.set(row.id, { kind: row.kind, date: row.date })
  }
  return [...byId.values()]
}
