// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { GoalProgress } from '../../../../renderer/data/goal-progress'
import { saveGoal } from '../../../../renderer/data/repositories/goals'
import { localDate } from '../../../../renderer/data/snapshots'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { formatDay } from '../../../../renderer/ui/screens/dashboard/dashboard-format'
import { GoalsView } from '../../../../renderer/ui/screens/journal/goals/GoalsView'
import { goalDue } from '../../../../renderer/ui/screens/journal/goals/goal-text'
import { freshDb, renderWith } from './render'

/**
 * Trial 32: a done goal could only say its target date, the day it was done not being stored.
 * It is now (doneAt): a done goal says "Done on Dec 2" / "12月2日完成"; one done before the day
 * was stored still says its target date, no day made up.
 */

afterEach(cleanup)

const TODAY = '2026-12-03'

function done(targetDate: string, doneAt?: string): GoalProgress {
  return {
    goal: { id: 'g1', title: 'Goal', targetDate, done: true, ...(doneAt ? { doneAt } : {}) },
    status: 'done',
    current: null,
    target: null,
    fraction: 0,
    capped: false,
    skillName: undefined,
    daysLeft: 28,
  } as unknown as GoalProgress
}

describe('goalDue of a done goal', () => {
  it('says the day it was done, on this device’s calendar (en, zh-CN)', async () => {
    const en = await createI18n('en')
    const zh = await createI18n('zh-CN')
    // Midday UTC: the same calendar day wherever the tests run.
    const goal = done('2026-12-31', '2026-12-02T12:00:00.000Z')
    expect(goalDue(goal, en.t, 'en', TODAY)).toBe('Done on Dec 2')
    expect(goalDue(goal, zh.t, 'zh-CN', TODAY)).toBe('12月2日完成')
    // Another year than today's: with the year.
    const lastYear = done('2026-01-31', '2025-12-03T12:00:00.000Z')
    expect(goalDue(lastYear, en.t, 'en', TODAY)).toBe('Done on Dec 3, 2025')
    expect(goalDue(lastYear, zh.t, 'zh-CN', TODAY)).toBe('2025年12月3日完成')
  })

  it('a goal done before the day was stored says its target date only', async () => {
    const en = await createI18n('en')
    const zh = await createI18n('zh-CN')
    expect(goalDue(done('2026-12-31'), en.t, 'en', TODAY)).toBe('Target date Dec 31')
    expect(goalDue(done('2026-12-31'), zh.t, 'zh-CN', TODAY)).toBe('截止日期 12月31日')
  })
})

describe('GoalsView', () => {
  it.each<[UiLanguage, string, (date: string) => string]>([
    ['en', 'Mark done: “Ship a CUDA kernel”', (date) => `Done on ${date}`],
    ['zh-CN', '标记完成：“Ship a CUDA kernel”', (date) => `${date}完成`],
  ])('marking a goal done shows the day it was done (%s)', async (language, button, line) => {
    const db = await freshDb('goal-done-on')
    const today = localDate(new Date())
    await saveGoal(db, { title: 'Ship a CUDA kernel', targetDate: '2031-06-30' })
    // A goal done before the day was stored, as an older build left it.
    const old = await saveGoal(db, { title: 'Old one', targetDate: '2031-05-01' })
    await db.goals.put({ ...old, done: true })
    await renderWith(db, <GoalsView />, language)

    fireEvent.click(await screen.findByRole('button', { name: button }, { timeout: 5000 }))
    const doneTitle = language === 'en' ? 'Done' : '已完成'
    const item = await waitFor(() => {
      const list = screen.getByRole('list', { name: doneTitle })
      const found = within(list)
        .getAllByTestId('goal-item')
        .find((candidate) => candidate.textContent.includes('Ship a CUDA kernel'))
      if (!found) throw new Error('not done yet')
      return found
    })
    expect(item.querySelector('.goal-due')?.textContent).toBe(
      line(formatDay(today, language, today)),
    )
    const stored = (await db.goals.toArray()).find((goal) => goal.title === 'Ship a CUDA kernel')
    expect(stored?.doneAt).toBeDefined()

    const oldItem = within(screen.getByRole('list', { name: doneTitle }))
      .getAllByTestId('goal-item')
      .find((candidate) => candidate.textContent.includes('Old one'))
    expect(oldItem?.querySelector('.goal-due')?.textContent).toBe(
      language === 'en' ? 'Target date May 1, 2031' : '截止日期 2031年5月1日',
    )
    db.close()
  })
})
