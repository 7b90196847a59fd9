import type { Currency } from '../model/enums'
import { CHINESE_NUMBER, countOf, NOT_AFTER_A_NUMERAL } from './count-words'

/** What the engine still needs to value options that a pasted line only mentions. */
export type OptionsAsk = 'count' | 'strike-price' | 'share-price' | 'vesting'

/** Options named in pasted pay ("期权 2 万股", "$300k + options"): the count if written. */
export interface OptionsMention {
  count: number | null
  /** The fields to ask the user for, in the order a form shows them. */
  asks: OptionsAsk[]
  /** A strike price the line gives ("行权价 1 美元", "@ $1 strike"), a price per share. */
  strikePrice?: number
  /** The strike's currency when written beside it ("美元", "$"), else the pay's. */
  strikeCurrency?: Currency
}

const WORD = '(?:股票期[权權]|期权|期權|stock\\s*options?|options?|esop)'
/** The line names options: only then is a strike read. */
export const OPTIONS_WORD = new RegExp(WORD)
const PRICE = '(\\d+(?:\\.\\d+)?)(?![\\d.]|\\s*(?:k|m|w|万|萬|千|%|股|shares?))'
/**
 * A strike price, in the (lower-cased, currency signs blanked) text: "行权价 1", "行权价格：0.5",
 * "strike $1", "strike price of 0.5", "@ $1 strike". Group [1] or [2]: the price per share.
 */
export const STRIKE_MENTION = new RegExp(
  `(?:行权价格?|行權價格?|strike(?:\\s*price)?|exercise\\s*price)\\s*(?:[:：@]|为|為|of|at)?\\s*${PRICE}(?:\\s*(?:元|块|塊))?` +
    `|@?\\s*${PRICE}\\s*(?:strike(?:\\s*price)?|行权价|行權價)`,
  'g',
)
/**
 * A count right before the options word with no share unit ("20k options", "20,000 options"):
 * read as the count only beside a strike, where it cannot be pay ("20k options @ $1 strike");
 * alone, "20k options" stays a pay of 20k with options, as it always read.
 */
export const COUNT_BEFORE_OPTIONS = new RegExp(
  `(?<![\\d.]|\\d,)(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(万|萬|w|k|千)?\\s*${WORD}`,
)
// A count may be in Chinese numerals before its unit ("期权两万股").
const COUNT = `(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${NOT_AFTER_A_NUMERAL}${CHINESE_NUMBER}(?=\\s*(?:万|萬|千)))`
const UNIT = '(万|萬|w|k|千)?'
const SHARES = '(?:股|shares?|份)'

/**
 * "2 万股期权", "20000 options", "期权 2 万股", "options: 20,000 shares", or the bare word. A
 * number after the word counts only with a share unit, and one before it only with a share unit
 * or alone: "$300k options" leaves "$300k" to be read as pay.
 */
export const OPTIONS_MENTION = new RegExp(
  `${COUNT}\\s*${UNIT}\\s*${SHARES}\\s*的?\\s*${WORD}` +
    // Not the month count before it ("8k × 12 期权 2 万股"), nor a word that gives its own count.
    `|(?<![×x*]\\s*)(?<![\\d.])(\\d+)\\s+${WORD}(?![a-z]|\\s*:?\\s*\\d[\\d,.]*\\s*(?:万|萬|w|k|千)?\\s*${SHARES})` +
    `|${WORD}\\s*:?\\s*(?:${COUNT}\\s*${UNIT}\\s*${SHARES})?`,
  'g',
)

const UNIT_COUNT: Record<string, number> = {
  万: 10_000,
  萬: 10_000,
  w: 10_000,
  k: 1_000,
  千: 1_000,
}

/** The mention from one match of OPTIONS_MENTION (its capture groups, the whole match first). */
export function optionsMentionFrom(groups: readonly (string | undefined)[]): OptionsMention {
  const [, countBefore, unitBefore, bareCount, countAfter, unitAfter] = groups
  const text = countBefore ?? bareCount ?? countAfter
  const unit = countBefore !== undefined ? unitBefore : unitAfter
  const count =
    text === undefined
      ? null
      : Math.round(
          (/^[\d.,]+$/.test(text) ? Number(text.replace(/,/g, '')) : countOf(text)) *
            (unit ? (UNIT_COUNT[unit] ?? 1) : 1),
        )
  const asks: OptionsAsk[] = ['strike-price', 'share-price', 'vesting']
  return { count, asks: count === null || count <= 0 ? ['count', ...asks] : asks }
}
