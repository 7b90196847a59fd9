// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { saveGoal } from '../../../../renderer/data/repositories/goals'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { localDate } from '../../../../renderer/data/snapshots'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { GoalCard } from '../../../../renderer/ui/screens/dashboard/cards/GoalCard'
import type { StoredGoal } from '../../../../renderer/data/records'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

function Harness({ goal, today }: { goal: StoredGoal; today: string }) {
  const live = useAssessment()
  return live ? <GoalCard goal={goal} live={live} today={today} /> : null
}

describe('the dashboard goal card', () => {
  it('shows the next goal progress as the goals view counts it', async () => {
    const db = await freshDb('goal-card')
    const today = localDate(new Date())
    for (const title of ['One', 'Two', 'Three']) {
      await saveJournalEntry(db, { kind: 'learning', date: today, title })
    }
    const goal = await saveGoal(db, {
      title: 'Five notes',
      targetDate: today,
      target: { kind: 'entry-count', journalKind: 'learning', count: 5, from: today },
    })
    await renderWith(db, <Harness goal={goal} today={today} />)
    await waitFor(
      () => {
        expect(screen.getByTestId('dashboard-goal').textContent).toContain('3 of 5')
      },
      { timeout: 5000 },
    )
    expect(screen.getByRole('progressbar', { name: 'Progress of “Five notes”' })).toBeTruthy()
  })

  it('skips a reached goal for the next one not reached (trial 18 L13: "Reached · 42 of 10")', async () => {
    const db = await freshDb('goal-card-reached')
    const today = localDate(new Date())
    for (const title of ['One', 'Two', 'Three']) {
      await saveJournalEntry(db, { kind: 'learning', date: today, title })
    }
    const reached = await saveGoal(db, {
      title: 'Two notes',
      targetDate: today,
      target: { kind: 'entry-count', journalKind: 'learning', count: 2, from: today },
    })
    await saveGoal(db, {
      title: 'Ten notes',
      targetDate: '2099-01-01',
      target: { kind: 'entry-count', journalKind: 'learning', count: 10, from: today },
    })
    // The dashboard hands over the undone goal due soonest: the reached one.
    await renderWith(db, <Harness goal={reached} today={today} />)
    await waitFor(
      () => {
        expect(screen.getByTestId('dashboard-goal').textContent).toContain('3 of 10')
      },
      { timeout: 5000 },
    )
    // Not as the next goal: named only in the line saying it is reached (trial 32).
    const card = screen.getByTestId('dashboard-goal')
    expect(card.querySelector('.dash-goal-title')?.textContent).toBe('Ten notes')
    expect(card.textContent).not.toContain('Reached · ')
  })

  // Review 24 L10: one open goal, reached, was told to 'mark them done'.
  it('says to mark it done when the one open goal is reached', async () => {
    const db = await freshDb('goal-card-all-reached')
    const today = localDate(new Date())
    await saveJournalEntry(db, { kind: 'learning', date: today, title: 'One' })
    const reached = await saveGoal(db, {
      title: 'One note',
      targetDate: today,
      target: { kind: 'entry-count', journalKind: 'learning', count: 1, from: today },
    })
    await renderWith(db, <Harness goal={reached} today={today} />)
    await waitFor(
      () => {
        expect(screen.getByTestId('dashboard-goal').textContent).toContain(
          'This goal is reached: mark it done in the journal.',
        )
      },
      { timeout: 5000 },
    )
  })

  it('says to mark them done when every open goal is reached', async () => {
    const db = await freshDb('goal-card-two-reached')
    const today = localDate(new Date())
    await saveJournalEntry(db, { kind: 'learning', date: today, title: 'One' })
    const reached = await saveGoal(db, {
      title: 'One note',
      targetDate: today,
      target: { kind: 'entry-count', journalKind: 'learning', count: 1, from: today },
    })
    await saveGoal(db, {
      title: 'Another note',
      targetDate: '2099-01-01',
      target: { kind: 'entry-count', journalKind: 'learning', count: 1, from: today },
    })
    await renderWith(db, <Harness goal={reached} today={today} />)
    await waitFor(
      () => {
        expect(screen.getByTestId('dashboard-goal').textContent).toContain(
          'Every open goal is reached: mark them done in the journal.',
        )
      },
      { timeout: 5000 },
    )
  })
})
