import { fen, type Fen } from '../money'
import { rangeOf, type Range } from '../range'
import {
  CHINESE_DIGIT,
  CHINESE_NUMBER,
  countOf,
  NOT_AFTER_A_NUMERAL,
  NUMERAL_CHARACTERS,
} from './count-words'

/** Multipliers to yuan, as written after a number. */
const UNIT_YUAN: Record<string, number> = {
  k: 1_000,
  千: 1_000,
  w: 10_000,
  万: 10_000,
  萬: 10_000,
  百万: 1_000_000,
  百萬: 1_000_000,
  // "年薪 1 千万人民币" (review 28 P4): read as 1 千 with 万 set aside, 10,000× under.
  千万: 10_000_000,
  千萬: 10_000_000,
  m: 1_000_000,
  // 亿 is 10^8 ("年包 0.1 亿", "年薪 1.2 亿": parser28, left unread as "0.1"). Rare in pay, but
  // it is the unit the article's top packages are written in, and a figure's unit is never
  // guessed: read as what it says. A count of shares with 亿 ("期权 1 亿股") is no amount: the
  // shares pattern of parse-pay.ts takes it whole before any amount is read, so it is not money.
  亿: 100_000_000,
  億: 100_000_000,
  元: 1,
}
// "120k to 150k": an English "to" as a word only.
export const RANGE_SEPARATOR = '(?:-|~|至|到|–|—|(?<![a-z])to(?![a-z]))'

/**
 * What must not follow the last digit of a spoken figure for it to be one: another digit or
 * numeral, a unit, a percent or a month count ("4万50", "2w5k", "4万5个月" are not 45,000).
 */
const NOTHING_MORE = `(?![\\d.%${NUMERAL_CHARACTERS}]|\\s*(?:(?:k|m)(?![a-z])|(?:w(?![a-z]|/\\s)|(?<=\\d)w(?![a-z]))|元|百|千|万|萬|薪|个|個|months?))`
const SPOKEN_DIGIT = `(?:\\d|${CHINESE_DIGIT})`
/**
 * A spoken figure's unit takes one more digit written against it, the next unit down: the
 * thousands after 万 ("2w5", "4万5", "2万5千", "三万五" are 25,000, 45,000, 25,000, 35,000), the
 * hundreds after 千 ("8千5", "八千五百" are 8,500). "4万 5 个月" and "2w 5薪" are a figure and a
 * count. A unit may end in 元 ("3 万元"). The digit is captured with its unit, so the pattern
 * keeps its four groups.
 */
// A letter unit is one only as a word's end: the "w" of "14 with", "14 w/ 2" is no 万 (trial 10);
// written against its figure it is one, "/" after it or not ("3w/ 15薪", review 19).
// Rule "hundreds after a zero": "三万〇五百", "三万零五百" are 30,500, the 零 (or 〇) saying the
// thousands are none (trial 23 #9: read as 30,000 with "〇五百" set aside, "零五百" refused as a
// second figure); "一万二千五百" is 12,500, the hundreds after the thousands (refused likewise).
// Not followed by another digit or numeral: "三万零五百五" says no one figure.
const BELOW_TEN_THOUSAND = `(?:[零〇]${SPOKEN_DIGIT}百|${SPOKEN_DIGIT}千${SPOKEN_DIGIT}百)(?![\\d.${NUMERAL_CHARACTERS}])`
const TEN_THOUSANDS = `(?:(?:w(?![a-z]|/\\s)|(?<=\\d)w(?![a-z]))|万|萬)(?:${BELOW_TEN_THOUSAND}|${SPOKEN_DIGIT}(?:千|${NOTHING_MORE}))?`
const THOUSANDS = `千(?:${SPOKEN_DIGIT}(?:百|${NOTHING_MORE}))?`
const UNIT = `((?:百万|百萬|千万|千萬|${THOUSANDS}|${TEN_THOUSANDS}|亿|億)元?|k(?![a-z])|m(?![a-z])|元)?`
const CHINESE_UNIT_AHEAD = '\\s*(?:百万|百萬|千|万|萬|亿|億)'
/**
 * A number of hundreds or thousands in Chinese numerals, before its 万 ("一百二十万", "三百万",
 * "一千五百万", "两百零五万"): parser26, "年薪一百二十万" was left unread, "一千万" read as two
 * figures. Tried before `CHINESE_NUMBER`, so "一百二十" is read whole, not "一" and "百".
 */
const NINE = '[一二两兩三四五六七八九]'
const TENS_AND_ONES = `(?:${NINE}?十[一二三四五六七八九]?|${NINE})`
const HUNDREDS_NUMBER = `(?:${NINE}千(?:零?${NINE}百)?|${NINE}百)(?:零?${TENS_AND_ONES})?`
const CHINESE_AMOUNT_NUMBER = `(?:${HUNDREDS_NUMBER}|${CHINESE_NUMBER})`
/**
 * Two neighbouring digits for "this or the next" (概数, as written Chinese gives an approximate
 * figure, with no mark between: "三四万", "十四五万", "二十四五万", "四五十万", "七八千", "两三百万").
 * Read as the range they say, 14 万 to 15 万 for "十四五万" (parser28: left unread), but only when
 * the second is the first plus one: "三五万" may be "a few" (三五个) as well as 3 to 5 万, so
 * `amountRange` refuses it, and three digits ("十五六七万") are not matched and stay unread.
 * Groups (of `APPROXIMATE`): the tens before, the two digits, the "十" after.
 */
const APPROXIMATE_DIGIT = '[一二两兩三四五六七八九]'
const APPROXIMATE_NUMBER = `(?:(?:${NINE}?十)?${APPROXIMATE_DIGIT}{2}|${APPROXIMATE_DIGIT}{2}十)`
const APPROXIMATE = new RegExp(
  `^((?:${NINE}?十)?)(${APPROXIMATE_DIGIT})(${APPROXIMATE_DIGIT})(十?)$`,
)
/**
 * A figure in Chinese numerals ("三万", "两万五", "十五万", "八千", "三到四万", "一百二十万",
 * "十四五万") is read only with its 万 or 千 (or a range to one): "三" alone is left whole, unread.
 */
const CHINESE_FIGURE =
  `${NOT_AFTER_A_NUMERAL}(?:${APPROXIMATE_NUMBER}(?=${CHINESE_UNIT_AHEAD})|${CHINESE_AMOUNT_NUMBER}` +
  `(?=${CHINESE_UNIT_AHEAD}|\\s*${RANGE_SEPARATOR}\\s*(?:\\d+(?:\\.\\d+)?|${CHINESE_AMOUNT_NUMBER})${CHINESE_UNIT_AHEAD}))`
// "30,000" and "$180,000": thousands in groups of three, read as one number.
const NUMBER = `(\\d{1,3}(?:,\\d{3})+(?![\\d])(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${CHINESE_FIGURE})`

/**
 * A figure or a range with its units ("8-10 万", "30k", "1.5w"), as a pattern's source: four
 * groups, the low figure and its unit, the high figure and its unit. Shared by the base pay
 * and the year-end bonus, so both read amounts alike.
 */
export const AMOUNT_SOURCE = `${NUMBER}\\s*${UNIT}(?:\\s*${RANGE_SEPARATOR}\\s*${NUMBER}\\s*${UNIT})?`

/**
 * A figure with a decimal comma, as much of Europe writes it ("12,5k", "1,5M", "12,5万"): one to
 * three digits, an ASCII comma, one or two digits, a unit. A comma before three digits groups
 * thousands ("12,500"), one before fewer is no grouping: the figure was read as "12 / 5k", two
 * figures (review 21 L12; the amount inputs read "12,5" as 125). The full-width "，" a Chinese
 * keyboard types is a clause's break ("年薪40，5万签字费"), so only the ASCII comma of the text as
 * typed is one. Case-insensitive.
 */
export const DECIMAL_COMMA_FIGURE = new RegExp(
  '(?<![\\d.,])\\d{1,3},\\d{1,2}(?![\\d,])\\s*(?:k|m|w|千|万|萬)(?![a-z])',
  'i',
)

/** Below this, a figure with no unit of its own nor one carried is not a pay ("月薪 30", "30-45"). */
const SMALLEST_BARE_FIGURE = 1_000

/**
 * The range the four groups of `AMOUNT_SOURCE` wrote, or null when a figure has no unit and is
 * too small to be pay in yuan ("月薪 30", "年终奖 1-3": a unit or a "个月" left out). One unit
 * serves both ends when only one is written ("3-4 万", "30k-40"), unless the bare end is a
 * figure in yuan already ("3万-45000" is 30,000 to 45,000, not to 450 million).
 */
export function amountRange(
  lowText: string | undefined,
  lowUnit: string | undefined,
  highText: string | undefined,
  highUnit: string | undefined,
): Range<Fen> | null {
  const approximate = approximateEnds(lowText)
  if (approximate !== undefined) {
    // Only alone and with a plain unit: "三四到五六万" and "三四万五" say no two ends.
    const plain = lowUnit !== undefined && !FROM_SPOKEN_DIGIT.test(lowUnit)
    if (approximate === null || highText !== undefined || !plain) return null
    return amountRange(approximate[0], lowUnit, approximate[1], lowUnit)
  }
  if (approximateEnds(highText) !== undefined) return null
  // The unit carried is the other end's without its thousands: "2-2w5" is 20,000 to 25,000.
  const carry = (text: string | undefined, other: string | undefined) =>
    text !== undefined && numberOf(text) < SMALLEST_BARE_FIGURE ? unitWordOf(other) : undefined
  const unitLow = lowUnit ?? carry(lowText, highUnit)
  const unitHigh = highUnit ?? carry(highText, lowUnit)
  const tooSmall = (text: string | undefined, unit: string | undefined) =>
    text !== undefined &&
    unit === undefined &&
    numberOf(text) > 0 &&
    numberOf(text) < SMALLEST_BARE_FIGURE
  if (tooSmall(lowText, unitLow) || tooSmall(highText, unitHigh)) return null
  const low = toFen(lowText ?? '0', unitLow)
  const high = highText === undefined ? low : toFen(highText, unitHigh)
  return low === null || high === null ? null : rangeOf(low, high)
}

// The spoken part after a unit, without a 元 ending it: "5" of "w5", "五千" of "万五千", "零五百"
// of "万零五百元".
const FROM_SPOKEN_DIGIT = new RegExp(`([零〇]?${SPOKEN_DIGIT}[^元]*)元?$`)

/**
 * The two ends an `APPROXIMATE_NUMBER` says ("十四五" → "十四", "十五"; "四五十" → "四十",
 * "五十"), null when its digits are not neighbours ("三五"), undefined when it is no such number.
 */
function approximateEnds(text: string | undefined): [string, string] | null | undefined {
  const found = text === undefined ? null : APPROXIMATE.exec(text)
  if (!found) return undefined
  const [, before = '', first = '', second = '', after = ''] = found
  if (countOf(second) !== countOf(first) + 1) return null
  return [`${before}${first}${after}`, `${before}${second}${after}`]
}

/** The unit without a spoken figure's last digit nor 元: "w" of "w5", "万" of "万5千" or "万元". */
function unitWordOf(unit: string | undefined): string | undefined {
  const word = unit?.replace(FROM_SPOKEN_DIGIT, '')
  return word !== undefined && word.length > 1 ? word.replace(/元$/, '') : word
}

/** "30,000" → 30000, "三" → 3, "十五" → 15, "一百二十" → 120. */
function numberOf(text: string): number {
  return /^[\d.,]+$/.test(text) ? Number(text.replace(/,/g, '')) : chineseAmountOf(text)
}

const PLACE_VALUE: Record<string, number> = { 千: 1_000, 百: 100, 十: 10 }

/**
 * The value of a `CHINESE_AMOUNT_NUMBER`: each digit counts the place word after it ("一百二十" is
 * 1 × 100 + 2 × 10), a place word with none before it counts one ("十五" is 15), "零" nothing. A
 * last digit right after 百 or 千 counts the next place down, its place word left unsaid: "一百五"
 * is 150 and "一千五" 1,500, as "两万五" is 25,000; only "一百零五" is 105 (parser28: "年薪一百五万"
 * was read as 105 万, "一千五万" as 1,005 万, silently). So "两百五" is 250, never 205.
 */
function chineseAmountOf(text: string): number {
  let total = 0
  let digit: number | null = null
  let lastPlace = 1
  for (const character of text) {
    const place = PLACE_VALUE[character]
    if (place !== undefined) {
      total += (digit ?? 1) * place
      digit = null
      lastPlace = place
    } else if (character === '零') {
      lastPlace = 1
    } else {
      digit = countOf(character)
    }
  }
  const unsaid = lastPlace >= 100 ? lastPlace / 10 : 1
  return total + (digit ?? 0) * unsaid
}

/** What the spoken figure's last digit counts: thousands after 万, hundreds after 千. */
const SPOKEN_DIGIT_YUAN: Record<string, number> = { w: 1_000, 万: 1_000, 萬: 1_000, 千: 100 }

/**
 * The yuan a unit's spoken part adds: a lone digit counts the place below the unit ("五" of
 * "三万五" is 5,000); one with its place words says its own ("五千", "零五百", "二千五百").
 */
function spokenYuan(spoken: string, unitWord: string): number {
  if (/[千百]/.test(spoken)) return chineseAmountOf(spoken.replace('〇', '零'))
  return countOf(spoken) * (SPOKEN_DIGIT_YUAN[unitWord] ?? 0)
}

/**
 * "1.5" with unit "w" → 1,500,000 fen, exactly: decimal digits are handled as integers. "2" with
 * "w5" (or "万5千") → 2,500,000 fen, "三" with "万五" → 3,500,000; null for a spoken digit after
 * a figure that is not a whole number ("1.5w5", "30,000万5"), which says nothing one can be
 * sure of.
 */
function toFen(numberText: string, unit: string | undefined): Fen | null {
  const unitWord = unitWordOf(unit) ?? '元'
  const spoken = unit?.match(FROM_SPOKEN_DIGIT)?.[1]
  if (spoken !== undefined && !/^(?:\d+|[^\d.,]+)$/.test(numberText)) return null
  const digits = /^[\d.,]+$/.test(numberText)
    ? numberText.replace(/,/g, '')
    : String(chineseAmountOf(numberText))
  const multiplierFen = (UNIT_YUAN[unitWord] ?? 1) * 100
  const [whole = '0', fraction = ''] = digits.split('.')
  const scale = 10 ** fraction.length
  const scaled = Number(whole) * scale + (fraction ? Number(fraction) : 0)
  const spokenFen = spoken === undefined ? 0 : spokenYuan(spoken, unitWord) * 100
  return fen((scaled * multiplierFen) / scale + spokenFen)
}
