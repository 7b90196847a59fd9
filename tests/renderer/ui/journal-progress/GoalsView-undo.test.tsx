// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { saveGoal } from '../../../../renderer/data/repositories/goals'
import { GoalsView } from '../../../../renderer/ui/screens/journal/goals/GoalsView'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

const WORDS = {
  en: {
    markDone: 'Mark done: “Three interviews”',
    reopen: 'Reopen “Three interviews”',
    marked: 'Marked “Three interviews” done.',
    done: 'Done',
    remove: 'Delete “Three interviews”',
    deleted: 'Deleted “Three interviews”.',
    undo: 'Undo deleting “Three interviews”',
    restored: 'Restored “Three interviews”.',
  },
  'zh-CN': {
    markDone: '标记完成：“Three interviews”',
    reopen: '重新打开“Three interviews”',
    marked: '已将“Three interviews”标为完成。',
    done: '已完成',
    remove: '删除“Three interviews”',
    deleted: '已删除“Three interviews”。',
    undo: '撤销删除“Three interviews”',
    restored: '已恢复“Three interviews”。',
  },
} as const

async function withGoal(language: keyof typeof WORDS) {
  const db = await freshDb('goals-undo')
  const goal = await saveGoal(db, {
    title: 'Three interviews',
    targetDate: '2099-12-31',
    target: { kind: 'entry-count', journalKind: 'interview', count: 3, from: '2026-11-01' },
  })
  await renderWith(db, <GoalsView />, language)
  return { db, goal }
}

function status() {
  return document.querySelector('.goals-status')?.textContent
}

describe.each(['en', 'zh-CN'] as const)('goals (%s)', (language) => {
  const words = WORDS[language]

  it('Mark done says so and keeps focus on the goal, in its new place', async () => {
    await withGoal(language)
    const markDone = await screen.findByRole('button', { name: words.markDone }, { timeout: 5000 })
    markDone.focus()
    fireEvent.click(markDone)
    const reopen = await screen.findByRole('button', { name: words.reopen })
    expect(
      within(screen.getByRole('list', { name: words.done })).getByText('Three interviews'),
    ).toBeTruthy()
    await waitFor(() => {
      expect(document.activeElement).toBe(reopen)
    })
    expect(status()).toBe(words.marked)
  })

  it('Delete deletes at once and says so; Undo puts the goal back exactly', async () => {
    const { db, goal } = await withGoal(language)
    fireEvent.click(await screen.findByRole('button', { name: words.remove }, { timeout: 5000 }))
    const undo = await screen.findByRole('button', { name: words.undo })
    expect(await db.goals.count()).toBe(0)
    expect(status()).toContain(words.deleted)
    // Focus moves in an effect after the paint that drew Undo: wait for it, as for Reopen above.
    await waitFor(() => {
      expect(document.activeElement).toBe(undo)
    })
    fireEvent.click(undo)
    await waitFor(() => {
      expect(status()).toBe(words.restored)
    })
    expect(await db.goals.get(goal.id)).toEqual(goal)
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: words.markDone }))
    })
  })
})
