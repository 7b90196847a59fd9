import { describe, expect, it } from 'vitest'
import type { StoredProfile } from '../../../../renderer/data/records'
import { computeAnnualPay, DEFAULT_RULESET } from '../../../../renderer/domain'
import { engineSettingsSchema } from '../../../../renderer/domain/model/settings'
import {
  completePay,
  formValuesFrom,
  payWithKind,
  profileFrom,
  profileResolver,
  type PayFormValues,
  type ProfileFormValues,
} from '../../../../renderer/ui/screens/skills/profile/profile-form-values'

const STORED: StoredProfile = {
  id: 'me',
  updatedAt: '2026-01-05T10:00:00.000Z',
  education: 'master',
  phdInField: false,
  yearsOfExperience: 6,
  city: '北京',
  currentEmployer: 'big-tech',
  roleFamily: 'algorithm',
  stability: 'stable',
  leadership: { businessLine: true, team: false, openSource: false },
  currentPay: {
    currency: 'CNY',
    base: { kind: 'text', text: '年薪 80 万' },
    signOn: { low: 50_000, high: 50_000 },
  },
}

describe('profile form values', () => {
  it('reads a pay stored as text into its fields, keeping what the text does not state', () => {
    const values = formValuesFrom(STORED)
    expect(values.currentPay).toEqual({
      currency: 'CNY',
      base: { kind: 'annual', annual: { low: 800_000, high: '' } },
      signOn: { low: 50_000, high: 50_000 },
      // No stock stored: its inputs, empty (the offer form's).
      stock: {
        kind: 'none',
        grantValue: { low: '', high: '' },
        schedule: '25/25/25/25',
        perYear: { low: '', high: '' },
      },
    })
    // The empty "up to" is the same figure again, and the round trip keeps the sign-on.
    expect(profileFrom(values)?.currentPay).toEqual({
      currency: 'CNY',
      base: { kind: 'annual', annual: { low: 800_000, high: 800_000 } },
      signOn: { low: 50_000, high: 50_000 },
    })
  })

  it('keeps a stored bonus over the one its text states, as the engine reads it (review 15, H3)', () => {
    // The engine reads 30k × 14 + the bonus field's 3 months = 510k; the text's 5 万 would be 470k.
    const stored: StoredProfile = {
      ...STORED,
      currentPay: {
        currency: 'CNY',
        base: { kind: 'text', text: '月薪 3 万 × 14，年终奖 5 万' },
        yearEndBonus: { kind: 'months', months: 3 },
      },
    }
    const saved = profileFrom(formValuesFrom(stored))?.currentPay
    expect(saved?.base).toEqual({
      kind: 'monthly',
      monthly: { low: 30_000, high: 30_000 },
      months: 14,
    })
    expect(saved?.yearEndBonus).toEqual({ kind: 'months', months: 3 })
  })

  it('keeps a stored text pay that names stock as text, so a save keeps what the engine counts (review 15, H4)', () => {
    const stored: StoredProfile = {
      ...STORED,
      currentPay: {
        currency: 'CNY',
        base: { kind: 'text', text: '月薪 3 万 × 14，RSU 20 万分 4 年' },
      },
    }
    const saved = profileFrom(formValuesFrom(stored))?.currentPay
    expect(saved).toEqual(stored.currentPay)
    // The engine reads 30k × 14 + 50k of stock a year from it, before and after.
    const settings = engineSettingsSchema.parse({})
    const total = (pay: typeof saved) => {
      if (!pay) throw new Error('no pay')
      const computed = computeAnnualPay(pay, settings, DEFAULT_RULESET)
      if (!computed.ok) throw new Error('not read')
      return computed.pay.totalRecurring.low
    }
    expect(total(saved)).toBe(470_000 * 100)
  })

  it('keeps a stored foreign currency over the default a text pay would get', () => {
    const stored: StoredProfile = {
      ...STORED,
      currentPay: { currency: 'USD', base: { kind: 'text', text: '12k×13' } },
    }
    expect(formValuesFrom(stored).currentPay?.currency).toBe('USD')
  })

  it('keeps a stored text whose figure includes stock of no stated value as text, not cash', () => {
    // Stored before the paste box refused it: the engine refuses it as the paste box does
    // (parseCountablePay). Read with the bare parser, the form filled 1.35M of yearly cash and
    // counted it so, and a save stored it as cash.
    const stored: StoredProfile = {
      ...STORED,
      currentPay: { currency: 'CNY', base: { kind: 'text', text: '总包 135 万（含股票）' } },
    }
    const values = formValuesFrom(stored)
    expect(values.currentPay?.base).toEqual({ kind: 'text', text: '总包 135 万（含股票）' })
    expect(profileFrom(values)?.currentPay?.base).toEqual({
      kind: 'text',
      text: '总包 135 万（含股票）',
    })
  })

  it('counts "PhD in the field" only for a PhD', () => {
    const values: ProfileFormValues = { ...formValuesFrom(STORED), phdInField: true }
    expect(profileFrom(values)?.phdInField).toBe(false)
    expect(profileFrom({ ...values, education: 'phd' })?.phdInField).toBe(true)
  })

  it('treats an empty bonus as none, and refuses a half-filled range', () => {
    const pay: PayFormValues = {
      currency: 'CNY',
      base: { kind: 'monthly', monthly: { low: 30_000, high: 40_000 }, months: 16 },
      yearEndBonus: { months: undefined } as unknown as PayFormValues['yearEndBonus'],
    }
    const values: ProfileFormValues = { ...formValuesFrom(undefined), currentPay: pay }
    expect(profileFrom(values)?.currentPay?.yearEndBonus).toBeUndefined()

    const noLow = payWithKind(undefined, 'monthly')
    expect(profileFrom({ ...values, currentPay: noLow })).toBeNull()
  })

  it('refuses a bonus "up to" without its months at the months, not drops it', async () => {
    const pay = {
      currency: 'CNY',
      base: { kind: 'monthly', monthly: { low: 30_000, high: 30_000 }, months: 14 },
      yearEndBonus: { kind: 'months', months: '', monthsHigh: 4 },
    } as unknown as PayFormValues
    expect(completePay(pay).yearEndBonus).toMatchObject({ kind: 'months', monthsHigh: 4 })
    const values: ProfileFormValues = {
      ...formValuesFrom(undefined),
      currentEmployer: 'big-tech',
      roleFamily: 'algorithm',
      currentPay: pay,
    }
    expect(profileFrom(values)).toBeNull()
    const result = await profileResolver(values, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    })
    expect(Object.keys(result.errors)).toEqual(['currentPay'])
    expect(result.errors.currentPay?.yearEndBonus).toHaveProperty('months')
    expect(result.errors.currentPay?.yearEndBonus).not.toHaveProperty('monthsHigh')
  })

  it('keeps the amount when the pay changes from monthly to yearly and back', () => {
    const monthly: PayFormValues = {
      currency: 'USD',
      base: { kind: 'monthly', monthly: { low: 10_000, high: 12_000 }, months: 13 },
    }
    const annual = payWithKind(monthly, 'annual')
    expect(annual).toEqual({
      currency: 'USD',
      base: { kind: 'annual', annual: { low: 130_000, high: 156_000 } },
    })
    expect(payWithKind(annual, 'monthly')?.base).toEqual({
      kind: 'monthly',
      monthly: { low: 10_833.33, high: 13_000 },
      months: 12,
    })
    expect(payWithKind(annual, 'none')).toBeUndefined()
  })

  it('keeps a stored bonus of a range of months through the form, and a single one as it was', () => {
    const ranged: StoredProfile = {
      ...STORED,
      currentPay: {
        currency: 'CNY',
        base: { kind: 'monthly', monthly: { low: 50_000, high: 50_000 }, months: 15 },
        yearEndBonus: { kind: 'months', months: 2, monthsHigh: 4 },
      },
    }
    expect(profileFrom(formValuesFrom(ranged))?.currentPay?.yearEndBonus).toEqual({
      kind: 'months',
      months: 2,
      monthsHigh: 4,
    })
    const single: StoredProfile = {
      ...ranged,
      currentPay: {
        currency: 'CNY',
        base: { kind: 'monthly', monthly: { low: 50_000, high: 50_000 }, months: 15 },
        yearEndBonus: { kind: 'months', months: 3 },
      },
    }
    expect(profileFrom(formValuesFrom(single))?.currentPay?.yearEndBonus).toEqual({
      kind: 'months',
      months: 3,
    })
  })
})
