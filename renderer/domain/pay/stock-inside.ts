import { parsePay, stockSaidInsideIn, type ParsedPay, type PayParseError } from './parse-pay'

/**
 * A figure the text says includes stock, with no part of it given ("总包 135 万（含股票）", "package
 * 1.35M incl. stock"): the words that say so, or null. Cash and stock are counted apart, and such
 * a figure cannot be split: filled in as the base, it was counted and shown as cash (new-user
 * trial 20). The pay forms refuse it as it is pasted, and the engine as it is stored (a text
 * stored before the forms refused it was still counted as cash).
 */
export function stockInsideUnknown(text: string, pay: ParsedPay): string | null {
  if (pay.stockInside !== 'stated' || pay.stock) return null
  return stockSaidInsideIn(text) ?? text.trim()
}

/** The parser's refusals, and the refusal of a figure said to include stock of no stated value. */
export type CountablePayError = PayParseError | { code: 'stock-inside-unknown'; fragment: string }
export type CountablePayResult =
  { ok: true; pay: ParsedPay } | { ok: false; error: CountablePayError }

/**
 * The parser's reading of a pay's text, refusing a figure said to include stock of no stated
 * value: the one rule the offer form, the profile and the engine share.
 */
export function parseCountablePay(text: string): CountablePayResult {
  const result = parsePay(text)
  const fragment = result.ok ? stockInsideUnknown(text, result.pay) : null
  return fragment === null
    ? result
    : { ok: false, error: { code: 'stock-inside-unknown', fragment } }
}
