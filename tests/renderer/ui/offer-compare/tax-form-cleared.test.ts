import { describe, expect, it } from 'vitest'
import { engineSettingsSchema } from '../../../../renderer/domain/model/settings'
import {
  taxFormResolver,
  taxFormValues,
} from '../../../../renderer/ui/screens/offers/compare/tax-form'

/**
 * New-user trial 11: clearing 子女教育 (one child) showed "enter a whole number from 0 to 10"
 * and kept the child in every figure, since the form saves only what checks. A count cleared
 * means none; a sum left unreadable is still refused.
 */
describe('the tax assumptions, a deduction cleared', () => {
  const stored = engineSettingsSchema.parse({
    specialDeductions: { children: 1, infants: 1, seriousIllnessYearly: 20_000 },
  })
  const check = async (change: Record<string, string>) => {
    const values = taxFormValues(stored)
    const { values: saved, errors } = await taxFormResolver()(
      { ...values, specialDeductions: { ...values.specialDeductions, ...change } },
      undefined,
      { fields: {}, shouldUseNativeValidation: false },
    )
    return { saved, errors }
  }

  it.each(['children', 'infants', 'seriousIllnessYearly'] as const)(
    'saves %s cleared as 0',
    async (field) => {
      const { saved, errors } = await check({ [field]: '' })
      expect(errors).toEqual({})
      const deductions = 'specialDeductions' in saved ? saved.specialDeductions : undefined
      expect(deductions?.[field]).toBe(0)
    },
  )

  it('still refuses a count it cannot read', async () => {
    const { errors } = await check({ children: 'two' })
    expect(Object.keys(errors)).toContain('specialDeductions')
  })
})
