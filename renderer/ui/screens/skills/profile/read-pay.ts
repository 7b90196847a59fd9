import { parseCountablePay, type CountablePayResult } from '../../../../domain/pay/stock-inside'

/** What a line pasted as the current pay gives: the parser's reading, or why it cannot fill the pay. */
export type ProfilePayReading = CountablePayResult

/**
 * The parser's reading of a pasted current pay, refusing a figure said to include stock of no
 * stated value as the offer form and the engine do ("总包 135 万（含股票）" filled 1.35M of cash).
 */
export function readProfilePay(text: string): ProfilePayReading {
  return parseCountablePay(text)
}
