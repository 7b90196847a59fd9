import { z } from 'zod'
import { CURRENCIES, MARKET_MOODS } from './enums'

/** Employee social-insurance and housing-fund rates, in percent, on a base the city caps. */
export const socialInsuranceSchema = z
  .object({
    pensionPercent: z.number().min(0).max(20).default(8),
    medicalPercent: z.number().min(0).max(10).default(2),
    unemploymentPercent: z.number().min(0).max(5).default(0.5),
    housingFundPercent: z.number().min(0).max(12).default(12),
    /** The city's monthly contribution base floor and cap, yuan (Beijing 2025 by default). */
    baseFloorMonthly: z.number().nonnegative().default(7162),
    baseCapMonthly: z.number().positive().default(35811),
  })
  .strict()
  .refine((rates) => rates.baseFloorMonthly <= rates.baseCapMonthly, {
    error: 'the base floor must not exceed the cap',
    path: ['baseFloorMonthly'],
  })
export type SocialInsurance = z.infer<typeof socialInsuranceSchema>

/** 专项附加扣除 (国发〔2023〕13号), as the user's situation; the engine turns it into yuan a year. */
export const specialDeductionsSchema = z
  .object({
    /** Children in education (2,000 a month each). */
    children: z.number().int().min(0).max(10).default(0),
    /** Children under three (infant care, 2,000 a month each). */
    infants: z.number().int().min(0).max(10).default(0),
    /** Elderly parents: 3,000 a month for an only child, else the user's share (≤1,500). */
    elderlyParentsMonthly: z.number().min(0).max(3000).default(0),
    continuingEducation: z.enum(['none', 'degree', 'certificate']).default('none'),
    housing: z
      .enum(['none', 'mortgage', 'rent-tier-1', 'rent-tier-2', 'rent-tier-3'])
      .default('none'),
    /** Serious-illness medical costs the user bears above 15,000, deductible up to 80,000 a year. */
    seriousIllnessYearly: z.number().min(0).max(80_000).default(0),
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
