// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * The profile refuses a figure said to include stock of no stated value, as the offer form does
 * (ac6df42): filled in as the base, "总包 135 万（含股票）" was 1.35M of cash.
 */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

async function paste(label: string, line: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value: line } })
    await Promise.resolve()
  })
}

it.each([
  [
    'en',
    'Paste your pay as a recruiter would write it',
    'package 1.35M incl. stock',
    '“incl. stock”: the figure includes stock, and the line does not say how much of it is stock.',
  ],
  [
    'zh-CN',
    '按猎头的写法粘贴你的薪资',
    '总包 135 万（含股票）',
    '“含股票”：这个数额含股票，但没写股票占多少。',
  ],
] as const)(
  'the profile refuses a figure that includes stock of no stated value (%s)',
  async (language, label, line, said) => {
    await renderPayForm(language, 'profile')
    await screen.findByLabelText(label)
    await paste(label, line)
    expect(document.querySelector('.field-error')?.textContent).toContain(said)
  },
)
