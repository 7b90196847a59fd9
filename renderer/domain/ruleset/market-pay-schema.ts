import { z } from 'zod'
import { articleCitationSchema, assumptionSchema } from './citation'

/**
 * The yearly pay figures the article reports, each at the line it comes from. They are what
 * the article saw in the market, not scoring rules: the market chart draws the user's pay
 * against them, and some tiers' bands rest on the same lines.
 */
export const MARKET_PAY_IDS = [
  'vivo-after-tax',
  'phd-one-year',
  'mover',
  'pinduoduo',
  'internet-posting',
  'lab-lead-posting',
  'car-maker-posting',
  'phd-starting',
  'core-talent',
  'vision-expert',
] as const
export type MarketPayId = (typeof MARKET_PAY_IDS)[number]

/** What a figure counts: the whole package, cash without stock, or after tax. */
export const MARKET_PAY_BASES = ['total', 'cash', 'after-tax'] as const
export type MarketPayBasis = (typeof MARKET_PAY_BASES)[number]

/** Built when first used, as every ruleset schema (see citation.ts). */
export const marketPayRuleSchema = z.lazy(() =>
  z
    .object({
      id: z.enum(MARKET_PAY_IDS),
      /** Yuan a year, low to high (one figure: low = high). */
      yuan: z
        .object({ low: z.number().nonnegative(), high: z.number().nonnegative() })
        .strict()
        .refine((yuan) => yuan.low <= yuan.high, {
          error: 'a pay figure has low above high',
          path: ['low'],
        }),
      basis: z.enum(MARKET_PAY_BASES),
      /** Always the article's line: a figure of the market is what the article reports. */
      citation: articleCitationSchema,
      assumption: assumptionSchema.optional(),
    })
    .strict(),
)
export type MarketPayRule = z.infer<typeof marketPayRuleSchema>
