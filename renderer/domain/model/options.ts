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

const optionCountSchema = z.number().int().positive().max(1e9)

/** What a share is worth: the latest round's price, or the user's estimate (a range). */
const sharePriceRangeSchema = z
  .object({ low: sharePriceSchema, high: sharePriceSchema })
  .strict()
  .refine((range) => range.low <= range.high, {
    error: 'low must not exceed high',
    path: ['low'],
  })

/** What every option grant may say, priced or not. */
const grantTerms = {
  /** The prices' currency where it is not the pay's (USD options on a CNY offer). */
  currency: z.enum(CURRENCIES).optional(),
  /** A listed company's options have a market price; an unlisted one's may never be sold. */
  listed: z.boolean().default(false),
  /** Nothing vests before this many months; what would have vested by then vests at once. */
  cliffMonths: z.number().int().min(0).max(60).default(0),
  /** The discount from paper value to the expected value, percent; else the ruleset's. */
  discountPercent: z.number().min(0).max(100).optional(),
}

/**
 * Stock options (期权): the right to buy `count` shares at the strike price once they vest.
 * Startup and new-team offers often pay in them rather than in granted stock. Records from
 * before unpriced options have no `priced` key: they are priced.
 */
export const pricedOptionsSchema = z
  .object({
    priced: z.literal(true).optional(),
    count: optionCountSchema,
    strikePrice: sharePriceSchema,
    sharePrice: sharePriceRangeSchema,
    schedule: vestingScheduleSchema,
    ...grantTerms,
  })
  .strict()
export type PricedOptions = z.infer<typeof pricedOptionsSchema>

/**
 * Options granted before the company has said their strike or what a share is worth (common
 * up front: "期权 10 万股", the price later). The engine cannot value them, so it weighs the
 * offer without them and says so; what the user knows so far is kept for when the price comes.
 */
export const unpricedOptionsSchema = z
  .object({
    priced: z.literal(false),
    count: optionCountSchema.optional(),
    strikePrice: sharePriceSchema.optional(),
    sharePrice: sharePriceRangeSchema.optional(),
    schedule: vestingScheduleSchema.optional(),
    ...grantTerms,
  })
  .strict()
export type UnpricedOptions = z.infer<typeof unpricedOptionsSchema>

export const optionsSchema = z.discriminatedUnion('priced', [
  pricedOptionsSchema,
  unpricedOptionsSchema,
])
export type Options = z.infer<typeof optionsSchema>

/** Whether the options can be valued: both the strike and a share's worth are known. */
export function isPriced(options: Options): options is PricedOptions {
  return options.priced !== false
}
