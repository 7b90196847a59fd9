import { stockSaidInsideIn, type ParsedPay } from '../../domain/pay/parse-pay'

/**
 * A figure the line says includes stock, with no part of it given ("总包 135 万（含股票）", "package
 * 1.35M incl. stock"): the words that say so, or null. The pay forms hold cash and stock apart
 * and cannot hold such a figure: filled in as the base, it was counted and shown as cash (new-user
 * trial 20). Both forms refuse it, asking for the two apart.
 */
export function stockInsideUnknown(text: string, pay: ParsedPay): string | null {
  if (pay.stockInside !== 'stated' || pay.stock) return null
  return stockSaidInsideIn(text) ?? text.trim()
}
