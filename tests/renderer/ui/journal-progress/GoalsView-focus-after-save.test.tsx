// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { GoalsView } from '../../../../renderer/ui/screens/journal/goals/GoalsView'
import { freshDb, renderWith } from './render'

afterEach(() => {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  cleanup()
  vi.restoreAllMocks()
})

const WORDS = {
  en: { add: 'Add a goal', form: 'New goal', goal: 'Goal', date: 'Target date', cancel: 'Cancel' },
  'zh-CN': { add: '添加目标', form: '新目标', goal: '目标', date: '截止日期', cancel: '取消' },
} as const

/**
 * New-user trial: Add a goal, fill it in, Ctrl+Enter: saved, but focus fell to the page's body.
 * The add button was focused a frame after the form closed, and it was not always drawn by then.
 * Here each frame comes at once, before React has drawn the button, as on a busy machine.
 */
describe.each(['en', 'zh-CN'] as const)('GoalsView in %s', (language) => {
  const words = WORDS[language]

  async function openFilledForm() {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      callback(performance.now())
      return 0
    })
    const db = await freshDb('goals-focus')
    await renderWith(db, <GoalsView />, language)
    fireEvent.click(await screen.findByRole('button', { name: words.add }, { timeout: 5000 }))
    const form = screen.getByRole('form', { name: words.form })
    const title = within(form).getByLabelText(words.goal)
    fireEvent.change(title, { target: { value: '写满 10 条学习日志' } })
    fireEvent.change(within(form).getByLabelText(words.date), { target: { value: '2030-12-31' } })
    return { db, form, title }
  }

  it('gives focus back to Add a goal after Ctrl+Enter saves', async () => {
    const { db, title } = await openFilledForm()
    title.focus()
    await act(async () => {
      fireEvent.keyDown(title, { key: 'Enter', ctrlKey: true })
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: words.add }))
    })
    expect(await db.goals.count()).toBe(1)
  })

  it('gives focus back to Add a goal after Cancel', async () => {
    const { form } = await openFilledForm()
    const cancel = within(form).getByRole('button', { name: words.cancel })
    cancel.focus()
    fireEvent.click(cancel)
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: words.add }))
    })
  })
})
