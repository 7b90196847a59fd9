import type { ParsedPay } from '../../../../domain/pay/parse-pay'
import { nfkcKeepingCommas } from '../../../../domain/pay/pay-words'
import { parseCountablePay, type CountablePayError } from '../../../../domain/pay/stock-inside'
export { payFilledByLine } from './offer-form-fields'

/**
 * What a pasted line gave: the pay the engine's parser read, the parts it could not read, and
 * the after-tax figures it set aside beside the pre-tax pay ("到手约 3 万"), which need nothing
 * entered: the engine computes the pay after tax (review 21 M3: they were listed as unread, in
 * red, with "enter that part in the fields below").
 */
export type PayLineReading =
  | { ok: true; pay: ParsedPay; unread: string[]; afterTax: string[] }
  | { ok: false; error: PayLineError; unread: string[]; afterTax: string[] }

/**
 * The parser's refusals, and the domain's refusal of a figure the line says includes stock, with
 * no part of it given ("总包 135 万（含股票）", "package 1.35M incl. stock": stock-inside.ts).
 */
export type PayLineError = CountablePayError

/** At most this many unreadable parts are set aside before the line counts as unreadable. */
const MAX_UNREAD = 4

/**
 * Reads a recruiter's line with the engine's parser. A part it cannot read ("RSU" in
 * "$300k + RSU") is set aside and the rest read again, so the user gets what could be read and
 * a list of what could not, to enter by hand, instead of nothing.
 */
export function readPayLine(text: string): PayLineReading {
  const unread: { fragment: string; at: number }[] = []
  const afterTax: string[] = []
  // The parser tells where a part starts in the line in NFKC form: the line is cut there, not
  // at the first match of the part's text, which may be inside a word read ("年" of "年薪").
  let rest = nfkcKeepingCommas(text)
  for (;;) {
    const result = parseCountablePay(rest)
    const fragments = unread.map((part) => part.fragment)
    if (result.ok) return { ok: true, pay: result.pay, unread: fragments, afterTax }
    const { error } = result
    const setAside = unread.length + afterTax.length
    // A decimal comma ("12,5k") is no part to set aside: what is left would be read without it.
    // Nor a currency the app does not hold ("澳刀"): the rest would be read in yuan.
    const stops =
      error.code !== 'unreadable' || error.why === 'decimal-comma' || error.why === 'currency'
    if (stops || error.fragment === '' || setAside >= MAX_UNREAD) {
      const first = unread[0]
      return {
        ok: false,
        error: first === undefined ? error : firstProblem(error, first),
        unread: fragments,
        afterTax,
      }
    }
    if (error.why === 'after-tax') afterTax.push(error.fragment)
    else unread.push({ fragment: error.fragment, at: error.at })
    rest = `${rest.slice(0, error.at)} ${rest.slice(error.at + error.fragment.length)}`
  }
}

/** With every unreadable part set aside nothing is left to read: the first part is the problem. */
function firstProblem(
  error: CountablePayError,
  first: { fragment: string; at: number },
): PayLineError {
  if (error.code === 'empty' || error.code === 'no-amount') {
    return { code: 'unreadable', fragment: first.fragment, at: first.at }
  }
  return error
}

/** "无股票", "没有股票", "no stock", "without equity": the line says there is none. */
const NO_STOCK =
  /(?:无|無|没有|沒有|不含|不带|不帶|没|沒|不给|不給)\s*(?:rsu|股票|股权|股權)|(?:no|without|zero)\s*(?:rsus?|stock|equity|shares?)(?![a-z])/i

/**
 * "RSU", "股票", "限制性股票": stock the line names, which the parser does not count. Not when it
 * says there is none ("无股票", "no equity"): that is no grant to enter.
 */
export function looksLikeStock(fragment: string): boolean {
  return /rsu|股票|股权|股權|stock|equity|shares?/i.test(fragment) && !NO_STOCK.test(fragment)
}
