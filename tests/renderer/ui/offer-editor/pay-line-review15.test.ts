import { describe, expect, it } from 'vitest'
import { computeAnnualPay, DEFAULT_RULESET } from '../../../../renderer/domain'
import { compensationSchema } from '../../../../renderer/domain/model/compensation'
import { engineSettingsSchema } from '../../../../renderer/domain/model/settings'
import { newOfferFields } from '../../../../renderer/ui/screens/offers/editor/offer-form-fields'
import { draftFromFields } from '../../../../renderer/ui/screens/offers/editor/offer-form-schema'
import {
  payFilledByLine,
  readPayLine,
} from '../../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * The offer form's paste path, end to end (readPayLine -> payFilledByLine -> draftFromFields ->
 * computeAnnualPay), on the lines review 15 found read as a monthly pay: the form set aside "二"
 * and "职" of "二月入职" one at a time, and read the "月入" left as the monthly pay word.
 */
function formCash(line: string): { cash: number; unread: string[] } | string {
  const reading = readPayLine(line)
  if (!reading.ok) return reading.error.code
  const fields = newOfferFields()
  fields.pay = payFilledByLine(reading.pay, fields.pay)
  const result = computeAnnualPay(
    compensationSchema.parse(draftFromFields(fields).pay),
    engineSettingsSchema.parse({}),
    DEFAULT_RULESET,
  )
  if (!result.ok) return result.error.code
  expect(result.pay.cash.low).toBe(result.pay.cash.high)
  return { cash: result.pay.cash.low / 100, unread: reading.unread }
}

describe('the offer form sets a start date aside whole', () => {
  it.each([
    ['60万/年，二月入职', 600_000, '二月入职'],
    ['50万，二月入职', 500_000, '二月入职'],
    ['80w，二月入职', 800_000, '二月入职'],
    ['35万 九月入职', 350_000, '九月入职'],
    ['60万 下个月入职', 600_000, '下个月入职'],
    ['60万/年，二月底薪资调整', 600_000, '二月底薪资调整'],
  ])('%s: %s a year, "%s" set aside', (line, cash, unread) => {
    expect(formCash(line)).toEqual({ cash, unread: [unread] })
  })

  it.each(['60万/年，月薪', '60万/年 月入', '3万/月，年薪'])(
    'stops at %s, a pay word against the figure’s own period',
    (line) => {
      expect(formCash(line)).toBe('period-conflict')
    },
  )
})
