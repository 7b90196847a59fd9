import { expect, it } from 'vitest'
import type { GoalProgress } from '../../../../renderer/data/goal-progress'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { goalStanding } from '../../../../renderer/ui/screens/journal/goals/goal-text'

/**
 * A skill goal held back by the evidence cap said 'Rated 3, counted as 2' (「自评 3 级」) with the
 * goal's level in place of the rating: a skill rated 4 with no evidence, aiming at 3, was told it
 * was rated 3. The capped line is what the progress knows: the rating reaches the goal. And
 * 'Counted at level 2 of 3' read as level 2 out of three levels (there are five, 0-4): it says
 * the goal's level as a goal, as the Chinese does (「目前按 2 级计算，目标 3 级」).
 */

function skillGoal(current: number, target: number, capped: boolean): GoalProgress {
  return {
    goal: {
      id: 'g1',
      title: 'Goal',
      targetDate: '2027-01-31',
      target: { kind: 'skill-level', skillId: 's1', level: target },
    },
    status: 'in-progress',
    current,
    target,
    fraction: current / target,
    capped,
    skillName: 'vLLM',
    daysLeft: 60,
  } as unknown as GoalProgress
}

it('says the rating reaches the goal, not that it is the goal’s level', async () => {
  const en = (await createI18n('en')).t
  const zh = (await createI18n('zh-CN')).t
  expect(goalStanding(skillGoal(2, 3, true), en)).toBe(
    'Rated 3 or higher, counted as 2 until a journal entry or the skill shows evidence',
  )
  expect(goalStanding(skillGoal(2, 3, true), zh)).toBe(
    '自评已达 3 级，在技能或日志提供证据之前按 2 级计算',
  )
})

it('says the goal’s level as a goal', async () => {
  const en = (await createI18n('en')).t
  expect(goalStanding(skillGoal(2, 3, false), en)).toBe('Counted at level 2; goal: level 3')
})
