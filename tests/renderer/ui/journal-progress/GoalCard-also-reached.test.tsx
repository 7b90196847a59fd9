// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import type { StoredGoal } from '../../../../renderer/data/records'
import { saveGoal } from '../../../../renderer/data/repositories/goals'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { localDate } from '../../../../renderer/data/snapshots'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { GoalCard } from '../../../../renderer/ui/screens/dashboard/cards/GoalCard'
import { freshDb, renderWith } from './render'

/**
 * Trial 32 (B17): a goal reached but not marked done was skipped for the next unreached one
 * (trial 18 L13), and the card then said nothing of it. It names it in a line of its own.
 */

afterEach(cleanup)

function Harness({ goal, today }: { goal: StoredGoal; today: string }) {
  const live = useAssessment()
  return live ? <GoalCard goal={goal} live={live} today={today} /> : null
}

it('names a reached goal it skipped for the next unreached one', async () => {
  const db = await freshDb('goal-card-also-reached')
  const today = localDate(new Date())
  for (const title of ['One', 'Two']) {
    await saveJournalEntry(db, { kind: 'learning', date: today, title })
  }
  const sooner = await saveGoal(db, {
    title: 'Three notes',
    targetDate: '2098-12-31',
    target: { kind: 'entry-count', journalKind: 'learning', count: 3, from: today },
  })
  await saveGoal(db, {
    title: 'Two notes',
    targetDate: '2099-01-31',
    target: { kind: 'entry-count', journalKind: 'learning', count: 2, from: today },
  })
  await renderWith(db, <Harness goal={sooner} today={today} />)
  await waitFor(
    () => {
      expect(screen.getByTestId('dashboard-goal').textContent).toContain('2 of 3')
    },
    { timeout: 5000 },
  )
  expect(screen.getByTestId('dashboard-goal-also-reached').textContent).toBe(
    'Also reached: “Two notes”. Mark it done in the journal.',
  )
})

it('says nothing more when no skipped goal is reached', async () => {
  const db = await freshDb('goal-card-none-reached')
  const today = localDate(new Date())
  const goal = await saveGoal(db, {
    title: 'Three notes',
    targetDate: '2098-12-31',
    target: { kind: 'entry-count', journalKind: 'learning', count: 3, from: today },
  })
  await renderWith(db, <Harness goal={goal} today={today} />)
  await waitFor(
    () => {
      expect(screen.getByTestId('dashboard-goal').textContent).toContain('0 of 3')
    },
    { timeout: 5000 },
  )
  expect(screen.queryByTestId('dashboard-goal-also-reached')).toBeNull()
})

it('names the one reached goal in Chinese too, which has no singular form', async () => {
  const db = await freshDb('goal-card-also-reached-zh')
  const today = localDate(new Date())
  await saveJournalEntry(db, { kind: 'learning', date: today, title: 'One' })
  const sooner = await saveGoal(db, {
    title: 'Three notes',
    targetDate: '2098-12-31',
    target: { kind: 'entry-count', journalKind: 'learning', count: 3, from: today },
  })
  for (const title of ['One note', 'A note']) {
    await saveGoal(db, {
      title,
      targetDate: '2099-01-31',
      target: { kind: 'entry-count', journalKind: 'learning', count: 1, from: today },
    })
  }
  await renderWith(db, <Harness goal={sooner} today={today} />, 'zh-CN')
  await waitFor(
    () => {
      expect(screen.getByTestId('dashboard-goal-also-reached').textContent).toBe(
        '另有 2 个目标已达成。请在日志中标记完成。',
      )
    },
    { timeout: 5000 },
  )
  cleanup()
  await db.goals.filter((goal) => goal.title === 'A note').delete()
  await renderWith(db, <Harness goal={sooner} today={today} />, 'zh-CN')
  await waitFor(
    () => {
      expect(screen.getByTestId('dashboard-goal-also-reached').textContent).toBe(
        '另有目标已达成：“One note”。请在日志中标记完成。',
      )
    },
    { timeout: 5000 },
  )
})
