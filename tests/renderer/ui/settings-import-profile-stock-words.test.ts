import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importRefusal } from '../../helpers/import-refusal'

/**
 * The current pay's stock is named as the profile's form names it ("Stock (RSUs)"), not by the
 * offer form's label ("Stock"); its choices and its inputs by the words both forms share.
 */

type Row = Record<string, unknown>

const monthlyPay = (stock: Row): Row => ({
  currency: 'CNY',
  base: { kind: 'monthly', monthly: { low: 30_000, high: 30_000 }, months: 14 },
  stock,
})

/** The v2 fixture with the first offer's and the profile's stock as given. */
function fileWith(offerStock: Row, profileStock: Row): object {
  const file = JSON.parse(readFileSync('tests/fixtures/exports/v2-export.json', 'utf8')) as {
    data: { offers: Row[]; profile: Row }
  }
  const offer = file.data.offers[0]
  if (!offer) throw new Error('the fixture has no offer')
  offer['pay'] = monthlyPay(offerStock)
  file.data.profile['currentPay'] = monthlyPay(profileStock)
  return file
}

const refusal = importRefusal

const badKind = { kind: 'phantom', perYear: { low: 1, high: 1 } }
const badSchedule = { kind: 'grant', grantValue: { low: 1, high: 1 }, schedule: 'x' }

describe('the current pay’s stock in an import’s refusal', () => {
  it('is named by the profile’s label, the offer’s by the offer form’s (en)', async () => {
    const text = await refusal(fileWith(badKind, badKind), 'en')
    expect(text).toMatch(/Profile: “Stock \(RSUs\)” is not valid/)
    expect(text).toMatch(/Offers, record 1 \(“Example AI \(US\)”\): “Stock” is not valid/)
  })

  it('is named by the profile’s label, the offer’s by the offer form’s (zh-CN)', async () => {
    const text = await refusal(fileWith(badKind, badKind), 'zh-CN')
    expect(text).toContain('个人资料的“股票（RSU）”无效')
    expect(text).toContain('Offer 第 1 条（“Example AI (US)”）的“股票”无效')
  })

  it('names a vesting schedule by the words both forms share', async () => {
    const en = await refusal(fileWith(badSchedule, badSchedule), 'en')
    expect(en).toMatch(/Profile: “Percent vesting each year” is not valid/)
    expect(en).toMatch(
      /Offers, record 1 \(“Example AI \(US\)”\): “Percent vesting each year” is not valid/,
    )
    const zh = await refusal(fileWith(badSchedule, badSchedule), 'zh-CN')
    expect(zh).toContain('个人资料的“每年归属的百分比”无效')
  })
})
