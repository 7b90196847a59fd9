// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * Two user trials: a sign-on inside a pasted line ("月薪4.5万*16薪，签字费10万") was refused as
 * two figures. The offer form reads it, says so, and fills its sign-on input.
 */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

async function type(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await Promise.resolve()
  })
}

const value = (label: string) => screen.getByLabelText<HTMLInputElement>(label).value

describe('a sign-on in a pasted pay line, in the offer form', () => {
  it('fills the sign-on input and says it (zh-CN)', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await type('按猎头的写法粘贴薪资', '月薪4.5万*16薪，签字费10万')
    expect(screen.getByText('读取结果：月薪 4.5万 × 16 个月，币种 CNY，签字费 10万。')).toBeTruthy()
    expect(value('签字费')).toBe('100000')
  })

  it('fills the sign-on input and says it (en)', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await type('Paste the pay as the recruiter wrote it', '45k RMB/month x 15, sign-on 100k')
    expect(
      screen.getByText('Read: 45k a month × 15 months, in CNY, a sign-on of 100k.'),
    ).toBeTruthy()
    expect(value('Sign-on bonus')).toBe('100000')
  })

  it('names a sign-on paid over years, and fills nothing (en)', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await type('Paste the pay as the recruiter wrote it', '45k x 15, sign-on 100k over 2 years')
    expect(
      screen.getByText(
        '“sign-on 100k over 2 years”: a sign-on paid over several years. Tidemark counts a sign-on in year one and does not guess how it is split: paste the line without it, and enter the part paid in the first year under Sign-on bonus.',
      ),
    ).toBeTruthy()
    expect(value('Sign-on bonus')).toBe('')
  })

  it('names two different sign-ons (zh-CN)', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await type('按猎头的写法粘贴薪资', '月薪 4 万，签字费 10 万，签约奖 5 万')
    expect(
      screen.getByText(
        '有两笔不同的签字费（“签字费 10 万 / 签约奖 5 万”）：粘贴时只留 offer 实际给的那笔，或填在“签字费”中。',
      ),
    ).toBeTruthy()
    expect(value('签字费')).toBe('')
  })
})
