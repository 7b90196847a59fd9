// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { GoalForm } from '../../../../renderer/ui/screens/journal/goals/GoalForm'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

async function renderForm(language: 'en' | 'zh-CN' = 'en') {
  const db = await freshDb('goal-form')
  const onCancel = vi.fn()
  await renderWith(
    db,
    <GoalForm
      goal={undefined}
      skills={[]}
      today="2026-11-30"
      onSaved={vi.fn()}
      onCancel={onCancel}
    />,
    language,
  )
  return { onCancel }
}

describe('GoalForm', () => {
  it('labels every control, ties the hint and then the error to theirs, and closes on Escape', async () => {
    const { onCancel } = await renderForm()
    const kind = screen.getByLabelText<HTMLSelectElement>('Measured by')
    expect(kind.tagName).toBe('SELECT')
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByLabelText('Goal'))
    })
    fireEvent.change(kind, { target: { value: 'entry-count' } })
    expect(screen.getByLabelText('Kind of entry').tagName).toBe('SELECT')
    const from = screen.getByLabelText<HTMLInputElement>('Counting from')
    expect(from.value).toBe('2026-11-30')
    const hint = screen.getByText('Entries dated from this day to the target date count.')
    expect(from.getAttribute('aria-describedby')).toBe(hint.id)
    expect(from.hasAttribute('aria-invalid')).toBe(false)

    fireEvent.change(from, { target: { value: '' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save goal' }))
      await new Promise((resolve) => setTimeout(resolve, 20))
    })
    const ids = from.getAttribute('aria-describedby')?.split(' ') ?? []
    expect(ids[0]).toBe(hint.id)
    expect(ids).toHaveLength(2)
    const error = document.getElementById(ids[1] ?? '')
    expect(error?.className).toBe('field-error')
    expect(error?.textContent).not.toBe('')
    expect(from.getAttribute('aria-invalid')).toBe('true')

    // Changed (the kind): the first Escape asks, the second closes (goal31).
    fireEvent.keyDown(from, { key: 'Escape' })
    expect(onCancel).not.toHaveBeenCalled()
    fireEvent.keyDown(from, { key: 'Escape' })
    expect(onCancel).toHaveBeenCalledTimes(1)
  })

  it('labels its fields in Simplified Chinese', async () => {
    await renderForm('zh-CN')
    fireEvent.change(screen.getByLabelText('衡量方式'), { target: { value: 'skill-level' } })
    expect(screen.getByLabelText('技能').tagName).toBe('SELECT')
  })
})

describe('GoalForm, by keyboard', () => {
  it('saves on Ctrl+Enter from any field, as the other forms do (new-user trial 17)', async () => {
    const db = await freshDb('goal-form-ctrl-enter')
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
      'en',
    )
    fireEvent.change(screen.getByLabelText('Goal'), { target: { value: 'Finish the LoRA course' } })
    fireEvent.change(screen.getByLabelText('Target date'), { target: { value: '2026-12-31' } })
    const kind = screen.getByLabelText<HTMLSelectElement>('Measured by')
    await act(async () => {
      fireEvent.keyDown(kind, { key: 'Enter', ctrlKey: true })
      await new Promise((resolve) => setTimeout(resolve, 30))
    })
    await waitFor(() => {
      expect(onSaved).toHaveBeenCalledTimes(1)
    })
    expect(await db.goals.count()).toBe(1)
  })
})

describe('GoalForm, Enter on a select (new-user trial 11)', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`saves from 'Measured by' and from the skill's level, and says how (${language})`, async () => {
      const db = await freshDb(`goal-form-enter-${language}`)
      const skill = await saveSkill(db, { name: 'LoRA', domain: 'fine-tuning', level: 2 })
      const onSaved = vi.fn()
      await renderWith(
        db,
        <GoalForm
          goal={undefined}
          skills={[skill]}
          today="2026-11-30"
          onSaved={onSaved}
          onCancel={vi.fn()}
        />,
        language,
      )
      const words =
        language === 'en'
          ? {
              title: 'Goal',
              date: 'Target date',
              kind: 'Measured by',
              skill: 'Skill',
              level: 'Level to reach',
              keys: 'Enter or Ctrl/⌘+Enter saves, Esc cancels.',
            }
          : {
              title: '目标',
              date: '截止日期',
              kind: '衡量方式',
              skill: '技能',
              level: '目标等级',
              keys: '按回车或 Ctrl/⌘+回车 保存，按 Esc 取消。',
            }
      expect(screen.getByText(words.keys)).toBeTruthy()
      fireEvent.change(screen.getByLabelText(words.title), { target: { value: 'LoRA to 3' } })
      fireEvent.change(screen.getByLabelText(words.date), { target: { value: '2026-12-31' } })
      const kind = screen.getByLabelText<HTMLSelectElement>(words.kind)
      const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })
      await act(async () => {
        kind.dispatchEvent(enter)
        await new Promise((resolve) => setTimeout(resolve, 30))
      })
      // The select's own Enter (its list opening) is stopped.
      expect(enter.defaultPrevented).toBe(true)
      await waitFor(() => {
        expect(onSaved).toHaveBeenCalledTimes(1)
      })

      fireEvent.change(kind, { target: { value: 'skill-level' } })
      fireEvent.change(screen.getByLabelText(words.skill), { target: { value: skill.id } })
      fireEvent.change(screen.getByLabelText(words.level), { target: { value: '3' } })
      await act(async () => {
        fireEvent.keyDown(screen.getByLabelText(words.level), { key: 'Enter' })
        await new Promise((resolve) => setTimeout(resolve, 30))
      })
      await waitFor(() => {
        expect(onSaved).toHaveBeenCalledTimes(2)
      })
    })
  }
})
