// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { barStatus, closeAll, renderRules, typeInto } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

/**
 * Focus fell to the page's body after Save changes, Discard and a field's Reset (new-user
 * trial 32 #2): each is disabled or removed by what it does. Save and Discard now leave focus
 * on the bar's status line, which says what was done; Reset leaves it on the field it
 * restored, and the status line says to what.
 */
const CASES = [
  {
    language: 'en',
    points: 'Class S: points at level 4',
    save: 'Save changes',
    discard: 'Discard',
    saved: 'Saved. Your score was recorded again with these rules.',
    discarded: 'Changes discarded.',
    reset: 'Reset “Class S: points at level 4” to 50',
    resetDone: '“Class S: points at level 4” is back to 50.',
  },
  {
    language: 'zh-CN',
    points: 'S 类：4 级分值',
    save: '保存修改',
    discard: '放弃修改',
    saved: '已保存。已按这些规则重新记录你的得分。',
    discarded: '已放弃修改。',
    reset: '把“S 类：4 级分值”恢复为 50',
    resetDone: '“S 类：4 级分值”已恢复为 50。',
  },
] as const

/** Focuses the button as a keyboard user would, then presses it. */
async function press(name: string) {
  const button = screen.getByRole('button', { name })
  button.focus()
  await act(async () => {
    fireEvent.click(button)
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
}

const statusLine = () => document.querySelector('.rules-bar [role=status]')

describe('focus after the Rules screen’s Save, Discard and Reset', () => {
  for (const c of CASES) {
    it(`stays where the result is, ${c.language}`, async () => {
      await renderRules({ language: c.language })
      const field = screen.getByLabelText<HTMLInputElement>(c.points)

      await typeInto(c.points, '60')
      await press(c.save)
      await waitFor(() => {
        expect(barStatus()).toBe(c.saved)
      })
      await waitFor(() => {
        expect(document.activeElement).toBe(statusLine())
      })

      await typeInto(c.points, '70')
      await press(c.discard)
      expect(barStatus()).toBe(c.discarded)
      await waitFor(() => {
        expect(document.activeElement).toBe(statusLine())
      })
      expect(field.value).toBe('60')

      await press(c.reset)
      expect(field.value).toBe('50')
      expect(document.activeElement).toBe(field)
      expect(barStatus()).toBe(c.resetDone)
    })
  }
})
