import { z } from 'zod'
import { assumptionSchema, citationSchema } from './citation'

/**
 * A city the ruleset knows: its names in both languages and every way users write it ("北京市",
 * "Beijing", "BJ"). The hub-city modifier and the social-insurance presets refer to it by id.
 * Built when first used, as every ruleset schema (see citation.ts).
 */
export const citySchema = z.lazy(() =>
  z
    .object({
      id: z.string().min(1),
      nameZhHans: z.string().min(1),
      nameEn: z.string().min(1),
      /** Lower case, without 市 or "city"; only abbreviations that name no other city. */
      aliases: z.array(z.string().min(1)).min(1),
    })
    .strict(),
)
export type City = z.infer<typeof citySchema>

const percent = (max: number) => z.number().min(0).max(max)

/**
 * A city's employee social-insurance figures for one contribution year: the monthly base's floor
 * and cap, the employee's rates, and the housing-fund range. The user may override each field.
 */
export const socialInsurancePresetSchema = z.lazy(() =>
  z
    .object({
      cityId: z.string().min(1),
      /** The contribution year the figures belong to (Beijing's 2025 runs July 2025 to June 2026). */
      year: z.number().int().min(2000).max(2100),
      /** The first day the figures apply, where the notice gives one. */
      validFrom: z.iso.date().optional(),
      baseFloorMonthlyYuan: z.number().nonnegative(),
      baseCapMonthlyYuan: z.number().positive(),
      /**
       * The base cap is a multiple of the average wage the city itself publishes (Beijing and
       * Shanghai, 直辖市), not its province's: only then is it the city's average that
       * 劳动合同法 第四十七条 caps severance at (the cap ÷ its multiple). False where the city
       * follows its province's bounds (Shenzhen: Guangdong's); the severance cap then keeps the
       * ruleset's placeholder. Say where the figure comes from in `source`.
       */
      baseCapIsCityAverage: z.boolean(),
      pensionPercent: percent(20),
      medicalPercent: percent(10),
      unemploymentPercent: percent(5),
      housingFund: z
        .object({ minPercent: percent(12), maxPercent: percent(12), defaultPercent: percent(12) })
        .strict()
        .refine(
          (fund) =>
            fund.minPercent <= fund.defaultPercent && fund.defaultPercent <= fund.maxPercent,
          { error: 'the default housing-fund rate must lie within the range' },
        ),
      /** The notice the figures come from. */
      source: citationSchema,
      /** Present where a figure is not checked against the notice: says which and why. */
      assumption: assumptionSchema.optional(),
    })
    .strict()
    .refine((preset) => preset.baseFloorMonthlyYuan <= preset.baseCapMonthlyYuan, {
      error: 'the base floor must not exceed the cap',
      path: ['baseFloorMonthlyYuan'],
    }),
)
export type SocialInsurancePreset = z.infer<typeof socialInsurancePresetSchema>

export const socialInsuranceRuleSchema = z.lazy(() =>
  z
    .object({
      id: z.literal('social-insurance'),
      citation: citationSchema,
      assumption: assumptionSchema.optional(),
      presets: z.array(socialInsurancePresetSchema).min(1),
      /** The preset used where no city matches (and why that one). */
      fallbackCityId: z.string().min(1),
      fallbackAssumption: assumptionSchema,
    })
    .strict()
    .refine((rule) => rule.presets.some((preset) => preset.cityId === rule.fallbackCityId), {
      error: 'the fallback city needs a preset',
      path: ['fallbackCityId'],
    }),
)
