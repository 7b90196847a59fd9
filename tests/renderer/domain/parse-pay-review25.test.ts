import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../renderer/ui/screens/offers/editor/pay-line'

const yuan = (amount: number) => amount * 100

describe('review 25’s pay lines', () => {
  // M1: the allowance's span began at the blank before "allowance", so the offer form cut one
  // character short and read the figure's last digit as a second figure.
  it.each([
    ['月薪 4 万, allowance 3000', 'allowance 3000', 40_000],
    ['40k/month, allowance 5k', 'allowance 5k', 40_000],
    ['30k x 15,  allowance 2000', 'allowance 2000', 30_000],
  ])('sets the whole allowance aside: %s', (line, allowance, monthly) => {
    const engine = parsePay(line)
    expect(engine).toMatchObject({ ok: false, error: { fragment: allowance } })
    if (engine.ok || !('at' in engine.error)) throw new Error('refused with a place')
    expect(engine.error.at).toBe(line.indexOf(allowance))
    expect(readPayLine(line)).toMatchObject({
      ok: true,
      pay: { monthly: { low: yuan(monthly) } },
      unread: [allowance],
    })
  })

  // M2: e50011d read 港刀/新刀 only after an amount; before it, the pay was read as yuan.
  it.each([
    ['新刀 1.5 万/月', 'SGD'],
    ['新刀月薪 1.5 万', 'SGD'],
    ['月薪：新刀 1.5 万', 'SGD'],
    ['港刀 60 万/年', 'HKD'],
    ['港刀 8 万 × 13', 'HKD'],
  ])('reads the slang currency before its amount: %s', (line, currency) => {
    expect(parsePay(line)).toMatchObject({ ok: true, pay: { currency } })
  })

  it('keeps 新刀法 and 港刀哥 as words', () => {
    expect(readPayLine('新刀法团队，月薪 4 万')).toMatchObject({
      ok: true,
      pay: { currency: null },
    })
    expect(readPayLine('港刀哥推荐，年薪 60 万')).toMatchObject({
      ok: true,
      pay: { currency: null },
    })
  })

  // M3: c28c5b6's "其中…另算" rule took every inside word before every apart word after.
  it.each([
    '年薪 60 万，其中股票 20 万不在内',
    '年薪 60 万 including RSU 200k/yr on top',
    '年薪 60 万，包括股票 20 万另算',
    '年包 95w 含股票 20w 另算',
  ])('leaves a line that says inside and apart at once to the user: %s', (line) => {
    const engine = parsePay(line)
    expect(engine.ok).toBe(false)
    const form = readPayLine(line)
    // Not silently 40 万 / 75w of cash: the conflicting word is listed as not read.
    expect(form.unread.length).toBeGreaterThan(0)
  })

  it('still reads 其中…另算 as a part of the figure (review 24 L5)', () => {
    expect(parsePay('年薪 60 万，其中股票 20 万另算')).toMatchObject({
      ok: true,
      pay: { annual: { low: yuan(400_000) }, stock: { perYear: { low: yuan(200_000) } } },
    })
  })

  // L1: a stipend that is the whole pay was refused with nothing left to read.
  it.each([
    ['博士后津贴 30 万/年', 300_000],
    ['PhD stipend 40k/year', 40_000],
  ])('reads a stipend that is the whole pay: %s', (line, annual) => {
    expect(readPayLine(line)).toMatchObject({ ok: true, pay: { annual: { low: yuan(annual) } } })
  })

  // L2: an allowance by the day refused the whole line as pay by the day.
  it('sets a daily allowance aside and reads the base', () => {
    expect(readPayLine('月薪 3 万，餐补 30 元/天')).toMatchObject({
      ok: true,
      pay: { monthly: { low: yuan(30_000) } },
      unread: ['餐补 30 元/天'],
    })
    expect(readPayLine('日薪 1000').ok).toBe(false)
  })
})
