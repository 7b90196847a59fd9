import { useLiveQuery } from 'dexie-react-hooks'
import { readSkillLinkedEntries } from '../../../../data/assessment-input'
import {
  goalProgress,
  readGoalEntries,
  skillLevelsFor,
  type GoalProgress,
} from '../../../../data/goal-progress'
import type { StoredSkill } from '../../../../data/records'
import { listGoals } from '../../../../data/repositories/goals'
import { listSkills } from '../../../../data/repositories/skills'
import { readRulesetInUse } from '../../../../data/ruleset-in-use'
import { localDate } from '../../../../data/snapshots'
import { useServices } from '../../../services'

export interface GoalsRead {
  /** Today (ISO), as the query read the clock. */
  today: string
  skills: StoredSkill[]
  /** Every goal with its progress, in the repository's order (next due first). */
  progress: GoalProgress[]
}

/**
 * Goals with their progress, live: a new journal entry, a skill's level or its evidence moves
 * them. The counting is the data layer's (goalProgress); this only reads what it needs.
 */
export function useGoals(): GoalsRead | undefined {
  const { db } = useServices()
  return useLiveQuery(async () => {
    // The clock is the query's input, like the data (read here, not during render).
    const today = localDate(new Date())
    const [goals, skills, linked, rulesetInUse] = await Promise.all([
      listGoals(db),
      listSkills(db),
      readSkillLinkedEntries(db),
      readRulesetInUse(db),
    ])
    const entries = await readGoalEntries(db, goals)
    const levels = skillLevelsFor(skills, linked, rulesetInUse.ruleset)
    return {
      today,
      skills,
      progress: goals.map((goal) => goalProgress(goal, { today, skills: levels, entries })),
    }
  }, [db])
}
