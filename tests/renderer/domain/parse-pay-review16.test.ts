import { describe, expect, it } from 'vitest'
import { computeAnnualPay, DEFAULT_RULESET, parsePay } from '../../../renderer/domain'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'

/**
 * Review 16 of the stock read from a pay line: lines that read as a wrong figure, and lines
 * wrongly refused.
 */
const refused = (code: string, fragment: string) => ({
  ok: false,
  error: expect.objectContaining({ code, fragment }) as unknown,
})

describe('a currency written for the stock is not the pay’s (H1)', () => {
  it.each([
    // Was read as 50,000 USD a month (5.94M CNY a year)
    ['月薪 5 万 × 16，RSU $100k over 4 years', 'RSU $100k over 4 years'],
    ['月薪 5 万，股票 10 万美元分 4 年', '股票 10 万美元分 4 年'],
    ['50k x 16, RSU USD 400k over 4 years', 'RSU USD 400k over 4 years'],
    // Was read all in CNY, the stock ¥25k a year rather than $25k
    ['月薪 5 万 × 16 RMB，RSU $100k over 4 years', 'RSU $100k over 4 years'],
    ['年薪 60 万，RSU 5 万/年 美元', 'RSU 5 万/年 美元'],
  ])('%s', (line, fragment) => {
    expect(parsePay(line)).toEqual(refused('stock-currency', fragment))
  })

  it.each([
    '$300k, RSU $200k over 4 years',
    '$300k + $200k RSU vesting 4 yrs',
    '$300k, RSU 200k over 4 years',
  ])('reads a stock in the base’s currency, or in none: %s', (line) => {
    expect(parsePay(line)).toMatchObject({ ok: true, pay: { currency: 'USD' } })
  })

  it('the engine names it as the part it could not read', () => {
    const result = computeAnnualPay(
      { currency: 'CNY', base: { kind: 'text', text: '月薪 5 万 × 16，RSU $100k over 4 years' } },
      engineSettingsSchema.parse({}),
      DEFAULT_RULESET,
    )
    expect(result).toEqual({
      ok: false,
      error: { code: 'unreadable', fragment: 'RSU $100k over 4 years', at: 12 },
    })
  })
})
