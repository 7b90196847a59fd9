// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * Trial 19: the profile's note on a cash-only line ("股票另谈", "RSU 另谈") still said "Marked as
 * cash: stock is not included.", where the offer form's (faddd90) says what is counted: only
 * stock entered under Stock, and stock still to be negotiated once it is entered there.
 */
vi.setConfig({ testTimeout: 30_000 })
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

it.each([
  [
    'en',
    'Paste your pay as a recruiter would write it',
    'base 50k x 16, RSU 另谈',
    'The figure is cash, stock apart: only stock entered under Stock is counted. Stock still to be negotiated (另谈, 待定) is not counted until you enter it there.',
  ],
  [
    'zh-CN',
    '按猎头的写法粘贴你的薪资',
    '月薪 5 万 × 16，股票另谈',
    '这个数额是现金，股票另计：只计入“股票”中填写的股票。股票另谈或待定的，填写之前不计入。',
  ],
] as const)(
  'the profile says what a cash-only line counts (%s)',
  async (language, label, line, note) => {
    await renderPayForm(language, 'profile')
    await screen.findByLabelText(label)
    await act(async () => {
      fireEvent.change(screen.getByLabelText(label), { target: { value: line } })
      await Promise.resolve()
    })
    expect(screen.getByText(note)).toBeTruthy()
  },
)
