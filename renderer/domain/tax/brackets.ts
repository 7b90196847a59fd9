import { fenFromYuan, ZERO_FEN, type Fen } from '../money'
import type { TaxBracket } from '../ruleset/ruleset-schema'

/** The bracket an amount falls in, comparing amount ≤ scale × bound (scale 12 for the bonus table). */
export function bracketFor(amount: Fen, brackets: readonly TaxBracket[], scale = 1): TaxBracket {
  const found = brackets.find(
    (bracket) => bracket.upToYuan === null || amount <= fenFromYuan(bracket.upToYuan) * scale,
  )
  const last = brackets[brackets.length - 1]
  if (!found || !last) throw new Error('tax brackets must end with an open bracket')
  return found
}

/** amount × rate − quick deduction, rounded once to the fen; never below zero. */
export function taxInBracket(amount: Fen, bracket: TaxBracket): Fen {
  if (amount <= 0) return ZERO_FEN
  const tax =
    Math.round((amount * bracket.ratePercent) / 100) - fenFromYuan(bracket.quickDeductionYuan)
  return Math.max(0, tax) as Fen
}
