import { expect, it } from 'vitest'
import type { GoalProgress, GoalStatus } from '../../../../renderer/data/goal-progress'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { goalDue } from '../../../../renderer/ui/screens/journal/goals/goal-text'

/**
 * Trial 32 (B19): a goal marked done still read 'Due Mar 31, 2027 (in 118 days)', counting days
 * to a deadline that no longer matters. A done goal says its target date, without the days.
 */

function progress(status: GoalStatus, targetDate: string, daysLeft: number): GoalProgress {
  return {
    goal: { id: 'g1', title: 'Goal', targetDate, done: status === 'done' },
    status,
    current: null,
    target: null,
    fraction: 0,
    capped: false,
    skillName: undefined,
    daysLeft,
  } as unknown as GoalProgress
}

const TODAY = '2026-12-03'

it('says a done goal’s target date without counting days to it (en, zh-CN)', async () => {
  const en = await createI18n('en')
  const zh = await createI18n('zh-CN')
  expect(goalDue(progress('done', '2027-03-31', 118), en.t, 'en', TODAY)).toBe(
    'Target date Mar 31, 2027',
  )
  expect(goalDue(progress('done', '2026-11-01', -32), en.t, 'en', TODAY)).toBe('Target date Nov 1')
  expect(goalDue(progress('done', '2027-03-31', 118), zh.t, 'zh-CN', TODAY)).toBe(
    '截止日期 2027年3月31日',
  )
})

it('still counts the days for an open goal, and says an overdue one was due', async () => {
  const en = await createI18n('en')
  expect(goalDue(progress('in-progress', '2027-03-31', 118), en.t, 'en', TODAY)).toBe(
    'Due Mar 31, 2027 (in 118 days)',
  )
  expect(goalDue(progress('overdue', '2026-11-01', -32), en.t, 'en', TODAY)).toBe(
    'Was due Nov 1 (32 days ago)',
  )
  expect(goalDue(progress('reached', '2026-11-01', -32), en.t, 'en', TODAY)).toBe(
    'Due Nov 1 (32 days ago)',
  )
})
