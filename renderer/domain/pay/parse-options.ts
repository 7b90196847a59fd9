import { CHINESE_NUMBER, countOf, NOT_AFTER_A_NUMERAL } from './count-words'

/** What the engine still needs to value options that a pasted line only mentions. */
export type OptionsAsk = 'count' | 'strike-price' | 'share-price' | 'vesting'

/** Options named in pasted pay ("期权 2 万股", "$300k + options"): the count if written. */
export interface OptionsMention {
  count: number | null
  /** The fields to ask the user for, in the order a form shows them. */
  asks: OptionsAsk[]
}

const WORD = '(?:期权|期權|stock\\s*options?|options?|esop)'
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
