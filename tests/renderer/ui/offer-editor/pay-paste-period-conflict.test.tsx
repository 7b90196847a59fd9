// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/** What the offer form and the profile say of a pay word against the figure's own period. */
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

describe('a pasted pay word against the figure’s own period', () => {
  it('is named in the offer form, and nothing is filled (en)', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await paste('Paste the pay as the recruiter wrote it', '60万/年，月薪')
    expect(
      screen.getByText(
        'The figure gives its own period, and a pay word says the other (“60万/年 / 月薪”): keep one of the two.',
      ),
    ).toBeTruthy()
    expect(screen.queryByText(/^Read:/)).toBeNull()
  })

  it('is named in the offer form (zh-CN)', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await paste('按猎头的写法粘贴薪资', '3万/月，年薪')
    expect(
      screen.getByText('数字自带的周期与薪资用词说的不一致（“3万/月 / 年薪”）：请只保留其中一个。'),
    ).toBeTruthy()
  })

  it('is named in the profile (en, zh-CN)', async () => {
    await renderPayForm('en', 'profile')
    await screen.findByLabelText('Paste your pay as a recruiter would write it')
    await paste('Paste your pay as a recruiter would write it', '60万/年 月入')
    expect(
      screen.getByText(
        'The figure gives its own period, and a pay word says the other (“60万/年 / 月入”): keep one of the two.',
      ),
    ).toBeTruthy()
    cleanup()
    await renderPayForm('zh-CN', 'profile')
    await screen.findByLabelText('按猎头的写法粘贴你的薪资')
    await paste('按猎头的写法粘贴你的薪资', '3万/月，年薪')
    expect(
      screen.getByText('数字自带的周期与薪资用词说的不一致（“3万/月 / 年薪”）：请只保留其中一个。'),
    ).toBeTruthy()
  })
})
