import type { z } from 'zod'
import type { AmountRange, Stock, stockSchema } from '../../domain/model/compensation'
import type { Fen } from '../../domain/money'
import { AMOUNT_SOURCE, amountRange } from '../../domain/pay/parse-amount'
import type { ParsedStock } from '../../domain/pay/parse-pay'
import type { Range } from '../../domain/range'

/** Two number inputs as they hold their text: '' is empty; an empty "up to" is a single figure. */
export interface RangeFields {
  low: string
  high: string
}

export type StockKind = 'none' | 'grant' | 'per-year'

/**
 * Stock as its inputs hold it (the offer form's and the profile's current pay): every kind's
 * inputs are kept, so switching "grant" to "a value a year" and back keeps what was typed; only
 * the chosen kind is read (`stockFrom`).
 */
export interface StockFields {
  kind: StockKind
  grantValue: RangeFields
  /** Percent a year as typed ("25/25/25/25"). */
  schedule: string
  perYear: RangeFields
}

export const EVEN_FOUR_YEARS = '25/25/25/25'

export function emptyRange(): RangeFields {
  return { low: '', high: '' }
}

export function noStockFields(): StockFields {
  return {
    kind: 'none',
    grantValue: emptyRange(),
    schedule: EVEN_FOUR_YEARS,
    perYear: emptyRange(),
  }
}

/** A range as its two inputs: a single figure leaves "up to" empty, as the user would type it. */
export function rangeFields(range: AmountRange | Range): RangeFields {
  return { low: String(range.low), high: range.high === range.low ? '' : String(range.high) }
}

/** A range in fen (the parser's) as its two inputs, in yuan. */
export function yuanFields(range: Range<Fen>): RangeFields {
  return rangeFields({ low: range.low / 100, high: range.high / 100 })
}

export function scheduleText(schedule: readonly number[]): string {
  return schedule.join('/')
}

/**
 * A vesting schedule spread evenly over `years`, in whole hundredths that add up to 100 exactly
 * (3 years: 33.34/33.33/33.33).
 */
export function evenSchedule(years: number): string {
  const hundredths = Math.floor(10_000 / years)
  const first = 10_000 - hundredths * (years - 1)
  return [first, ...Array<number>(years - 1).fill(hundredths)].map((h) => h / 100).join('/')
}

/** How many years a schedule as typed has ("10/20/30/40": 4). */
export function scheduleYears(text: string): number {
  return text.split(/[\s/,，、|]+/).filter(Boolean).length
}

/**
 * An input's text as a number: '' is absent (undefined), anything else is read as a number, so
 * a figure that is not one reaches the schema as NaN and is refused there, by name.
 */
export function numberFrom(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text)
}

/** A required number: an empty input goes to the schema as undefined, which refuses it. */
export const requiredNumber = (text: string): number => numberFrom(text) as number

/** "25/25/25/25", "10, 20, 30, 40": percent a year, in order. */
export function scheduleFrom(text: string): number[] {
  const parts = text.split(/[\s/,，、|]+/).filter(Boolean)
  return parts.map(Number)
}

// One figure with its unit, as the pay parser reads it in a pasted line ("100k", "10万", "1.5w").
const FIGURE_WITH_UNIT = new RegExp(`^${AMOUNT_SOURCE}$`)

/**
 * An amount input's text in yuan: a plain number ("100000", "100,000"), or a figure with the
 * units the paste box reads ("100k", "10万", "1.5w", "1.2m"), which the app teaches: a trial typed
 * "100k" into the sign-on of a number input, which kept "100" and counted 100 yuan. '' is
 * absent; anything else unread is NaN, refused by the schema by name.
 */
export function amountFrom(text: string): number | undefined {
  const typed = text.normalize('NFKC').trim().toLowerCase()
  if (typed === '') return undefined
  // A comma only between groups of three digits ("100,000"): "12,5" is a decimal comma (or a
  // slip), which had read as 125; refused, as the paste box refuses "12,5k" (review 21 L12).
  if (/^\d*\.?\d+$/.test(typed)) return Number(typed)
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(typed)) return Number(typed.replace(/,/g, ''))
  const figure = FIGURE_WITH_UNIT.exec(typed)
  // A range belongs in two inputs ("3-4万" in one is not read); a unit is needed to be read here.
  if (!figure || figure[3] !== undefined || figure[2] === undefined) return Number.NaN
  const amount = amountRange(figure[1], figure[2], undefined, undefined)
  return amount ? amount.low / 100 : Number.NaN
}

/** An amount figure or range: an empty "up to" is the figure itself. */
export function rangeFrom(range: RangeFields): { low: number; high: number } {
  const low = amountFrom(range.low) as number
  return { low, high: amountFrom(range.high) ?? low }
}

/** The stock as the compensation schema reads it, or none. */
export function stockFrom(fields: StockFields): z.input<typeof stockSchema> | undefined {
  if (fields.kind === 'grant') {
    return {
      kind: 'grant',
      grantValue: rangeFrom(fields.grantValue),
      schedule: scheduleFrom(fields.schedule),
    }
  }
  if (fields.kind === 'per-year') return { kind: 'per-year', perYear: rangeFrom(fields.perYear) }
  return undefined
}

/** A stored stock as its inputs, over `keep` (the inputs of the kinds not stored). */
export function stockFieldsFrom(stock: Stock | undefined, keep = noStockFields()): StockFields {
  if (stock?.kind === 'grant') {
    return {
      ...keep,
      kind: 'grant',
      grantValue: rangeFields(stock.grantValue),
      schedule: scheduleText(stock.schedule),
    }
  }
  if (stock?.kind === 'per-year') {
    return { ...keep, kind: 'per-year', perYear: rangeFields(stock.perYear) }
  }
  return keep
}

/**
 * The stock inputs once a read line fills them: the stock it states, as its value a year ("RSU
 * 20 万分 4 年" is 5 万 a year, the grant ÷ its years, as the parser and the engine read it); a
 * line with no stock leaves them as they were.
 */
export function stockFilledByLine(
  stock: ParsedStock | undefined,
  fields: StockFields,
): StockFields {
  if (!stock) return fields
  return { ...fields, kind: 'per-year', perYear: yuanFields(stock.perYear) }
}
