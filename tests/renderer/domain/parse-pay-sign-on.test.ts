import { describe, expect, it } from 'vitest'
import { computeAnnualPay, DEFAULT_RULESET } from '../../../renderer/domain'
import { compensationSchema } from '../../../renderer/domain/model/compensation'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'
import { payRefusal } from '../../../renderer/domain/pay/annual-pay'
import { parsePay } from '../../../renderer/domain/pay/parse-pay'
import { yuan } from '../../helpers/money'

/**
 * Two user trials pasted a sign-on inside the pay line ("月薪4.5万*16薪，签字费10万", "45k
 * RMB/month x 15, sign-on 100k"): it was refused as two figures. It is read as the pay's
 * sign-on; a second, different one, one paid over years, or one in another currency is refused
 * by name.
 */
describe('parsePay: a sign-on bonus in the line', () => {
  it.each([
    ['月薪4.5万*16薪，签字费10万', { monthly: 45_000, months: 16, signOn: 100_000 }],
    ['45k RMB/month x 15, sign-on 100k', { monthly: 45_000, months: 15, signOn: 100_000 }],
    ['月薪 4 万 × 14，签约费 5w', { monthly: 40_000, months: 14, signOn: 50_000 }],
    ['月薪 4 万，签约奖 8 万', { monthly: 40_000, months: 12, signOn: 80_000 }],
    ['月薪4万 入职奖金5万', { monthly: 40_000, months: 12, signOn: 50_000 }],
    ['45k x 15, signing bonus: 100k', { monthly: 45_000, months: 15, signOn: 100_000 }],
    ['45k x 15, joining bonus 50k', { monthly: 45_000, months: 15, signOn: 50_000 }],
    ['45k x 15, 100k sign-on bonus', { monthly: 45_000, months: 15, signOn: 100_000 }],
    ['sign-on 50k, base 30k', { monthly: 30_000, months: 12, signOn: 50_000 }],
    ['月 base 4.5 万，年终 4 个月，签字费 10 万', { monthly: 45_000, months: 12, signOn: 100_000 }],
    // The same sign-on said twice is one.
    ['签字费 10 万（sign-on 100k），月薪 4 万', { monthly: 40_000, months: 12, signOn: 100_000 }],
  ])('reads %j', (text, expected) => {
    const result = parsePay(text)
    expect(result).toMatchObject({
      ok: true,
      pay: {
        kind: 'monthly',
        monthly: { low: yuan(expected.monthly), high: yuan(expected.monthly) },
        months: expected.months,
        signOn: { low: yuan(expected.signOn), high: yuan(expected.signOn) },
      },
    })
  })

  it('reads a dollar sign-on beside a dollar base, in dollars', () => {
    expect(parsePay('$300k + sign-on bonus $50k')).toMatchObject({
      ok: true,
      pay: {
        kind: 'annual',
        annual: { low: yuan(300_000) },
        currency: 'USD',
        signOn: { low: yuan(50_000), high: yuan(50_000) },
      },
    })
  })

  it('keeps the year-end bonus apart from the sign-on', () => {
    expect(parsePay('月薪 4 万 × 14，年终奖 10 万，签字费 5 万')).toMatchObject({
      ok: true,
      pay: {
        bonus: { kind: 'amount', amount: { low: yuan(100_000) } },
        signOn: { low: yuan(50_000) },
      },
    })
  })

  it('adds no sign-on to a line that names none', () => {
    const result = parsePay('月薪 4.5 万 × 16')
    expect(result.ok && 'signOn' in result.pay).toBe(false)
  })

  it.each([
    ['签字费 10 万，月薪 4 万，sign-on 50k', 'sign-on-twice', '签字费 10 万 / sign-on 50k'],
    ['月薪 4 万，签字费 20 万分两年发', 'sign-on-spread', '签字费 20 万分两年发'],
    [
      '45k x 15, sign-on 100k spread over 2 years',
      'sign-on-spread',
      'sign-on 100k spread over 2 years',
    ],
    ['45k x 15, sign-on 100k paid in 2 instalments', 'sign-on-spread', undefined],
    ['月薪 4 万，sign-on $10k', 'sign-on-currency', 'sign-on $10k'],
  ])('refuses %j by name', (text, code, fragment) => {
    expect(parsePay(text)).toEqual({
      ok: false,
      error: expect.objectContaining(
        fragment === undefined ? { code } : { code, fragment },
      ) as unknown,
    })
  })
})

function annual(compensation: object) {
  return computeAnnualPay(
    compensationSchema.parse(compensation),
    engineSettingsSchema.parse({}),
    DEFAULT_RULESET,
  )
}

describe('the engine, on a pay stored as text with a sign-on', () => {
  it('counts the text’s sign-on in year one only', () => {
    const result = annual({ base: { kind: 'text', text: '月薪4.5万*16薪，签字费10万' } })
    expect(result).toMatchObject({
      ok: true,
      pay: {
        signOn: { low: yuan(100_000) },
        cash: { low: yuan(720_000) },
        totalYearOne: { low: yuan(820_000) },
        totalRecurring: { low: yuan(720_000) },
      },
    })
  })

  it('takes the sign-on field over the text’s', () => {
    const result = annual({
      base: { kind: 'text', text: '月薪4.5万*16薪，签字费10万' },
      signOn: { low: 50_000, high: 50_000 },
    })
    expect(result).toMatchObject({ ok: true, pay: { signOn: { low: yuan(50_000) } } })
  })

  it('reports a sign-on spread over years as the refusal it is', () => {
    const compensation = compensationSchema.parse({
      base: { kind: 'text', text: '月薪 4 万，签字费 20 万分两年发' },
    })
    expect(annual(compensation)).toMatchObject({ ok: false, error: { code: 'unreadable' } })
    expect(payRefusal(compensation)).toBe('sign-on-spread')
  })
})
