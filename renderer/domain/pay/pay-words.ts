/**
 * The form a pasted line is read in, and the word lists more than one of the parser's patterns
 * use (parse-pay.ts, not-base.ts), each written once: review 21 found them written out again in
 * each pattern, where a word added to one list (an after-tax word) would be missed by the others.
 * Each is a pattern's source, no group: each use says what may stand around it.
 */

/**
 * A line as the parser reads it: NFKC, so full-width digits and punctuation ("３万", "，", "（）",
 * "：") are their ASCII selves; trimmed (`lead`: the blanks cut from its start, for a span's place
 * in the text as given); and lower-cased for the patterns (`lowered`, the same length, so a
 * span found in it cuts `original` at the same place).
 */
export function lineForms(text: string): { original: string; lowered: string; lead: number } {
  const normalized = text.normalize('NFKC')
  const original = normalized.trim()
  return {
    original,
    lowered: original.toLowerCase(),
    lead: normalized.length - normalized.trimStart().length,
  }
}

/**
 * The line in NFKC form, but for the full-width comma "，", kept: the parser reads a decimal comma
 * ("12,5k") only in an ASCII comma, a Chinese keyboard's "，" being a clause's break ("月薪4万×16，
 * 12万签字费"). For a caller that cuts the line where the parser says a part starts: the places
 * are those of the NFKC form, one character for one.
 */
export function nfkcKeepingCommas(text: string): string {
  return text
    .split('，')
    .map((part) => part.normalize('NFKC'))
    .join('，')
}

/** The figures are before tax: "税前", "pre-tax", "gross". */
export const PRE_TAX_WORDS = '税前|稅前|pre[-\\s]?tax|before[-\\s]?tax|(?<![a-z])gross(?![a-z])'

/**
 * The figure is after tax: "税后", "到手", "实发" (paid out), "实得", "after tax", "take-home",
 * "net" (review 21 L12: "实发约 2.3 万" was read as 23,000 before tax, with "实发" unread).
 */
export const AFTER_TAX_WORDS =
  '税后|稅後|到手|实发|實發|实得|實得|after[-\\s]?tax|take[-\\s]?home|(?<![a-z])net(?![a-z])'

/** Said before a figure, it is rough: "约 3 万", "大概 3 万", "about 30k". */
export const ABOUT_WORDS = '约|約|大约|大約|大概|about|around|~'

/** Said after a figure, it is rough or a floor: "3 万左右", "3 万以上". */
export const ROUGHLY_AFTER_WORDS = '左右|以上'

/** Said of a part, it is counted apart from the figure: "股票另算", "年终 3 个月另计". */
export const APART_WORDS = '另算|另计|另計'

/** Said before a part, it is inside the figure: "含年终奖", "其中 20% 绩效", "including RSU". */
export const INSIDE_WORDS = '其中|含|包含|包括|including|incl\\.?|of\\s*which|inclusive\\s*of'

/**
 * One word for stock or options: "股票", "股权激励", "期权", "RSU", "stock options", "ESOP";
 * "股票期权" whole (review 23 L2: "股票期权另算" left "股票" unread).
 */
const EQUITY_WORD =
  '(?:股票期[权權]|股票|股[权權](?:激[励勵])?|期权|期權|rsus?|stock(?:\\s*options?)?|equity|options?|esop)'

/** A word for stock or options, or two joined ("股票和期权", "RSU/options"). */
export const EQUITY_WORDS = `${EQUITY_WORD}(?:\\s*(?:和|及|与|與|或|/|、|and|or|&)\\s*${EQUITY_WORD})?`
