import type { Span } from './base-period'
import { AMOUNT_SOURCE, amountRange } from './parse-amount'
import { COUNT_SOURCE, countOf } from './count-words'

const MONTHS_WORD = '(?:薪(?![资資])|个月|個月|months?(?![a-z]))'
/** The month's figure may say its period: "50k/month, 16 months, total 800k". */
const A_MONTH =
  '(?:\\s*(?:/\\s*(?:月|month|mo)(?![a-z])|每月|一个月|一個月|(?<![a-z])a\\s+month|per\\s*month))'

/**
 * A month's pay times its months with the year's total after it, as recruiters write the sum out:
 * "6万×16=96万", "月薪 5 万 × 16 薪 = 80 万", "40k x 15 = 600k", "5 万 × 16，共 80 万" (parser26,
 * user-trial item 2: refused as two figures, "6万 / 96万"). The months may follow in a clause of
 * their own, with no "×", when they say what they count: "月薪 5 万，16 薪，共 80 万", "50k/month,
 * 16 months, total 800k" (parser28: refused as "5 万 / 80 万"). Groups: [1] the month's figure, [2-5] its
 * parts, [6] the months, [7] what says the total, with it, [8-11] the total's parts. The total may name itself ("= 年薪 96 万") and its period ("= 96
 * 万/年"): those words are the total's, read with it, not the base's.
 */
const STATED_TOTAL = new RegExp(
  `(${AMOUNT_SOURCE})${A_MONTH}?(?:\\s*[×x*]\\s*|\\s*[,，、]\\s*(?=${COUNT_SOURCE}\\s*${MONTHS_WORD}))(${COUNT_SOURCE})\\s*${MONTHS_WORD}?` +
    `(\\s*(?:=|(?:[,，]\\s*)?(?:共计|共計|合计|合計|总计|總計|总共|總共|一共|共)|(?:[,，]\\s*)?(?:in\\s*total|total(?!\\s*comp)))\\s*[:：]?\\s*` +
    `(?:(?:年薪|年包|总包|總包|年收入|annual\\s*(?:pay|salary)|a\\s*year)\\s*[:：]?\\s*)?(?:约|約|~|≈)?\\s*` +
    `${AMOUNT_SOURCE}(?:\\s*(?:/\\s*(?:年|year|yr)(?![a-z])|每年|一年|(?<![a-z])a\\s+year|per\\s*(?:year|annum)))?)` +
    `(?![\\d.%]|\\s*(?:k|m|w|千|万|萬|元|薪|个|個)(?![a-z]))`,
)

/** Within this share of the total, a product agrees with it: totals are written rounded. */
const ROUNDING = 0.005

/**
 * The stated total the line gives after a month's pay times its months: where it stands (`total`,
 * the "= 96万" to set aside once it agrees) and whether it agrees, low end with low end and high
 * with high. Null when the line gives none. `rest` is the lowered line with the parts read blanked.
 */
export function statedTotalIn(
  rest: string,
): { total: Span; product: Span; agrees: boolean } | null {
  const found = STATED_TOTAL.exec(rest)
  if (!found) return null
  const groups: (string | undefined)[] = [...found]
  const monthly = amountRange(groups[2], groups[3], groups[4], groups[5])
  const months = countOf(groups[6] ?? '')
  const total = amountRange(groups[8], groups[9], groups[10], groups[11])
  const productEnd = found.index + found[0].length - (groups[7]?.length ?? 0)
  const totalSpan = { start: productEnd, end: found.index + found[0].length }
  const product = { start: found.index, end: productEnd }
  if (!monthly || !total) return { total: totalSpan, product, agrees: false }
  const near = (made: number, said: number) => Math.abs(made - said) <= said * ROUNDING
  const agrees = near(monthly.low * months, total.low) && near(monthly.high * months, total.high)
  return { total: totalSpan, product, agrees }
}
