// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { saveGoal } from '../../../../renderer/data/repositories/goals'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { localDate } from '../../../../renderer/data/snapshots'
import { GoalsView } from '../../../../renderer/ui/screens/journal/goals/GoalsView'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

const today = localDate(new Date())
function daysFromToday(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() + days)
  return localDate(date)
}

async function openForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Add a goal' }, { timeout: 5000 }))
  return screen.getByRole('form', { name: 'New goal' })
}

async function submit(form: HTMLElement) {
  await act(async () => {
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }))
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
}

describe('GoalsView form', () => {
  it('saves a valid count goal and lists it with its progress from the journal', async () => {
    const db = await freshDb('goals-view')
    for (const days of [-2, -1]) {
      await saveJournalEntry(db, { kind: 'interview', date: daysFromToday(days), title: 'Round' })
    }
    await renderWith(db, <GoalsView />)
    const form = await openForm()
    fireEvent.change(within(form).getByLabelText('Goal'), {
      target: { value: 'Ten interviews' },
    })
    fireEvent.change(within(form).getByLabelText('Target date'), {
      target: { value: daysFromToday(20) },
    })
    fireEvent.change(within(form).getByLabelText('Measured by'), {
      target: { value: 'entry-count' },
    })
    fireEvent.change(await within(form).findByLabelText('How many'), { target: { value: '10' } })
    // The kind starts at the first listed (learning, f18d76a): ten interviews are chosen.
    fireEvent.change(within(form).getByLabelText('Kind of entry'), {
      target: { value: 'interview' },
    })
    fireEvent.change(within(form).getByLabelText('Counting from'), {
      target: { value: daysFromToday(-7) },
    })
    await submit(form)

    const stored = await db.goals.toArray()
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({
      title: 'Ten interviews',
      targetDate: daysFromToday(20),
      done: false,
      target: { kind: 'entry-count', journalKind: 'interview', count: 10, from: daysFromToday(-7) },
    })
    const item = await screen.findByTestId('goal-item')
    expect(item.textContent).toContain('In progress')
    expect(item.textContent).toContain('2 of 10')
    expect(screen.getByRole('status').textContent).toBe('Saved “Ten interviews”.')
  })

  it('names each wrong input beside it and writes nothing', async () => {
    const db = await freshDb('goals-view-bad')
    await saveSkill(db, { name: 'vLLM', domain: 'inference-acceleration', level: 2 })
    await renderWith(db, <GoalsView />)
    let form = await openForm()
    await submit(form)
    expect(within(form).getByLabelText('Goal').getAttribute('aria-invalid')).toBe('true')
    expect(within(form).getByText('Name the goal (at most 200 characters).')).toBeTruthy()
    expect(within(form).getByText('Enter the target date.')).toBeTruthy()
    const describedBy = within(form).getByLabelText('Goal').getAttribute('aria-describedby') ?? ''
    expect(document.getElementById(describedBy)?.textContent).toBe(
      'Name the goal (at most 200 characters).',
    )

    fireEvent.change(within(form).getByLabelText('Goal'), { target: { value: 'vLLM to 3' } })
    fireEvent.change(within(form).getByLabelText('Target date'), { target: { value: today } })
    fireEvent.change(within(form).getByLabelText('Measured by'), {
      target: { value: 'skill-level' },
    })
    await submit(form)
    expect(within(form).getByText('Choose the skill.')).toBeTruthy()

    fireEvent.change(within(form).getByLabelText('Measured by'), {
      target: { value: 'entry-count' },
    })
    fireEvent.change(within(form).getByLabelText('How many'), { target: { value: 'ten' } })
    fireEvent.change(within(form).getByLabelText('Counting from'), {
      target: { value: daysFromToday(3) },
    })
    await submit(form)
    expect(within(form).getByText('Enter a whole number from 1 to 10,000.')).toBeTruthy()
    // The count fixed, the window that starts after it ends is named at its start.
    fireEvent.change(within(form).getByLabelText('How many'), { target: { value: '5' } })
    await submit(form)
    expect(within(form).queryByText('Enter a whole number from 1 to 10,000.')).toBeNull()
    expect(within(form).getByText('Counting must start on or before the target date.')).toBeTruthy()
    expect(await db.goals.count()).toBe(0)

    // Cancel leaves nothing behind either.
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('form')).toBeNull()
    form = await openForm()
    expect(within(form).getByLabelText<HTMLInputElement>('Goal').value).toBe('')
    expect(await db.goals.count()).toBe(0)
  })

  it('lists open goals next due first, done ones apart, and edits, closes and deletes', async () => {
    const db = await freshDb('goals-view-list')
    const skill = await saveSkill(db, { name: 'vLLM', domain: 'inference-acceleration', level: 3 })
    await saveGoal(db, { title: 'Later', targetDate: daysFromToday(30) })
    await saveGoal(db, {
      title: 'vLLM to 3',
      targetDate: daysFromToday(10),
      skillIds: [skill.id],
      target: { kind: 'skill-level', skillId: skill.id, level: 3 },
    })
    await saveGoal(db, { title: 'Missed', targetDate: daysFromToday(-3) })
    await saveGoal(db, { title: 'Closed', targetDate: daysFromToday(-30), done: true })
    await renderWith(db, <GoalsView />)

    const open = await screen.findByRole('list', { name: 'Next due first' }, { timeout: 5000 })
    const titles = (list: HTMLElement) =>
      within(list)
        .getAllByRole('heading')
        .map((heading) => heading.textContent)
    expect(titles(open)).toEqual(['Missed', 'vLLM to 3', 'Later'])
    expect(titles(screen.getByRole('list', { name: 'Done' }))).toEqual(['Closed'])
    const items = within(open).getAllByTestId('goal-item')
    expect(items[0]?.textContent).toContain('Overdue')
    // Rated 3 with no evidence: the engine counts 2, so the goal is not reached yet.
    expect(items[1]?.textContent).toContain('Rated 3 or higher, counted as 2')

    fireEvent.click(screen.getByRole('button', { name: 'Edit “Later”' }))
    const form = screen.getByRole('form', { name: 'Edit “Later”' })
    fireEvent.change(within(form).getByLabelText('Goal'), { target: { value: 'Later, renamed' } })
    await submit(form)
    await waitFor(async () => {
      expect((await db.goals.toArray()).map((goal) => goal.title)).toContain('Later, renamed')
    })

    fireEvent.click(await screen.findByRole('button', { name: 'Mark done: “Missed”' }))
    await waitFor(() => {
      expect(titles(screen.getByRole('list', { name: 'Done' }))).toEqual(['Missed', 'Closed'])
    })

    // Deleted at once: Undo, in the status line, puts it back (GoalsView-undo.test.tsx).
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Closed”' }))
    await waitFor(async () => {
      expect((await db.goals.toArray()).map((goal) => goal.title).sort()).toEqual([
        'Later, renamed',
        'Missed',
        'vLLM to 3',
      ])
    })
  })
})
