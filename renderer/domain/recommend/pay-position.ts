import type { Fen } from '../money'
import { fenRangeFromYuan, type Range } from '../range'
import type { Ruleset } from '../ruleset/ruleset-schema'
import { tierRuleFor } from '../ruleset/lookup'
import type { TierId } from '../model/enums'

export type PayPosition = 'below' | 'within' | 'above' | 'unknown'

/**
 * Where an offer stands against the raise band of the user's tier: by the raise over current
 * pay where that is known, else by the tier's yearly total where the article gives one.
 * A range offer counts as below only when even its top is below the band.
 */
export function payPosition(
  raise: Range | null,
  total: Range<Fen>,
  tier: TierId,
  ruleset: Ruleset,
): PayPosition {
  const rule = tierRuleFor(ruleset, tier)
  if (raise) {
    if (raise.high < rule.raiseBand.low) return 'below'
    if (raise.low > rule.raiseBand.high) return 'above'
    return 'within'
  }
  if (rule.totalBandYuan) {
    const band = fenRangeFromYuan(rule.totalBandYuan)
    if (total.high < band.low) return 'below'
    if (total.low > band.high) return 'above'
    return 'within'
  }
  return 'unknown'
}
