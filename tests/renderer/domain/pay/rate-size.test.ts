import { describe, expect, it } from 'vitest'
import {
  payRatesWrongSize,
  rateOutOfScale,
  rateWrongSize,
} from '../../../../renderer/domain/pay/rate-size'

describe('rateWrongSize', () => {
  it('is null for a rate of the right size and for the yuan', () => {
    expect(rateWrongSize('HKD', 0.92)).toBeNull()
    expect(rateWrongSize('USD', 7.1)).toBeNull()
    expect(rateWrongSize('CNY', 1)).toBeNull()
    expect(rateOutOfScale('USD', 7.1)).toBeNull()
  })

  // Read 30: only a rate about 100 times too large is read as a bank's rate for 100 units.
  it.each([
    ['HKD', 92, true],
    ['USD', 720, true],
    ['JPY', 4.8, true],
    ['USD', 0.14, false],
    ['USD', 0.01, false],
    ['HKD', 0.0092, false],
    ['USD', 7200, false],
    ['USD', 72, false],
  ] as const)('%s %s: wrong, per 100 %s', (currency, rate, per100) => {
    const typical = rateOutOfScale(currency, rate)
    expect(typical).not.toBeNull()
    expect(rateWrongSize(currency, rate)).toEqual({ currency, rate, typical, per100 })
  })
})

describe('payRatesWrongSize', () => {
  it('names the pay’s rate and the options’ where they are in another currency', () => {
    const options = { currency: 'USD' as const, rateToCny: 720 }
    expect(payRatesWrongSize({ currency: 'HKD', rateToCny: 92, options: null } as never)).toEqual({
      pay: { currency: 'HKD', rate: 92, typical: 0.92, per100: true },
      options: null,
    })
    expect(payRatesWrongSize({ currency: 'CNY', rateToCny: 1, options } as never)).toEqual({
      pay: null,
      options: { currency: 'USD', rate: 720, typical: 7.2, per100: true },
    })
    // Options in the pay's own currency convert at the pay's rate: named once.
    expect(
      payRatesWrongSize({
        currency: 'USD',
        rateToCny: 720,
        options: { currency: 'USD', rateToCny: 720 },
      } as never).options,
    ).toBeNull()
  })
})
