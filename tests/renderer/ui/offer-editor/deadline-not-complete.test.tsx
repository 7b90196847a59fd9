// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'
import { typeImpossibleDate } from '../form/date-input-stub'
import { errorOf } from '../journal-entry/entry-fixture'

// Nineteenth trial: an answer-by date typed that does not exist (2月30日) or is half typed
// reads as '' in the browser, as an empty one does: the deadline is optional, so the offer was
// saved with none and no word. Chromium's own typing is in
// tests/e2e/dates26-impossible-date.spec.ts.

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label)

describe.each([
  {
    language: 'en',
    company: 'Company',
    base: 'Monthly base',
    deadline: 'Answer by',
    save: 'Save offer',
    sentence: 'This date does not exist or is not complete: check the day, month and year.',
  },
  {
    language: 'zh-CN',
    company: '公司',
    base: '月薪',
    deadline: '答复期限',
    save: '保存 offer',
    sentence: '这个日期不存在或没有填完整，请检查年、月、日。',
  },
] as const)('an offer’s answer-by date ($language)', (words) => {
  it('that does not exist or is not complete is said as the field is left, and nothing is saved', async () => {
    const db = await renderPayForm(words.language, 'offer')
    await screen.findByRole('form')
    await act(async () => {
      fireEvent.change(field(words.company), { target: { value: 'Moonshot' } })
      fireEvent.change(field(words.base), { target: { value: '60000' } })
      await Promise.resolve()
    })
    await typeImpossibleDate(field(words.deadline))
    // Said as the field is left, not only at Save: the box is not empty though its value is ''.
    expect(errorOf(field(words.deadline))).toBe(words.sentence)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: words.save }))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(errorOf(field(words.deadline))).toBe(words.sentence)
    expect(await db.offers.count()).toBe(0)
  })
})
