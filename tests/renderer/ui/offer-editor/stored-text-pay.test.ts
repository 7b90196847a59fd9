import { describe, expect, it } from 'vitest'
import type { StoredOffer } from '../../../../renderer/data/records'
import { offerDraftSchema } from '../../../../renderer/data/repositories/offers'
import { computeAnnualPay, DEFAULT_RULESET } from '../../../../renderer/domain'
import type { Compensation } from '../../../../renderer/domain/model/compensation'
import { engineSettingsSchema } from '../../../../renderer/domain/model/settings'
import { fieldsFromStored } from '../../../../renderer/ui/screens/offers/editor/offer-form-fields'
import { draftFromFields } from '../../../../renderer/ui/screens/offers/editor/offer-form-schema'
import { yuan } from '../../../helpers/money'

/**
 * A pay stored as written (an import, an older version) opened in the offer form and saved
 * unchanged counts what it counted before: the form read only the base from the text, so the
 * bonus it states (which the engine counts from the text) was lost at the save: '月薪 3 万 ×
 * 14，年终奖 2-4 个月' went from 480k–540k to 420k.
 */

function stored(pay: Compensation): StoredOffer {
  return {
    id: 'o1',
    company: 'Example',
    role: '',
    employerKind: 'startup',
    funding: 'unknown',
    pay,
    taxedInChina: true,
    checklist: {
      'model-product': 'unknown',
      deployment: 'unknown',
      roadmap: 'unknown',
      'leadership-understands-llms': 'unknown',
      'team-strength': 'unknown',
    },
    redFlags: [],
    employerEager: 'unknown',
    roleDomains: [],
    createdAt: '2026-11-25T08:30:00.000Z',
    updatedAt: '2026-11-25T08:30:00.000Z',
    status: 'considering',
    notes: '',
  }
}

function cash(pay: Compensation) {
  const result = computeAnnualPay(pay, engineSettingsSchema.parse({}), DEFAULT_RULESET)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.pay.cash
}

/** The pay the form saves for the stored pay, opened and saved without a change. */
function resaved(pay: Compensation): Compensation {
  return offerDraftSchema.parse(draftFromFields(fieldsFromStored(stored(pay)))).pay
}

const text = (line: string): Compensation => ({
  currency: 'CNY',
  base: { kind: 'text', text: line },
})

describe('a pay stored as text, opened and saved unchanged', () => {
  it('keeps a bonus in months the text states', () => {
    const pay = text('月薪 3 万 × 14，年终奖 2-4 个月')
    expect(cash(pay)).toEqual({ low: yuan(480_000), high: yuan(540_000) })
    const saved = resaved(pay)
    expect(saved.yearEndBonus).toEqual({ kind: 'months', months: 2, monthsHigh: 4 })
    expect(cash(saved)).toEqual(cash(pay))
  })

  it('keeps a bonus as an amount the text states', () => {
    const pay = text('月薪 3 万 × 14，年终奖 5 万')
    expect(cash(pay)).toEqual({ low: yuan(470_000), high: yuan(470_000) })
    const saved = resaved(pay)
    expect(saved.yearEndBonus).toEqual({ kind: 'amount', amount: { low: 50_000, high: 50_000 } })
    expect(cash(saved)).toEqual(cash(pay))
  })

  it('keeps a bonus stored in its own field over the text’s, as the engine counts it', () => {
    const pay: Compensation = {
      ...text('月薪 3 万 × 14，年终奖 5 万'),
      yearEndBonus: { kind: 'months', months: 3 },
    }
    const saved = resaved(pay)
    expect(saved.yearEndBonus).toEqual({ kind: 'months', months: 3 })
    expect(cash(saved)).toEqual(cash(pay))
  })

  it('ticks the options the text names, with their count, for the user to complete', () => {
    const fields = fieldsFromStored(stored(text('月薪 3 万 × 14，期权 1 万股')))
    expect(fields.pay.options.granted).toBe(true)
    expect(fields.pay.options.count).toBe('10000')
    expect(fields.pay.base.monthly.low).toBe('30000')
  })

  it('keeps the currency rule: the text’s over the default CNY, not over another', () => {
    expect(fieldsFromStored(stored(text('$300k'))).pay.currency).toBe('USD')
    const hkd: Compensation = { currency: 'HKD', base: { kind: 'text', text: '$300k' } }
    expect(fieldsFromStored(stored(hkd)).pay.currency).toBe('HKD')
    expect(fieldsFromStored(stored(text('年薪 80 万'))).pay.currency).toBe('CNY')
  })
})

describe('a pay stored as text that names stock, opened and saved unchanged', () => {
  function total(pay: Compensation) {
    const result = computeAnnualPay(pay, engineSettingsSchema.parse({}), DEFAULT_RULESET)
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    return result.pay.totalRecurring
  }

  it('keeps the stock the text states, as its value a year', () => {
    const pay = text('月薪 3 万 × 14，RSU 20 万分 4 年')
    expect(total(pay)).toEqual({ low: yuan(470_000), high: yuan(470_000) })
    const fields = fieldsFromStored(stored(pay))
    expect(fields.pay.stock).toMatchObject({
      kind: 'per-year',
      perYear: { low: '50000', high: '' },
    })
    const saved = resaved(pay)
    expect(saved.stock).toEqual({ kind: 'per-year', perYear: { low: 50_000, high: 50_000 } })
    expect(total(saved)).toEqual(total(pay))
  })

  it('keeps a stock stored in its own field over the text’s, as the engine counts it', () => {
    const pay: Compensation = {
      ...text('月薪 3 万 × 14，RSU 20 万分 4 年'),
      stock: { kind: 'per-year', perYear: { low: 80_000, high: 80_000 } },
    }
    const saved = resaved(pay)
    expect(saved.stock).toEqual({ kind: 'per-year', perYear: { low: 80_000, high: 80_000 } })
    expect(total(saved)).toEqual(total(pay))
  })
})
