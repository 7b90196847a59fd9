import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * Review 27 (seen beside its findings): a currency Tidemark does not hold, named in words the
 * parser did not know ("韩元", "卢比", "新台币"), was listed as not read and the figure kept as
 * yuan: "年薪 5000 万韩元" filled 5,000 万 yuan, 190× what the won are worth. Refused by name now,
 * as "加元" and "CAD" were.
 */
describe('a currency Tidemark does not hold is refused by name, not read as yuan', () => {
  it.each([
    ['年薪 5000 万韩元', '韩元'],
    ['年薪 5000 萬韓元', '韓元'],
    ['月薪 3 万卢比', '卢比'],
    ['年薪 50 万新台币', '新台币'],
    ['月薪 5 万台币', '台币'],
    ['月薪 1.5 万马币', '马币'],
    ['年薪 300 万泰铢', '泰铢'],
    ['NT$ 80k/month', 'NT$'],
    ['₩ 60,000,000/year', '₩'],
    ['INR 30 lakh', 'INR'],
    ['120k CHF per year', 'CHF'],
    ['月薪 20k TWD', 'TWD'],
  ])('%s', (line, fragment) => {
    expect(parsePay(line).ok).toBe(false)
    expect(readPayLine(line)).toMatchObject({
      ok: false,
      error: { code: 'unreadable', fragment, why: 'currency' },
    })
  })

  it.each([
    ['年薪 50 万欧元', 'annual', 'EUR'],
    ['年薪 50 万港币', 'annual', 'HKD'],
    ['CAD 算法工程师，月薪 3 万', 'monthly', null],
    ['做 CAD/CAE 软件，月薪 3 万', 'monthly', null],
    ['台积电，月薪 3 万', 'monthly', null],
  ] as const)('still read: %s', (line, kind, currency) => {
    expect(readPayLine(line)).toMatchObject({ ok: true, pay: { kind, currency } })
  })
})
