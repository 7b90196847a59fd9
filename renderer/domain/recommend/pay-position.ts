import type { Fen } from '../money'
import { fenRangeFromYuan, type Range } from '../range'
import type { Citation } from '../ruleset/citation'
import type { Ruleset } from '../ruleset/ruleset-schema'
import { tierRuleFor } from '../ruleset/lookup'
import type { TierId } from '../model/enums'
import type { Profile } from '../model/profile'

/** `straddles`: a range whose low end is below the band and whose top reaches into it. */
export type PayPosition = 'below' | 'straddles' | 'within' | 'above' | 'unknown'

/** Where the pay stands, and which of the tier's bands put it there. */
export interface PayJudgement {
  position: PayPosition
  /** The raise band over the current pay, a yearly total (judgingTotal), or neither (`unknown`). */
  by: 'raise' | 'total' | null
  /** The total that judged, where `by` is 'total'. */
  total?: JudgingTotal
  /** The offer's typical year, as judged. */
  pay: Range<Fen>
  /**
   * Judged 'within' by the raise band while the widest raise starts below the band's floor: the
   * raise that judged, the offer's low end set against the current pay's low end. The lower
   * figures only count the current pay at its top (a bonus of 0-6 months), which says how sure
   * the comparison is, not where the offer settles; the reason states this figure so that it
   * does not read "a raise of +14.3% … within +30% – +100%" (trial 13 M3).
   */
  lowEndRaise?: number
}

/** From worst to best: the order in which two judgements are compared. */
const ORDER: readonly PayPosition[] = ['below', 'straddles', 'within', 'above']

/** A yearly total that judges an offer and lifts the expected total, and whose it is. */
export interface JudgingTotal {
  /** The tier the article gives this total to. */
  tier: TierId
  band: Range<Fen>
  /** The article's sentences that give it to this person (L25, L17: the in-field PhD's), which a
   *  reason judged by it quotes: the tier's own citation is about its raise (premium's L11) or
   *  another total (core's L26), review 20. */
  citation: Citation
}

/**
 * The yearly total this person commands wherever they start, if any: premium's ≈1M+ for an
 * in-field PhD in premium or above, of whom the article says it (L17 "起薪 200 萬", L25 "一年經驗
 * 的博士可能年薪百萬"). A PhD scored core keeps that floor (review 19: a core PhD paid 390k was
 * told 600k is "within" core's raise band, while the weaker premium PhD was told "below 1M");
 * core's own 3-5M the article calls "possible" (L26), for no one in particular, so it judges no
 * one. For anyone else the article says the opposite (L25 "有一些本科、碩士幹了 7、8 年也未必能到
 * 100 萬"): their raise band alone judges, so a +35% in-field move from 675k is within Premium's
 * band (new-user trial 17), and one side project does not make 455k expect 1M.
 */
export function judgingTotal(
  profile: Pick<Profile, 'education' | 'phdInField'>,
  tier: TierId,
  ruleset: Ruleset,
): JudgingTotal | null {
  if (profile.education !== 'phd' || !profile.phdInField) return null
  // Tiers are listed from the top: premium and every tier above it.
  const order = ruleset.tiers.map((rule) => rule.id)
  if (order.indexOf(tier) > order.indexOf('premium')) return null
  const total = tierRuleFor(ruleset, 'premium').totalBandYuan
  return total
    ? {
        tier: 'premium',
        band: fenRangeFromYuan(total),
        citation: ruleset.modifiers.phdInField.citation,
      }
    : null
}

/**
 * Where an offer stands against the user's tier: against its raise band over the current pay,
 * and, where a yearly total judges this person (judgingTotal: premium's ≈1M+ for an in-field
 * PhD, L17, L25), against that total too, the worse of the two. A premium PhD paid 390k at a research institute is not offered
 * what the tier commands by a 546k offer, though +40% is inside the raise band (new-user trial
 * 15: it was "Accept", "within what Premium commands"). Without a current pay, the yearly total
 * alone where it judges; for anyone else nothing places the offer (`unknown`).
 *
 * A range offer is below when even its top is below the band, and straddles the band's floor
 * when only its low end is: the offer may settle at a pay the tier does not accept (a new-user
 * trial was told "within" for a raise of −12.1% to +3.3% against a band from −10%). Only the
 * offer's own range can straddle, its low end set against the current pay's low end: a range in
 * the current pay alone (a bonus of 0-6 months) widens `raise` too, but says how sure the
 * comparison is, not that the offer may settle low, and a single figure has no top to ask for.
 */
export function payPosition(
  raise: Range | null,
  total: Range<Fen>,
  current: Range<Fen> | null,
  tier: TierId,
  ruleset: Ruleset,
  judging: JudgingTotal | null,
): PayJudgement {
  const rule = tierRuleFor(ruleset, tier)
  const byTotal: PayJudgement | null = judging
    ? { position: totalPosition(total, judging.band), by: 'total', pay: total, total: judging }
    : null
  // Without a current pay only the total could place the offer, and it is the person's only
  // where it judges (review 18: a master's with no pay saved was told 950k is "below" 1M-2M).
  const unknown: PayJudgement = { position: 'unknown', by: null, pay: total }
  if (!raise) return byTotal ?? unknown
  const byRaise: PayJudgement = withLowEnd({ position: raisePosition(), by: 'raise', pay: total })
  if (!byTotal) return byRaise
  return ORDER.indexOf(byTotal.position) < ORDER.indexOf(byRaise.position) ? byTotal : byRaise

  function lowEndRaise(): number {
    return current && current.low > 0 ? total.low / current.low - 1 : (raise?.low ?? 0)
  }

  function withLowEnd(judgement: PayJudgement): PayJudgement {
    return judgement.position === 'within' && raise && raise.low < rule.raiseBand.low
      ? { ...judgement, lowEndRaise: lowEndRaise() }
      : judgement
  }

  function raisePosition(): PayPosition {
    if (!raise) return 'unknown'
    if (raise.high < rule.raiseBand.low) return 'below'
    if (total.low < total.high && lowEndRaise() < rule.raiseBand.low) return 'straddles'
    if (raise.low > rule.raiseBand.high) return 'above'
    return 'within'
  }
}

function totalPosition(total: Range<Fen>, band: Range<Fen>): PayPosition {
  if (total.high < band.low) return 'below'
  if (total.low < band.low) return 'straddles'
  if (total.low > band.high) return 'above'
  return 'within'
}

/**
 * Premium's yearly total (≈1M+, the tier's Chinese name says 百万) where this person's
 * projection, current pay × the raise band, stays below its floor; else null. The screens then
 * say whose that total is (an in-field PhD's, L17, L25) and that the article expects others not
 * to reach it (L25 “本科、碩士幹了 7、8 年也未必能到 100 萬”): 「百万档」 beside 63.7万–98万 read
 * as a contradiction (trial 19 #9). A total lifted to premium's (judgingTotal) reaches it.
 */
export function premiumTotalUnreached(
  tier: TierId,
  expectedTotal: Range<Fen> | null,
  basis: 'current-pay' | 'tier-floor' | 'tier' | 'none',
  ruleset: Ruleset,
): Range<Fen> | null {
  if (tier !== 'premium' || basis !== 'current-pay' || expectedTotal === null) return null
  const total = tierRuleFor(ruleset, 'premium').totalBandYuan
  if (!total) return null
  const band = fenRangeFromYuan(total)
  return expectedTotal.high < band.low ? band : null
}
