// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * Fifteenth trial #1: "base 5.8w x 15薪，年终奖3个月" reads as 15 months plus a 3-month bonus, 18
 * months, where the recruiter may have meant the 3 inside the 15. The line does not say which:
 * it is read as written, and a note under the reading says the total counted and how to undo it.
 */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

async function paste(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await Promise.resolve()
  })
}

describe('months past 12 and a bonus in months on one line', () => {
  it.each([
    [
      'en',
      'Paste the pay as the recruiter wrote it',
      'Counted as 15 months + a bonus of 3 months = 18 months of base a year. If the bonus is part of the 15 months, set “Year-end bonus on top” to “None stated”.',
    ],
    [
      'zh-CN',
      '按猎头的写法粘贴薪资',
      '按 15 薪另加 3 个月年终奖计，一年共 18 个月月薪。若年终奖已含在 15 薪里，请把“另有年终奖”选为“没有写明”。',
    ],
  ] as const)('are read as written, the total said (%s)', async (language, label, note) => {
    await renderPayForm(language, 'offer')
    await screen.findByRole('form')
    await paste(label, 'base 5.8w x 15薪，年终奖3个月')
    expect(screen.getByText(note).closest('ul')?.className).toBe('hint')
    expect(screen.getByLabelText(label).getAttribute('aria-invalid')).toBeNull()
  })

  it('says a range of bonus months as a range of totals', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await paste('Paste the pay as the recruiter wrote it', '月薪 3 万 × 14，年终 2-4 个月')
    expect(
      screen.getByText(/^Counted as 14 months \+ a bonus of 2 – 4 months = 16 – 18 months/),
    ).toBeTruthy()
  })

  it.each(['月薪 3 万 × 12，年终 2 个月', '月薪 3 万，年终 2 个月', '月薪 3 万 × 15，年终奖 5 万'])(
    'say nothing of it when the months are 12 or the bonus an amount: %s',
    async (line) => {
      await renderPayForm('en', 'offer')
      await screen.findByRole('form')
      await paste('Paste the pay as the recruiter wrote it', line)
      expect(screen.getByText(/^Read: /)).toBeTruthy()
      expect(screen.queryByText(/^Counted as/)).toBeNull()
    },
  )
})
