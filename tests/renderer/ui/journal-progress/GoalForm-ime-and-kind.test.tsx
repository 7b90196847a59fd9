// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { GoalForm } from '../../../../renderer/ui/screens/journal/goals/GoalForm'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

const WORDS = {
  en: {
    goal: 'Goal',
    date: 'Target date',
    measured: 'Measured by',
    kind: 'Kind of entry',
    count: 'How many',
    learning: 'Learning',
  },
  'zh-CN': {
    goal: '目标',
    date: '截止日期',
    measured: '衡量方式',
    kind: '日志类型',
    count: '条数',
    learning: '学习',
  },
} as const

async function renderForm(language: 'en' | 'zh-CN') {
  const db = await freshDb('goal-form-ime')
  const onSaved = vi.fn()
  await renderWith(
    db,
    <GoalForm
      goal={undefined}
      skills={[]}
      today="2026-11-30"
      onSaved={onSaved}
      onCancel={vi.fn()}
    />,
    language,
  )
  return { db, onSaved }
}

describe.each(['en', 'zh-CN'] as const)('GoalForm in %s', (language) => {
  const words = WORDS[language]

  /**
   * New-user trial: 日志达到一定条数 chose 面试 (interview) as the kind while the select listed 学习
   * (learning) first, and a goal titled 写满 10 条学习日志 counted interviews.
   */
  it('starts a count of entries at the first kind it lists, and saves that kind', async () => {
    const { db, onSaved } = await renderForm(language)
    fireEvent.change(screen.getByLabelText(words.goal), { target: { value: '写满 10 条学习日志' } })
    fireEvent.change(screen.getByLabelText(words.date), { target: { value: '2026-12-31' } })
    fireEvent.change(screen.getByLabelText(words.measured), { target: { value: 'entry-count' } })
    const kind = await screen.findByLabelText<HTMLSelectElement>(words.kind)
    const first = kind.options[0]
    expect(first?.textContent).toBe(words.learning)
    expect(kind.value).toBe(first?.value)
    expect(kind.selectedOptions[0]?.textContent).toBe(words.learning)
    fireEvent.change(screen.getByLabelText(words.count), { target: { value: '10' } })
    await act(async () => {
      fireEvent.keyDown(screen.getByLabelText(words.count), { key: 'Enter' })
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    await waitFor(() => {
      expect(onSaved).toHaveBeenCalledTimes(1)
    })
    const stored = await db.goals.toArray()
    expect(stored[0]?.target).toMatchObject({
      kind: 'entry-count',
      journalKind: 'learning',
      count: 10,
    })
  })

  /** The Enter that commits a pinyin candidate is the input method's, not a save. */
  it('does not save on the Enter that ends an input method composition', async () => {
    const { db, onSaved } = await renderForm(language)
    const title = screen.getByLabelText(words.goal)
    fireEvent.change(title, { target: { value: '学习' } })
    fireEvent.change(screen.getByLabelText(words.date), { target: { value: '2026-12-31' } })
    await act(async () => {
      fireEvent.keyDown(title, { key: 'Enter', isComposing: true, keyCode: 229 })
      fireEvent.keyDown(title, { key: 'Escape', isComposing: true, keyCode: 229 })
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(onSaved).not.toHaveBeenCalled()
    expect(await db.goals.count()).toBe(0)
    expect(screen.getByLabelText(words.goal)).toBe(title)

    // The next Enter, the composition over, saves.
    await act(async () => {
      fireEvent.keyDown(title, { key: 'Enter' })
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    await waitFor(() => {
      expect(onSaved).toHaveBeenCalledTimes(1)
    })
  })
})
