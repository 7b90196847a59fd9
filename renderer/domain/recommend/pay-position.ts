import type { Fen } from '../money'
import { fenRangeFromYuan, type Range } from '../range'
import type { Ruleset } from '../ruleset/ruleset-schema'
import { tierRuleFor } from '../ruleset/lookup'
import type { TierId } from '../model/enums'

/** `straddles`: a range whose low end is below the band and whose top reaches into it. */
export type PayPosition = 'below' | 'straddles' | 'within' | 'above' | 'unknown'

/**
 * Where an offer stands against the raise band of the user's tier: by the raise over current
 * pay where that is known, else by the tier's yearly total where the article gives one.
 * A range offer is below when even its top is below the band, and straddles the band's floor
 * when only its low end is: the offer may settle at a pay the tier does not accept (a new-user
 * trial was told "within" for a raise of −12.1% to +3.3% against a band from −10%).
 *
 * Only the offer's own range can straddle, its low end set against the current pay's low end: a
 * range in the current pay alone (a bonus of 0-6 months) widens `raise` too, but says how sure
 * the comparison is, not that the offer may settle low, and a single figure has no top to ask for.
 */
export function payPosition(
  raise: Range | null,
  total: Range<Fen>,
  current: Range<Fen> | null,
  tier: TierId,
  ruleset: Ruleset,
): PayPosition {
  const rule = tierRuleFor(ruleset, tier)
  if (raise) {
    if (raise.high < rule.raiseBand.low) return 'below'
    const lowEndRaise = current && current.low > 0 ? total.low / current.low - 1 : raise.low
    if (total.low < total.high && lowEndRaise < rule.raiseBand.low) return 'straddles'
    if (raise.low > rule.raiseBand.high) return 'above'
    return 'within'
  }
  if (rule.totalBandYuan) {
    const band = fenRangeFromYuan(rule.totalBandYuan)
    if (total.high < band.low) return 'below'
    if (total.low < band.low) return 'straddles'
    if (total.low > band.high) return 'above'
    return 'within'
  }
  return 'unknown'
}
