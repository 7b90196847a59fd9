// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { GoalForm } from '../../../../renderer/ui/screens/journal/goals/GoalForm'
import { typeImpossibleDate } from '../form/date-input-stub'
import { errorOf } from '../journal-entry/entry-fixture'
import { freshDb, renderWith } from './render'

// Nineteenth trial: a date typed that does not exist (2月30日) or is half typed was told "enter
// the target date", as an empty one is: the browser gives '' for both. Chromium's own typing
// is in tests/e2e/dates26-impossible-date.spec.ts.

afterEach(cleanup)

async function renderForm(language: 'en' | 'zh-CN' = 'en') {
  const db = await freshDb('goal-date-not-complete')
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

async function save(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }))
    await new Promise((resolve) => setTimeout(resolve, 30))
  })
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label)

describe('a goal’s date that does not exist or is not complete', () => {
  it('is said at the target date and at the counting start, and nothing is saved', async () => {
    const { db, onSaved } = await renderForm()
    fireEvent.change(field('Goal'), { target: { value: 'Ten learning notes' } })
    fireEvent.change(field('Measured by'), { target: { value: 'entry-count' } })
    fireEvent.change(field('How many'), { target: { value: '10' } })
    await typeImpossibleDate(field('Target date'))
    await typeImpossibleDate(field('Counting from'))
    await save('Save goal')
    const sentence = 'This date does not exist or is not complete: check the day, month and year.'
    expect(errorOf(field('Target date'))).toBe(sentence)
    expect(errorOf(field('Counting from'))).toBe(sentence)
    expect(onSaved).not.toHaveBeenCalled()
    expect(await db.goals.count()).toBe(0)
  })

  it('is said in Chinese, while an empty target date keeps its own sentence', async () => {
    await renderForm('zh-CN')
    fireEvent.change(field('目标'), { target: { value: '写满 10 条学习日志' } })
    fireEvent.change(field('衡量方式'), { target: { value: 'entry-count' } })
    await typeImpossibleDate(field('开始计数日期'))
    await save('保存目标')
    expect(errorOf(field('开始计数日期'))).toBe('这个日期不存在或没有填完整，请检查年、月、日。')
    expect(errorOf(field('截止日期'))).toBe('请填写截止日期。')
  })

  it('holds up no save once its input is gone (the goal measured by nothing)', async () => {
    const { onSaved } = await renderForm()
    fireEvent.change(field('Goal'), { target: { value: 'Ship an inference service' } })
    fireEvent.change(field('Target date'), { target: { value: '2027-06-30' } })
    fireEvent.change(field('Measured by'), { target: { value: 'entry-count' } })
    await typeImpossibleDate(field('Counting from'))
    fireEvent.change(field('Measured by'), { target: { value: 'none' } })
    await save('Save goal')
    await waitFor(() => {
      expect(onSaved).toHaveBeenCalledTimes(1)
    })
  })
})
