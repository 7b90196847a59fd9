// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * The parser reads a sign-on in a line since e73a4c4; the profile has no sign-on (a current
 * job's pay is what it pays every year), so it says the sign-on is not counted rather than drop
 * it silently (it was refused as two figures before).
 */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

it.each([
  [
    'en',
    'Paste your pay as a recruiter would write it',
    '45k x 15, sign-on 100k',
    'A sign-on of 100k is mentioned; it is not counted in your current pay',
  ],
  [
    'zh-CN',
    '按猎头的写法粘贴你的薪资',
    '月薪4.5万*15薪，签字费10万',
    '提到了签字费 10万；签字费不计入当前薪资',
  ],
] as const)(
  'the profile says a pasted sign-on is not counted (%s)',
  async (language, label, line, said) => {
    await renderPayForm(language, 'profile')
    await screen.findByLabelText(label)
    await act(async () => {
      fireEvent.change(screen.getByLabelText(label), { target: { value: line } })
      await Promise.resolve()
    })
    expect(document.querySelector('.pay-reading')?.textContent).toContain(said)
    expect(document.querySelector('.field-error')).toBeNull()
  },
)
