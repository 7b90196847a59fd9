// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { readProfile } from '../../../../renderer/data/repositories/profile'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * "月薪 8-10 万 × 15, 年终奖 5 万" (new-user trial): a monthly range in 万, the months, and a
 * year-end bonus in 万. Both pay lines read it, and the bonus lands in the bonus field.
 */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

const LINE = '月薪 8-10 万 × 15, 年终奖 5 万'

const renderIn = renderPayForm

async function type(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await Promise.resolve()
  })
}

const value = (label: string) => screen.getByLabelText<HTMLInputElement>(label).value

describe('a pasted pay line with a year-end bonus', () => {
  it('fills the offer’s base, months and bonus (en)', async () => {
    await renderIn('en', 'offer')
    await screen.findByRole('form')
    await type('Paste the pay as the recruiter wrote it', LINE)
    expect(
      screen.getByText('Read: 80k–100k a month × 15 months, in CNY, a year-end bonus of 50k.'),
    ).toBeTruthy()
    expect(value('Monthly base')).toBe('80000')
    expect(value('Monthly base up to')).toBe('100000')
    expect(value('Months a year (薪)')).toBe('15')
    expect(value('Year-end bonus on top')).toBe('amount')
    expect(value('Bonus')).toBe('50000')
  })

  it('fills the offer’s bonus in months, in Chinese', async () => {
    await renderIn('zh-CN', 'offer')
    await screen.findByRole('form')
    await type('按猎头的写法粘贴薪资', '月薪 3 万；14 薪；年终 2 个月')
    expect(screen.getByText('读取结果：月薪 3万 × 14 个月，币种 CNY，年终奖 2 个月。')).toBeTruthy()
    expect(value('月薪')).toBe('30000')
    expect(value('每年发几个月（薪）')).toBe('14')
    expect(value('另有年终奖')).toBe('months')
  })

  it('saves the bonus with the profile’s pay', async () => {
    const db = await renderIn('zh-CN', 'profile')
    await screen.findByRole('button', { name: '个人资料' })
    await type('按猎头的写法粘贴你的薪资', LINE)
    expect(
      screen.getByText('读取结果：月薪 8万–10万 × 15 个月，币种 CNY，年终奖 5万。'),
    ).toBeTruthy()
    expect(screen.getByText(/年终奖：5万\/年，在底薪之外另计。/)).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '保存资料' }))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect((await readProfile(db))?.currentPay).toEqual({
      currency: 'CNY',
      base: { kind: 'monthly', monthly: { low: 80_000, high: 100_000 }, months: 15 },
      yearEndBonus: { kind: 'amount', amount: { low: 50_000, high: 50_000 } },
    })
  })
})
