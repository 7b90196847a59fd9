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

  it('asks for the base first when there is none', () => {
    expect(parsePay('RSU $100k over 4 years')).toEqual(
      refused('stock-without-base', 'RSU $100k over 4 years'),
    )
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

describe('stock beside a total package is inside it, not on top (H2)', () => {
  it.each([
    // Were read as 1.2M, 1.0M and 1.0M a year
    ['总包 100 万，股票每年 20 万', '总包 100 万 / 股票每年 20 万'],
    ['年包 80 万，股票 20 万/年', '年包 80 万 / 股票 20 万/年'],
    ['total comp 800k, RSU 200k/yr', 'total comp 800k / RSU 200k/yr'],
  ])('%s', (line, fragment) => {
    expect(parsePay(line)).toEqual(refused('several-amounts', fragment))
  })

  it('still adds stock to a base', () => {
    expect(parsePay('年薪 60 万，股票每年 20 万')).toMatchObject({
      ok: true,
      pay: { kind: 'annual', stock: { perYear: { low: 20_000_000 } } },
    })
  })
})

describe('stock said to be included is inside the figure, not on top (H3)', () => {
  // Were refused as several amounts; since review 22 the stock's value a year, said inside the
  // year's figure with its word first or last, is taken out of it, as "含 20 万股票" was.
  it.each([
    ['年薪 60 万（含股票 20 万/年）', 40_000_000],
    ['年薪 100 万，含股票每年 20 万', 80_000_000],
    ['年包 80 万，其中股票每年 20 万', 60_000_000],
    ['年薪 60 万，包括股票 20 万/年', 40_000_000],
    ['total comp 1M including RSU 200k/yr', 80_000_000],
    ['total package 1M (RSU 200k per year included)', 80_000_000],
    ['年包 100 万，股票 20 万/年已含', 80_000_000],
    ['年薪 100 万，股票 20 万/年包含在内', 80_000_000],
    ['年薪 100 万，股票 20 万/年在内', 80_000_000],
  ])('%s: the stock a year is part of the figure, the rest cash', (line, cash) => {
    expect(parsePay(line)).toMatchObject({
      ok: true,
      pay: {
        kind: 'annual',
        annual: { low: cash, high: cash },
        stock: { perYear: { low: 20_000_000 } },
      },
    })
  })

  it.each([['年包 100 万（含 RSU 40 万分 4 年）', '含 RSU 40 万分 4 年']])(
    'a grant inside the figure is refused: %s',
    (line, fragment) => {
      expect(parsePay(line)).toEqual(refused('several-amounts', fragment))
    },
  )
})

describe('a date or a fraction is no uneven schedule, nor a bonus’s wait a cliff (M3)', () => {
  // Each was refused as the stock's; now each reads as the line without the stock does
  it.each([
    ['月薪 3 万 × 14，RSU 20 万分 4 年，2025/3/1 入职', '月薪 3 万 × 14，2025/3/1 入职'],
    ['月薪 3 万 × 14，RSU 20 万分 4 年，2025-03-01 入职', '月薪 3 万 × 14，2025-03-01 入职'],
    ['月薪 3 万 × 14，RSU 20 万分 4 年，3/1 入职', '月薪 3 万 × 14，3/1 入职'],
    [
      '月薪 3 万 × 14，RSU 每年 5 万，年终奖 2 个月，满 1 年后发放',
      '月薪 3 万 × 14，年终奖 2 个月，满 1 年后发放',
    ],
    [
      '月薪 3 万 × 14，RSU 每年 5 万，年终 2 个月（入职 6 个月后发放）',
      '月薪 3 万 × 14，年终 2 个月（入职 6 个月后发放）',
    ],
  ])('%s', (line, withoutStock) => {
    const result = parsePay(line)
    expect(result.ok || result.error.code).not.toMatch(/^stock-/)
    expect(result.ok || result.error.code).toBe(
      ((r) => r.ok || r.error.code)(parsePay(withoutStock)),
    )
  })

  it.each([
    ['月薪 3 万 × 14，RSU 20 万分 4 年，每年归属 1/4', 50_000],
    ['月薪 3 万 × 14，RSU 20 万分 4 年，1/16 per quarter', 50_000],
    // Months that make whole years are years
    ['30k, RSU 200k over 48 months', 50_000],
    ['月薪 3 万，RSU 20 万分 48 个月', 50_000],
  ])('reads an even vesting: %s', (line, perYear) => {
    expect(parsePay(line)).toMatchObject({
      ok: true,
      pay: { stock: { perYear: { low: perYear * 100, high: perYear * 100 } } },
    })
  })

  it.each([
    ['月薪 3 万 × 14，RSU 20 万分 3 年，每年归属 1/4', 'stock-uneven', '每年归属 1/4'],
    ['30k, RSU 200k over 30 months', 'stock-bad-years', 'RSU 200k over 30 months'],
    ['月薪 3 万，RSU 20 万，满 1 年后发放', 'stock-cliff', '满 1 年后发放'],
    ['月薪 3 万，RSU 20 万分 4 年，60%/40%', 'stock-uneven', '60%/40%'],
    // A schedule further from the stock word is still the stock's
    ['月薪 3 万，RSU 20 万分 4 年，年终 2 个月，10/20/30/40', 'stock-uneven', '10/20/30/40'],
    ['月薪 3 万，10/20/30/40 归属，RSU 20 万分 4 年', 'stock-uneven', '10/20/30/40'],
  ])('still refuses the stock’s own: %s', (line, code, fragment) => {
    expect(parsePay(line)).toEqual(refused(code, fragment))
  })
})
