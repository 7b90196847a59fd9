// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/** What the offer form and the profile say of a pasted range of month counts (review 14, M2). */
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

describe('a pasted range of month counts', () => {
  it('is named in the offer form, and nothing is filled (en)', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await paste('Paste the pay as the recruiter wrote it', '30k*14-16')
    expect(
      screen.getByText(
        '“*14-16” gives a range of months: enter the one count the offer pays (13, 14…).',
      ),
    ).toBeTruthy()
    expect(screen.queryByText(/^Read:/)).toBeNull()
  })

  it('is named in the offer form (zh-CN)', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await paste('按猎头的写法粘贴薪资', '月薪 25k，13-14 薪')
    expect(
      screen.getByText('“13-14 薪”是一段月数：请填 offer 实际发的一个月数（如 13、14）。'),
    ).toBeTruthy()
  })
})
