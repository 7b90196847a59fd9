import { AMOUNT_SOURCE } from './parse-amount'
import { PRE_TAX_WORDS } from './pay-words'

/**
 * Words for pay that is not the base: a year-end or other bonus, a one-off payment (sign-on,
 * relocation), stock, options. A figure said of one of them is that pay's, never the base salary
 * (review 21: "年终奖（税前）5 万", "期权 10 万" were read as 50k, 100k a month once the word was
 * set aside as unread).
 */
const BONUS_WORDS =
  '年终奖金|年終獎金|年终奖|年終獎|年终|年終|奖金|獎金|签字费|簽字費|签约费|簽約費|签字奖|簽字獎|签约奖|簽約獎|入职奖|入職獎|安家费|安家費|(?<![a-z])(?:sign[-\\s]?on|signing|joining|relocation)(?:\\s*bonus)?(?![a-z])|(?<![a-z])bonus(?![a-z])'
const STOCK_WORDS =
  '限制性股票|股票(?!\\s*期[权權])|股[权權](?:激[励勵])?|(?<![a-z])(?:rsus?|restricted\\s*stock(?:\\s*units?)?|stock(?!\\s*options?)|equity)(?![a-z])'
const OPTIONS_WORDS = '期权|期權|(?<![a-z])(?:stock\\s*options?|options?|esop)(?![a-z])'
const OTHER_PAY_WORD = `(?:${BONUS_WORDS}|${STOCK_WORDS}|${OPTIONS_WORDS})`

/** What a figure's word may say between it and the figure: "（税前）", "：", "约", "价值". */
const LINK = `\\s*(?:\\(?\\s*(?:${PRE_TAX_WORDS})\\s*\\)?)?\\s*[:：]?\\s*(?:约|約|为|為|价值|價值|总额|總額|worth|of|about|around|~)?\\s*`

/** Which pay the word right before a figure names. */
export type OtherPay = 'bonus' | 'stock' | 'options'

const BEFORE_FIGURE: [OtherPay, RegExp][] = [
  ['bonus', new RegExp(`(?:${BONUS_WORDS})${LINK}$`)],
  ['stock', new RegExp(`(?:${STOCK_WORDS})${LINK}$`)],
  ['options', new RegExp(`(?:${OPTIONS_WORDS})${LINK}$`)],
]

/**
 * The pay a figure is said of when the text right before it (lower-cased, with the parts read
 * blanked, so a currency sign read is a blank) ends in a word for pay other than the base ("年终奖
 * （税前）", "签字费", "RSU", "期权："); null when it does not.
 */
function otherPayBefore(textBefore: string): { pay: OtherPay; start: number } | null {
  for (const [pay, pattern] of BEFORE_FIGURE) {
    const found = pattern.exec(textBefore)
    if (found) return { pay, start: found.index }
  }
  return null
}

const OPTIONS_LINK = new RegExp(`^${LINK}$`)

/**
 * The other pay a line's one figure is said of, and where its word starts: a bonus or stock word
 * left unread right before it (`rest`, the line with the parts read blanked), or the bare options
 * word read just before it ("期权 10 万": `options`, the span of that mention). Null when the
 * figure is no other pay's.
 */
export function otherPayOfFigure(
  rest: string,
  figureStart: number,
  options: { start: number; end: number } | undefined,
): { pay: OtherPay; start: number } | null {
  const found = otherPayBefore(rest.slice(0, figureStart))
  if (found) return found
  if (
    options &&
    options.end <= figureStart &&
    OPTIONS_LINK.test(rest.slice(options.end, figureStart))
  )
    return { pay: 'options', start: options.start }
  return null
}

/** A pre-tax word said of another pay: after its word or figure, or before its word. */
const PRE_TAX_OF_OTHER_BEFORE = new RegExp(
  `${OTHER_PAY_WORD}(?:\\s*[:：]?\\s*(?:约|約)?\\s*${AMOUNT_SOURCE})?\\s*\\(?\\s*$`,
)
const PRE_TAX_OF_OTHER_AFTER = new RegExp(`^\\s*\\)?\\s*${OTHER_PAY_WORD}`)
const PRE_TAX_GLOBAL = new RegExp(PRE_TAX_WORDS, 'g')

/**
 * Whether the line (lower-cased) says the base is before tax: a pre-tax word not said of a bonus,
 * a sign-on, stock or options. "年终奖税前 5 万，到手月薪 3 万" says only the bonus is: its one
 * monthly figure is after tax (review 21: the after-tax clause was set aside and the bonus read
 * as the month's pay).
 */
export function preTaxSaidOfBase(line: string): boolean {
  for (const found of line.matchAll(PRE_TAX_GLOBAL)) {
    const before = line.slice(0, found.index)
    const after = line.slice(found.index + found[0].length)
    if (!PRE_TAX_OF_OTHER_BEFORE.test(before) && !PRE_TAX_OF_OTHER_AFTER.test(after)) return true
  }
  return false
}

/** A word for the base pay or the whole year's, with its figure in the same part of the line. */
const BASE_FIGURE =
  /(?:月薪|年薪|月入|年入|月收入|年收入|底薪|年包|总包|總包|(?<![a-z])(?:base|monthly|annual|salary|package|total\s*comp(?:ensation)?)(?![a-z]))[^,;，；\d]{0,8}\d/
/** A clause of its own: the line's start or a break right before it. */
const CLAUSE_START = /(?:^|[,;，；(+、])\s*$/
/** …and right after it. */
const CLAUSE_END = /^\s*(?:$|[,;，；)+、.。])/

/**
 * Whether an after-tax clause (`clause`, in the lower-cased line) stands apart from a base figure
 * named by its pay word elsewhere in the line ("月薪4万×15，到手约3万", "base 40k x 15, take-home
 * 30k"): that figure is the pre-tax one, as when the line says 税前 (review 23 M6: the whole line
 * was refused, asking for the pay before tax the user had pasted).
 */
export function baseNamedBeside(line: string, clause: { start: number; end: number }): boolean {
  if (!CLAUSE_START.test(line.slice(0, clause.start))) return false
  if (!CLAUSE_END.test(line.slice(clause.end))) return false
  const others = `${line.slice(0, clause.start)} ${line.slice(clause.end)}`
  return BASE_FIGURE.test(others)
}
