/** Chinese digits as counts are written ("两个月", "十四薪"); 两 and 二 are both two. */
const DIGIT_VALUE: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
/**
 * A "×" as recruiters type it: "×", "*", or an "x" standing alone or after a figure's unit ("30k x
 * 15", "30kx15", "1.5wx15"), as a pattern's source. Not the "x" ending a word ("approx", "max":
 * read 30 review, "approx 13th month" was read as "× 13 months", "appro" and "th" left unread).
 */
export const TIMES_SIGN = '(?:[×*]|(?<=^|[^a-z]|(?:^|[^a-z])[kwm])x)'
/** Every character of a Chinese numeral, units included: a pattern's character class body. */
export const NUMERAL_CHARACTERS = '零一二两兩三四五六七八九十百千万萬亿億'
/** One Chinese digit, one to nine, as a pattern's source. */
export const CHINESE_DIGIT = '[一二两兩三四五六七八九]'
/** Not after a digit or a numeral: a numeral is read whole or not at all. */
// Nor after "点" or "〇": "一点五万" is 1.5 万 and "一百〇五万" 105 万, not 5 万 (review 27 M1).
export const NOT_AFTER_A_NUMERAL = `(?<![\\d.点點〇${NUMERAL_CHARACTERS}])`

/**
 * A whole number in Chinese numerals from zero to ninety-nine ("两", "十四", "二十"), as a
 * pattern's source, no group and no bounds: each use says what may stand around it.
 */
export const CHINESE_NUMBER =
  '(?:[二三四五六七八九]?十[一二三四五六七八九]?|[零一二两兩三四五六七八九])'

/**
 * A count in Chinese numerals. Never a piece of a larger numeral: "一百二十薪" and "十四五薪" are
 * not read as 20 or 5, but left whole for the caller to refuse.
 */
const CHINESE_COUNT = `${NOT_AFTER_A_NUMERAL}${CHINESE_NUMBER}(?![${NUMERAL_CHARACTERS}])`

/**
 * A count of months as people write it, in digits ("14", "2.5") or Chinese numerals ("十四",
 * "两"), as a pattern's source, no group. Only counts (N 薪, N 个月) take it: an amount in
 * Chinese numerals ("三万") is not read by it.
 */
export const COUNT_SOURCE = `(?:\\d+(?:\\.\\d+)?|${CHINESE_COUNT})`

/** A digit or a Chinese digit, where a pattern must tell that a count stands next to it. */
export const ANY_DIGIT = `[\\d${Object.keys(DIGIT_VALUE).join('')}十]`

/**
 * The value of a count `COUNT_SOURCE` or a number `CHINESE_NUMBER` matched: "14" → 14, "十四" →
 * 14, "两" → 2, "二十" → 20.
 */
export function countOf(text: string): number {
  if (/^[\d.]+$/.test(text)) return Number(text)
  const [tens, ones] = text.split('十')
  if (ones === undefined) return DIGIT_VALUE[text] ?? Number.NaN
  const tensValue = tens === '' || tens === undefined ? 1 : (DIGIT_VALUE[tens] ?? Number.NaN)
  const onesValue = ones === '' ? 0 : (DIGIT_VALUE[ones] ?? Number.NaN)
  return tensValue * 10 + onesValue
}
