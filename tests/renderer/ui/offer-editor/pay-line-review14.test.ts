import { describe, expect, it } from 'vitest'
import { computeAnnualPay, DEFAULT_RULESET } from '../../../../renderer/domain'
import { compensationSchema } from '../../../../renderer/domain/model/compensation'
import { engineSettingsSchema } from '../../../../renderer/domain/model/settings'
import {
  newOfferFields,
  payFilledBy,
} from '../../../../renderer/ui/screens/offers/editor/offer-form-fields'
import { draftFromFields } from '../../../../renderer/ui/screens/offers/editor/offer-form-schema'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * The offer form's paste path, end to end (readPayLine -> payFilledBy -> draftFromFields ->
 * computeAnnualPay), on the lines review 14 found read to a wrong yearly cash figure.
 */
function formCash(line: string): { cash: [number, number]; unread: string[] } | string {
  const reading = readPayLine(line)
  if (!reading.ok) return reading.error.code
  const fields = newOfferFields()
  fields.pay = payFilledBy(reading.pay, fields.pay)
  const result = computeAnnualPay(
    compensationSchema.parse(draftFromFields(fields).pay),
    engineSettingsSchema.parse({}),
    DEFAULT_RULESET,
  )
  if (!result.ok) return result.error.code
  const { low, high } = result.pay.cash
  return { cash: [low / 100, high / 100], unread: reading.unread }
}

describe('the offer form reads "年终 N 薪" as N months of base', () => {
  it.each([
    ['月薪 3 万，年终 14 薪', 420_000],
    ['月薪3万 年终奖13薪', 390_000],
  ])('%s: %s a year', (line, cash) => {
    expect(formCash(line)).toEqual({ cash: [cash, cash], unread: [] })
  })

  it('stops at "2 个月年终 14 薪 月薪 3 万" instead of setting "2 个月" aside', () => {
    expect(formCash('2 个月年终 14 薪 月薪 3 万')).toBe('several-amounts')
  })
})

describe('the offer form stops at a bonus said to be inside the total', () => {
  it.each([
    '年薪 60 万，其中年终奖 10 万',
    '年薪 60 万（年终 10 万已含）',
    '年薪 60 万（年终奖 10 万包含在内）',
    '600k a year, of which bonus 100k',
    '600k annual package, bonus 100k included',
  ])('%s', (line) => {
    expect(formCash(line)).toBe('several-amounts')
  })
})

describe('the offer form keeps "月薪" written right after a bonus', () => {
  it.each([
    ['年终奖 50 万 月薪 20 万', 2_900_000],
    ['年终奖 2 个月 月薪 25 万', 3_500_000],
    ['年终奖 10 万 月薪 3 万', 460_000],
  ])('%s: %s a year', (line, cash) => {
    expect(formCash(line)).toEqual({ cash: [cash, cash], unread: [] })
  })
})

describe('the offer form stops at a range of month counts instead of assuming 12', () => {
  it.each(['30k*14-16', '月薪 25k，13-14 薪'])('%s', (line) => {
    expect(formCash(line)).toBe('months-range')
  })
})

describe('the offer form sets aside the part where it stands, not its first match', () => {
  it('"年薪 18 万（年）" is 180,000 a year, the "年" in brackets set aside', () => {
    expect(formCash('年薪 18 万（年）')).toEqual({ cash: [180_000, 180_000], unread: ['年'] })
  })

  it('"annual salary 150k plus a bonus" names "a" and "bonus", not pieces of "annual"', () => {
    expect(formCash('annual salary 150k plus a bonus')).toEqual({
      cash: [150_000, 150_000],
      unread: ['a', 'bonus'],
    })
  })

  it('names a part written in full width as read ("ＲＳＵ")', () => {
    expect(readPayLine('ＲＳＵ，３０ｋ')).toMatchObject({ ok: true, unread: ['RSU'] })
  })
})
