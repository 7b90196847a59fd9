import { z } from 'zod'
import { CURRENCIES, MARKET_MOODS } from './enums'

/**
 * Employee social insurance and housing fund: the city's preset (ruleset data), with any figure
 * the user sets here in place of the preset's. Rates in percent, bases in yuan a month.
 */
export const socialInsuranceSchema = z
  .object({
    /** "auto": the preset of the offer's city, else the profile's; or a ruleset city id. */
    cityPreset: z.string().trim().min(1).max(40).default('auto'),
    pensionPercent: z.number().min(0).max(20).optional(),
    medicalPercent: z.number().min(0).max(10).optional(),
    unemploymentPercent: z.number().min(0).max(5).optional(),
    housingFundPercent: z.number().min(0).max(12).optional(),
    baseFloorMonthly: z.number().nonnegative().optional(),
    baseCapMonthly: z.number().positive().optional(),
  })
  .strict()
  .refine(
    (rates) =>
      rates.baseFloorMonthly === undefined ||
      rates.baseCapMonthly === undefined ||
      rates.baseFloorMonthly <= rates.baseCapMonthly,
    { error: 'the base floor must not exceed the cap', path: ['baseFloorMonthly'] },
  )
export type SocialInsuranceSettings = z.infer<typeof socialInsuranceSchema>

/**
 * 专项附加扣除 (国发〔2023〕13号), as the user's situation; the ruleset holds the amounts, and the
 * engine turns the two into yuan a year.
 */
export const specialDeductionsSchema = z
  .object({
    /** Children in education. */
    children: z.number().int().min(0).max(10).default(0),
    /** Children under three (infant care). */
    infants: z.number().int().min(0).max(10).default(0),
    /**
     * Elderly parents: an only child claims the ruleset's whole amount; a sibling claims the
     * share in `elderlyParentsMonthly`, up to the ruleset's cap. Left out (data saved before this
     * choice existed): `elderlyParentsMonthly` as stated, up to the whole amount.
     */
    elderlyParents: z.enum(['none', 'only-child', 'sibling-share']).optional(),
    elderlyParentsMonthly: z.number().min(0).max(100_000).default(0),
    continuingEducation: z.enum(['none', 'degree', 'certificate']).default('none'),
    housing: z
      .enum(['none', 'mortgage', 'rent-tier-1', 'rent-tier-2', 'rent-tier-3'])
      .default('none'),
    /** Serious-illness costs the user bears above the threshold; the ruleset caps the deduction. */
    seriousIllnessYearly: z.number().min(0).max(10_000_000).default(0),
  })
  .strict()
export type SpecialDeductions = z.infer<typeof specialDeductionsSchema>

export const engineSettingsSchema = z
  .object({
    socialInsurance: socialInsuranceSchema.default(socialInsuranceSchema.parse({})),
    specialDeductions: specialDeductionsSchema.default(specialDeductionsSchema.parse({})),
    /** Yuan for one unit of each foreign currency, as the user sets it (7.2 for USD, say). */
    exchangeRates: z
      .partialRecord(z.enum(CURRENCIES), z.number().positive().max(10_000))
      .default({}),
    /** L7, L16: layoffs and pay cuts elsewhere make a failed move costlier. */
    marketMood: z.enum(MARKET_MOODS).default('normal'),
    /** The tax year, for rules with an end date (the separate bonus method ends 31 Dec 2027). */
    taxYear: z.number().int().min(2019).max(2100).default(2026),
  })
  .strict()
export type EngineSettings = z.infer<typeof engineSettingsSchema>
