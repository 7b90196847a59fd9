import { z } from 'zod'
import { CURRENCIES } from './enums'
import { optionsSchema, vestingScheduleSchema } from './options'

/** A money amount in the offer's currency, as people write it: up to 2 decimals, never negative. */
export const amountSchema = z
  .number()
  .nonnegative()
  .max(1e10)
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    error: 'must have at most 2 decimals',
  })

export const amountRangeSchema = z
  .object({ low: amountSchema, high: amountSchema })
  .strict()
  .refine((range) => range.low <= range.high, { error: 'low must not exceed high', path: ['low'] })
export type AmountRange = z.infer<typeof amountRangeSchema>

/** Salary months a year: 12 plus the usual 13th-18th "薪". */
export const monthsSchema = z.number().min(1).max(24).multipleOf(0.5)

/**
 * Base pay as an offer states it: a monthly range times N months ("120-150k,14 薪"), an annual
 * range ("年薪 130 万"), or the text itself, which the engine parses and explains.
 */
export const basePaySchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('monthly'), monthly: amountRangeSchema, months: monthsSchema })
    .strict(),
  z.object({ kind: z.literal('annual'), annual: amountRangeSchema }).strict(),
  z.object({ kind: z.literal('text'), text: z.string().min(1).max(200) }).strict(),
])
export type BasePay = z.infer<typeof basePaySchema>

const bonusMonthsSchema = z.number().min(0).max(24)

/**
 * The year-end bonus: months of monthly base ("年终奖 3 个月", or a range "年终奖 2-4 个月":
 * `months` is the low end and `monthsHigh` the high one, absent for a single figure, so records
 * from before ranges stay as they are), or an amount.
 */
export const bonusSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('months'),
      months: bonusMonthsSchema,
      monthsHigh: bonusMonthsSchema.optional(),
    })
    .strict()
    .refine((bonus) => bonus.monthsHigh === undefined || bonus.months <= bonus.monthsHigh, {
      error: 'low must not exceed high',
      path: ['monthsHigh'],
    }),
  z.object({ kind: z.literal('amount'), amount: amountRangeSchema }).strict(),
])
export type Bonus = z.infer<typeof bonusSchema>

/** Stock: a grant vesting over years on a schedule (percent each year), or a stated value per year. */
export const stockSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('grant'),
      grantValue: amountRangeSchema,
      schedule: vestingScheduleSchema,
    })
    .strict(),
  z.object({ kind: z.literal('per-year'), perYear: amountRangeSchema }).strict(),
])
export type Stock = z.infer<typeof stockSchema>

export const compensationSchema = z
  .object({
    currency: z.enum(CURRENCIES).default('CNY'),
    base: basePaySchema,
    yearEndBonus: bonusSchema.optional(),
    signOn: amountRangeSchema.optional(),
    stock: stockSchema.optional(),
    options: optionsSchema.optional(),
  })
  .strict()
export type Compensation = z.infer<typeof compensationSchema>
