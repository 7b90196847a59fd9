import { z } from 'zod'
import { CURRENCIES } from './enums'

/** A price per share: option strikes are often fractions of a unit, so up to 4 decimals. */
export const sharePriceSchema = z
  .number()
  .nonnegative()
  .max(1e6)
  .refine((value) => Math.abs(value * 1e4 - Math.round(value * 1e4)) < 1e-6, {
    error: 'must have at most 4 decimals',
  })

/** Percent vesting in year 1, 2, …; sums to 100 (25/25/25/25, 10/20/30/40, …). */
export const vestingScheduleSchema = z
  .array(z.number().min(0).max(100))
  .min(1)
  .max(10)
  .refine((schedule) => Math.abs(schedule.reduce((sum, share) => sum + share, 0) - 100) < 1e-9, {
    error: 'vesting percentages must add up to 100',
  })

/**
 * Stock options (期权): the right to buy `count` shares at the strike price once they vest.
 * Startup and new-team offers often pay in them rather than in granted stock.
 */
export const optionsSchema = z
  .object({
    count: z.number().int().positive().max(1e9),
    strikePrice: sharePriceSchema,
    /** What a share is worth: the latest round's price, or the user's estimate (a range). */
    sharePrice: z
      .object({ low: sharePriceSchema, high: sharePriceSchema })
      .strict()
      .refine((range) => range.low <= range.high, {
        error: 'low must not exceed high',
        path: ['low'],
      }),
    /** The prices' currency where it is not the pay's (USD options on a CNY offer). */
    currency: z.enum(CURRENCIES).optional(),
    /** A listed company's options have a market price; an unlisted one's may never be sold. */
    listed: z.boolean().default(false),
    schedule: vestingScheduleSchema,
    /** Nothing vests before this many months; what would have vested by then vests at once. */
    cliffMonths: z.number().int().min(0).max(60).default(0),
    /** The discount from paper value to the expected value, percent; else the ruleset's. */
    discountPercent: z.number().min(0).max(100).optional(),
  })
  .strict()
export type Options = z.infer<typeof optionsSchema>
