import { parsePay, type PayParseResult } from '../../../../domain/pay/parse-pay'
import { stockInsideUnknown } from '../../../form/stock-inside'

/** What a line pasted as the current pay gives: the parser's reading, or why it cannot fill the pay. */
export type ProfilePayReading =
  PayParseResult | { ok: false; error: { code: 'stock-inside-unknown'; fragment: string } }

/**
 * The parser's reading of a pasted current pay, refusing a figure said to include stock of no
 * stated value as the offer form does ("总包 135 万（含股票）" filled 1.35M of cash: parser21's note).
 */
export function readProfilePay(text: string): ProfilePayReading {
  const result = parsePay(text)
  const stockInside = result.ok ? stockInsideUnknown(text, result.pay) : null
  return stockInside === null
    ? result
    : { ok: false, error: { code: 'stock-inside-unknown', fragment: stockInside } }
}
