// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { parsePay } from '../../../../renderer/domain/pay/parse-pay'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * An options strike in a pasted line ("期权2万股 行权价1美元", "20k options @ $1 strike",
 * "20,000 options, strike $0.5") was refused as a second figure. It is read into the options'
 * strike input, in its own currency where it names one, and no longer asked for.
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

const value = (label: string) =>
  screen.getByLabelText<HTMLInputElement | HTMLSelectElement>(label).value

describe('parsePay: an options strike', () => {
  it.each([
    ['期权2万股 行权价1美元', 20_000, 1, 'USD'],
    ['20k options @ $1 strike', 20_000, 1, 'USD'],
    ['20,000 options, strike $0.5', 20_000, 0.5, 'USD'],
    ['期权 1 万股，行权价格 0.8 元', 10_000, 0.8, undefined],
  ])(
    'reads the strike of %j, options alone asking for the base',
    (text, count, strike, currency) => {
      expect(parsePay(text)).toEqual({
        ok: false,
        error: {
          code: 'options-without-base',
          options: {
            count,
            asks: ['share-price', 'vesting'],
            strikePrice: strike,
            strikeCurrency: currency,
          },
        },
      })
    },
  )

  it('reads the strike beside a base, whose currency stays its own', () => {
    expect(parsePay('月薪 4 万，20k options @ $1 strike')).toMatchObject({
      ok: true,
      pay: {
        currency: null,
        monthly: { low: 4_000_000 },
        options: { count: 20_000, strikePrice: 1, strikeCurrency: 'USD' },
      },
    })
  })

  it('still reads "20k options" without a strike as a pay of 20k', () => {
    expect(parsePay('20k options')).toMatchObject({
      ok: true,
      pay: { monthly: { low: 2_000_000 }, options: { count: null } },
    })
  })

  it('names two strikes', () => {
    expect(parsePay('月薪4万，期权2万股，行权价1美元，行权价2美元')).toEqual({
      ok: false,
      error: { code: 'several-amounts', fragment: '行权价1 / 行权价2' },
    })
  })
})

describe('a strike in a pasted pay line, in the offer form', () => {
  it('fills the strike and its currency (zh-CN)', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await type('按猎头的写法粘贴薪资', '月薪4万，期权2万股 行权价1美元')
    expect(
      screen.getByText(
        '读取结果：月薪 4万 × 12 个月，币种 CNY，期权 20,000 股，行权价每股 1 USD。',
      ),
    ).toBeTruthy()
    expect(value('每股行权价')).toBe('1')
  })

  it('fills the strike (en)', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await type('Paste the pay as the recruiter wrote it', '$300k, 20,000 options, strike $0.5')
    expect(value('Strike price a share')).toBe('0.5')
    expect(value('Number of options')).toBe('20000')
  })
})
