// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { GoalForm } from '../../../../renderer/ui/screens/journal/goals/GoalForm'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

const WORDS = {
  en: {
    goal: 'Goal',
    cancel: 'Cancel',
    asked:
      'Your changes are not saved. Press Esc again or Cancel to discard them, or Enter to save.',
  },
  'zh-CN': {
    goal: '目标',
    cancel: '取消',
    asked: '修改尚未保存。再按一次 Esc 或点“取消”放弃修改，按回车保存。',
  },
} as const

async function renderForm(language: 'en' | 'zh-CN') {
  const db = await freshDb('goal-form-esc')
  const onCancel = vi.fn()
  await renderWith(
    db,
    <GoalForm
      goal={undefined}
      skills={[]}
      today="2026-12-03"
      onSaved={vi.fn()}
      onCancel={onCancel}
    />,
    language,
  )
  return { onCancel }
}

for (const language of ['en', 'zh-CN'] as const) {
  const words = WORDS[language]
  describe(`GoalForm: Esc with typed text asks first (trial 23 #8, ${language})`, () => {
    it('closes an empty form at once', async () => {
      const { onCancel } = await renderForm(language)
      fireEvent.keyDown(screen.getByLabelText(words.goal), { key: 'Escape' })
      expect(onCancel).toHaveBeenCalledTimes(1)
    })

    it('asks in the live status line at the first Esc, closes at the second', async () => {
      const { onCancel } = await renderForm(language)
      const title = screen.getByLabelText<HTMLInputElement>(words.goal)
      fireEvent.change(title, { target: { value: 'Read the vLLM scheduler' } })
      fireEvent.keyDown(title, { key: 'Escape' })
      expect(onCancel).not.toHaveBeenCalled()
      expect(screen.getByRole('status').textContent).toBe(words.asked)
      expect(title.value).toBe('Read the vLLM scheduler')
      fireEvent.keyDown(title, { key: 'Escape' })
      expect(onCancel).toHaveBeenCalledTimes(1)
    })

    it('withdraws the question at the next key typed, so a later Esc asks again', async () => {
      const { onCancel } = await renderForm(language)
      const title = screen.getByLabelText<HTMLInputElement>(words.goal)
      fireEvent.change(title, { target: { value: 'Read' } })
      fireEvent.keyDown(title, { key: 'Escape' })
      fireEvent.keyDown(title, { key: 'Shift' })
      expect(screen.getByRole('status').textContent).toBe(words.asked)
      fireEvent.keyDown(title, { key: 'a' })
      expect(screen.getByRole('status').textContent).toBe('')
      fireEvent.keyDown(title, { key: 'Escape' })
      expect(onCancel).not.toHaveBeenCalled()
    })

    it('closes at Cancel, a choice made on purpose, even with the question standing', async () => {
      const { onCancel } = await renderForm(language)
      const title = screen.getByLabelText(words.goal)
      fireEvent.change(title, { target: { value: 'Read' } })
      fireEvent.keyDown(title, { key: 'Escape' })
      fireEvent.click(screen.getByRole('button', { name: words.cancel }))
      expect(onCancel).toHaveBeenCalledTimes(1)
    })
  })
}
