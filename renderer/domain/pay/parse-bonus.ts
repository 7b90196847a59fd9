import type { Fen } from '../money'
import type { Range } from '../range'
import { ANY_DIGIT, COUNT_SOURCE, countOf, TIMES_SIGN } from './count-words'
import { AMOUNT_SOURCE, amountRange, RANGE_SEPARATOR } from './parse-amount'

/**
 * A year-end bonus written in the line: an amount ("年终奖 5 万") or months of base ("年终 2 个月").
 * A bonus written as a share of the year's base ("年终奖 20%", "bonus 15% of base") is held as the
 * months it comes to, 20% of 12 months being 2.4, with the share it was written as (`percent`,
 * low and high), so the reading can say so.
 */
export type ParsedBonus =
  | { kind: 'amount'; amount: Range<Fen> }
  | {
      kind: 'months'
      months: number
      monthsHigh?: number
      percent?: { low: number; high: number }
    }

/**
 * The bonus's words, longest first so "年终奖金" is not read as "年终" and a stray "奖金"; a bare
 * "bonus" is the year-end one unless a sign-on is meant ("sign-on bonus 50k").
 */
const BONUS_WORD =
  '(?:年终奖金|年終獎金|年终奖|年終獎|年终|年終|year[-\\s]?end\\s*bonus|(?<!sign[-\\s]?on\\s*|signing\\s*|joining\\s*)bonus)'
/**
 * Singapore's Annual Wage Supplement ("S$12,000/month + 2 months AWS"), a year-end payment in
 * months of base: a bonus word with a count of months only (new-user trial 23 #1: "2 months"
 * was taken for the year's, S$24k a year for S$168k). Never with an amount, nor a pay word of
 * its own: "AWS" is Amazon's cloud too ("AWS 月薪 3 万", read 30 P-3).
 */
const AWS_WORD = '(?<![a-z])(?:aws|annual\\s*wage\\s*supplement)(?![a-z])'
/** The English words of `BONUS_WORD`. */
const ENGLISH_BONUS_WORD =
  '(?:year[-\\s]?end\\s*bonus|(?<!sign[-\\s]?on\\s*|signing\\s*|joining\\s*)bonus)'
/**
 * "绩效" is a year's bonus when counted in months ("绩效 3 个月"); with an amount it is as often
 * the monthly performance part of the pay ("底薪 2 万 + 绩效 1 万"), so an amount after it is not
 * read as the year-end bonus.
 */
const PERFORMANCE_WORD =
  '(?:绩效奖金|績效獎金|绩效奖|績效獎|年度绩效|年度績效|绩效|績效|performance\\s*bonus)'
/** Every word a bonus in months may follow or precede. */
export const ANY_BONUS_WORD = `(?:${PERFORMANCE_WORD}|${BONUS_WORD}|${AWS_WORD})`
// "months", not the "month" of "monthly" ("bonus 100k monthly salary 200k").
const MONTHS_UNIT = '(?:个月|個月|months?(?![a-z])|薪)'
/** "up to 3 months", "最多 3 个月": the count is the bonus's ceiling, not what it pays. */
const UP_TO = '(?:up\\s*to|(?:最多|至多|最高)(?:可达|可達)?|不超过|不超過)'
// "bonus of 2-4 months" (review: left unread), "年终最多 3 个月".
// "年终奖每年 3 个月", "年终每年 2 个月": the bonus's own period (review 19: dropped).
// "bonus: up to 3 months": a colon, then "up to" (review 20).
// "AWS (2 months)", "bonus=2 months": a bracket or an equals sign (read 30 P-1: the months were
// taken for the year's).
const LINK = `(?:\\s*[:：=(（]\\s*(?:${UP_TO}\\s*)?|\\s*(?:为|為|约|約|of(?![a-z])|${UP_TO}|每年|每年度)?\\s*)`

/**
 * A count of months, or a range of them ("2-4", "2 到 4", "两", "三到四"): [1] the low end, [2]
 * the high one.
 */
const MONTHS_COUNT = `(${COUNT_SOURCE})(?:\\s*${RANGE_SEPARATOR}\\s*(${COUNT_SOURCE}))?`

/**
 * The "13th month" of Singapore (and Malaysia, the Philippines): one month's pay on top of twelve,
 * said as "13th month", "13th-month pay", "13-month AWS", "13 month bonus", "13 months AWS", or
 * after its word ("AWS (13th month)"). One month of bonus, not thirteen (read 30: "13-month AWS"
 * was a bonus of 13 months; "13th month AWS" was refused as two figures, "12,000 / 13"). Not a
 * count of months said as the base's ("× 13 months", "13 薪") nor "13 months bonus", which may
 * be thirteen: only the ordinal, the singular "month" of an adjective, or AWS, never 13 months.
 */
const PAY_NOUN = '(?:pay(?:ment)?|salary|wages?)(?![a-z])'
const THIRTEENTH_MONTH =
  `(?:${ANY_BONUS_WORD}${LINK})?(?<![\\d.]|${TIMES_SIGN}\\s*)13` +
  `(?:\\s*th\\s*-?\\s*month(?:'?s)?(?![a-z])(?:\\s*(?:${BONUS_WORD}|${AWS_WORD}|${PAY_NOUN}))?` +
  `|\\s*-?\\s*month(?![a-z])\\s*(?:${BONUS_WORD}|${AWS_WORD}|${PAY_NOUN})` +
  `|\\s*months\\s*${AWS_WORD})`

/**
 * The bonus with its word, in the (lower-cased, NFKC) text: "年终奖 5 万", "年终奖 3-5 万",
 * "年终 2 个月", "年终奖 2-4 个月", "绩效 3 个月", "year-end bonus 50k", "2 个月年终奖". The word
 * alone, with no figure, is not matched. Groups: [1-2] months after the word (low, high); [3-6]
 * an amount after the word; [7-8] months before it; [9-12] an amount before it. The 13th month
 * ("13th month AWS") sets none: first, so that "13-month AWS" is not read as 13 months.
 */
export const BONUS_MENTION = new RegExp(
  THIRTEENTH_MONTH +
    `|${ANY_BONUS_WORD}${LINK}${MONTHS_COUNT}\\s*${MONTHS_UNIT}` +
    // A percent ("bonus 20%") is not an amount: left for the user to enter.
    // Nor the low end of a range in percent ("年终 0-20%" was read as a bonus of 0, review 18).
    `|${BONUS_WORD}${LINK}${AMOUNT_SOURCE}(?![\\d.]|\\s*(?:%|${MONTHS_UNIT}|${RANGE_SEPARATOR}))` +
    // Not the months of the base ("× 13 个月", "× 14-16 个月") nor part of a larger figure.
    // …and not "14 个月 年终奖 2 个月", where the bonus names its own figure after the word
    // (nor a shorter word cut from a longer one: "年终" of "年终奖 2 个月").
    `|(?:${UP_TO}\\s*)?(?<!${TIMES_SIGN}\\s*)(?<![\\d.])(?<!${ANY_DIGIT}\\s*${RANGE_SEPARATOR}\\s*)${MONTHS_COUNT}\\s*-?\\s*(?:个月|個月|months?)\\s*的?\\s*${ANY_BONUS_WORD}(?![奖獎金]|${LINK}${ANY_DIGIT})` +
    // An amount before an English bonus word, after a break from the base ("20k x 12 + 40k
    // bonus", "20k x 12, 40k year-end bonus"; trial 12: refused as two figures), when the word
    // has no figure of its own after it ("base 40k bonus 20k") and is not said to be inside it
    // ("30k bonus included"). Not a Chinese word: "年薪40万年终奖另算" is the base's 40万. [9-12]
    `|(?<=[,+，、;；]\\s*)${AMOUNT_SOURCE}\\s*(?:annual\\s*|yearly\\s*)?${ENGLISH_BONUS_WORD}(?!${LINK}${ANY_DIGIT}|\\s*(?:is\\s*|are\\s*)?incl)`,
  'g',
)

/** A count of 12 or more: a year's months of base, not months of a bonus. */
const YEAR_OF_MONTHS =
  '(?:(?:1[2-9]|[2-9]\\d|[1-9]\\d{2,})(?:\\.\\d+)?|十[二三四五六七八九]|[二两兩三四五六七八九]十[一二三四五六七八九]?)'

/**
 * The bonus's word before "N 薪" with N from 12 up ("年终 14 薪", "年终奖 13 薪"): N 薪 is the
 * base's month count, the months past 12 being the year-end pay, not N months of bonus on top of
 * 12 (review: "月薪 3 万，年终 14 薪" was read as 26 months' pay). Only the word (and its link)
 * is matched, to be set aside before `BONUS_MENTION`; the count is read as the month count.
 */
export const BONUS_WORD_OF_MONTH_COUNT = new RegExp(
  `${ANY_BONUS_WORD}${LINK}(?=${YEAR_OF_MONTHS}(?:\\s*${RANGE_SEPARATOR}\\s*${COUNT_SOURCE})?\\s*薪(?![资資]))`,
  'g',
)

/**
 * A year's count of months, 12 or more, but the 13 the 13th-month rule reads (13 as 12 months and
 * a bonus of one, the same pay): "14", "十三", "二十".
 */
const YEAR_OF_MONTHS_BUT_13 =
  '(?:(?:1[24-9]|[2-9]\\d|[1-9]\\d{2,})(?:\\.\\d+)?|13\\.\\d+|十[二三四五六七八九]|[二两兩三四五六七八九]十[一二三四五六七八九]?)'

/**
 * Rule "AWS after a year of months": "14-month AWS", "14 months AWS", "14 个月 AWS", "AWS: 14
 * months" with a count of 12 or more are the months a year, the AWS being the ones past 12, not
 * 14 months of AWS on top of twelve (read 30 #8: "14-month AWS" was a bonus of 14 months, S$168k
 * on top of S$144k). Only the AWS word (and its link) is matched, to be set aside before
 * `BONUS_MENTION`, with the hyphen of "14-month" (`awsOfMonthCountSetAside`); the count is read
 * as the month count. Not a count inside a larger figure ("2,014 months"). Groups: [1] the blanks
 * or hyphen after the count, [2] its unit, [3] the AWS word after; [4] the AWS word before.
 */
export const AWS_OF_MONTH_COUNT = new RegExp(
  `(?<=(?<!\\d[.,]?)${YEAR_OF_MONTHS_BUT_13})(\\s*-?\\s*)(个月|個月|months?(?![a-z]))(\\s*${AWS_WORD})` +
    `|(${AWS_WORD}${LINK})(?=(?<![\\d.])${YEAR_OF_MONTHS_BUT_13}\\s*(?:个月|個月|months?(?![a-z])))`,
  'g',
)

/** What is left of one match of `AWS_OF_MONTH_COUNT`: its unit only, in place ("14 month"). */
export function awsOfMonthCountSetAside(whole: string, gap?: string, unit?: string): string {
  if (gap === undefined || unit === undefined) return ' '.repeat(whole.length)
  return `${' '.repeat(gap.length)}${unit}${' '.repeat(whole.length - gap.length - unit.length)}`
}

const THIRTEENTH_ALONE = new RegExp(`^(?:${THIRTEENTH_MONTH})$`)

/**
 * The bonus one match of `BONUS_MENTION` wrote; null for a figure with no unit ("年终奖 3") or
 * a range of months that runs backwards ("年终 4-2 个月").
 */
export function bonusFrom(groups: readonly (string | undefined)[]): ParsedBonus | null {
  if (groups.slice(1).every((group) => group === undefined)) {
    // The 13th month, the one match that sets no group: one month on top of twelve.
    return THIRTEENTH_ALONE.test(groups[0] ?? '') ? { kind: 'months', months: 1 } : null
  }
  const after = groups[1] !== undefined
  const months = after ? groups[1] : groups[7]
  const monthsHigh = after ? groups[2] : groups[8]
  if (months !== undefined) {
    // "Up to 3 months" may pay nothing: 0-3, as "年终 0-3 个月" is read (review 19: it was 3).
    if (monthsHigh === undefined && new RegExp(UP_TO).test(groups[0] ?? ''))
      return { kind: 'months', months: 0, monthsHigh: countOf(months) }
    const low = countOf(months)
    if (monthsHigh === undefined || countOf(monthsHigh) === low)
      return { kind: 'months', months: low }
    const high = countOf(monthsHigh)
    return high < low ? null : { kind: 'months', months: low, monthsHigh: high }
  }
  const amount =
    groups[3] !== undefined
      ? amountRange(groups[3], groups[4], groups[5], groups[6])
      : amountRange(groups[9], groups[10], groups[11], groups[12])
  if (amount && amount.low === amount.high && new RegExp(UP_TO).test(groups[0] ?? ''))
    return { kind: 'amount', amount: { low: 0 as Fen, high: amount.high } }
  return amount && { kind: 'amount', amount }
}

/** "20%", "百分之二十": [1] the figure in digits, [2] in Chinese numerals. */
const ONE_PERCENT = `(?:(\\d+(?:\\.\\d+)?)\\s*[%％]|百分之\\s*(\\d+(?:\\.\\d+)?|[二三四五六七八九]?十[一二三四五六七八九]?|[一二两兩三四五六七八九]))`
/** A share or a range of them ("20%", "10%-30%", "10-30%"): [1] the low end, [2] the high one. */
const PERCENT_SHARE = `(?:(\\d+(?:\\.\\d+)?)\\s*%?\\s*${RANGE_SEPARATOR}\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]|${ONE_PERCENT})`
/** What the share is of, said after it: the base ("of base", "年薪"), or another figure. */
const OF_BASE_AFTER =
  '(?:\\s*of\\s*(?:the\\s*)?(?:annual\\s*|yearly\\s*)?(?:base(?:\\s*(?:salary|pay))?|salary)(?![a-z])|\\s*(?:的)?\\s*(?:年薪|底薪|base(?![a-z])))'
const OF_BASE_BEFORE = '(?:(?:年薪|底薪|base|base\\s*salary)\\s*的?\\s*)'
const OF_OTHER =
  '(?:of\\s*(?:the\\s*)?(?:total\\s*(?:comp(?:ensation)?|package)|tc|package|annual\\s*(?:comp(?:ensation)?|package))(?![a-z])|(?:年包|总包|總包)(?:的)?)'
/** The year-end or English bonus word a share is said of; not "绩效", often a share inside the pay. */
const PERCENT_BONUS_WORD = `(?:(?:target|annual|yearly)\\s*)?${BONUS_WORD}`

/**
 * A bonus written as a share ("年终奖 20%", "年终奖 10%-30%", "年终奖为年薪的 20%", "bonus 15% of
 * base", "15% annual bonus", "20% 年终奖"; parser26, user-trial item 1: refused as two figures,
 * the model had no place for it). Groups: [1-2] a range's ends, [3-4] one share (digits, Chinese
 * numerals), [5] the other figure it is said to be of ("of total comp", "年包的"), when not the
 * base; then the same five for the share before the word.
 */
export const BONUS_PERCENT_MENTION = new RegExp(
  `${PERCENT_BONUS_WORD}${LINK}(?:${OF_BASE_BEFORE}|(${OF_OTHER})\\s*)?${PERCENT_SHARE}(?:${OF_BASE_AFTER}|\\s*(${OF_OTHER}))?` +
    `|${PERCENT_SHARE}\\s*(?:的\\s*)?(?:(?:annual|yearly|target)\\s*)?(?:年终奖金|年終獎金|年终奖|年終獎|${ENGLISH_BONUS_WORD})(?:\\s*(${OF_OTHER})|${OF_BASE_AFTER})?`,
  'g',
)

/** A share of the base: its low and high ends in percent, or null when said of another figure. */
export function bonusPercentFrom(
  groups: readonly (string | undefined)[],
): { low: number; high: number } | null {
  const [, otherBefore, rangeLow, rangeHigh, one, oneChinese, otherAfter] = groups
  const [, rangeLow2, rangeHigh2, one2, oneChinese2, otherAfter2] = groups.slice(6)
  if (otherBefore ?? otherAfter ?? otherAfter2) return null
  const value = (text: string | undefined) =>
    text === undefined ? undefined : /^[\d.]+$/.test(text) ? Number(text) : countOf(text)
  const low = value(rangeLow ?? one ?? oneChinese ?? rangeLow2 ?? one2 ?? oneChinese2)
  const high = value(rangeHigh ?? rangeHigh2) ?? low
  if (low === undefined || high === undefined || high < low) return null
  // "bonus up to 20%" may pay nothing: 0-20%, as "up to 3 months" is read.
  const upTo = rangeHigh === undefined && new RegExp(UP_TO).test(groups[0] ?? '')
  return { low: upTo ? 0 : low, high }
}
