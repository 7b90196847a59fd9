import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../renderer/domain/pay/parse-pay'

/**
 * A month's pay times its months with the year's total written after it ("6万×16=96万"): refused
 * as two figures, "6万 / 96万", though the total only says the product again. Read once when they
 * agree; refused naming both when they do not.
 */
const yuan = (value: number) => value * 100

describe('a stated total that agrees with the month × months is read once', () => {
  it.each([
    ['6万×16=96万', 60_000, 16],
    ['月薪 5 万 × 16 薪 = 80 万', 50_000, 16],
    ['6w*16=96w', 60_000, 16],
    ['月薪 6 万 × 16 = 96 万/年', 60_000, 16],
    ['月薪 6 万 × 16 = 年薪 96 万', 60_000, 16],
    ['月薪 5 万 × 16，共 80 万', 50_000, 16],
    ['40k x 15 = 600k', 40_000, 15],
    ['$20k × 12 = $240k', 20_000, 12],
    ['3.3万×13=43万', 33_000, 13],
  ])('%s is %i a month × %i', (line, monthly, months) => {
    expect(parsePay(line)).toMatchObject({
      ok: true,
      pay: { kind: 'monthly', monthly: { low: yuan(monthly), high: yuan(monthly) }, months },
    })
  })

  it('a range agrees end with end', () => {
    expect(parsePay('5-6万×16=80-96万')).toMatchObject({
      ok: true,
      pay: { monthly: { low: yuan(50_000), high: yuan(60_000) }, months: 16 },
    })
  })

  it('the rest of the line is read as before', () => {
    expect(parsePay('5万×16=80万，年终奖 2 个月')).toMatchObject({
      ok: true,
      pay: { monthly: { low: yuan(50_000) }, months: 16, bonus: { kind: 'months', months: 2 } },
    })
  })
})

describe('a stated total that disagrees is refused, naming both', () => {
  it.each([
    ['6万×16=90万', '6万×16 / 90万'],
    ['5万×16=85万', '5万×16 / 85万'],
    ['5-6万×16=80万', '5-6万×16 / 80万'],
  ])('%s', (line, fragment) => {
    expect(parsePay(line)).toEqual({
      ok: false,
      error: { code: 'several-amounts', fragment, why: 'total-disagrees' },
    })
  })
})
