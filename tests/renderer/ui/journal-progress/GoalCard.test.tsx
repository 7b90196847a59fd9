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
})
