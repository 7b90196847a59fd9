import type { OfferAssessment } from '../../../domain/assess'
import { verdictName } from '../../reasons/names'
import { inEnteredOrder } from '../offers/entered-order'

/** The verdict as the offers screen names it ("accept", "acceptUnjudged", "negotiate"…). */
export type VerdictKey = ReturnType<typeof verdictName>

/** One stored offer whose advice a draft of the rules would change. */
export interface VerdictFlip {
  offerId: string
  /** As the report names an offer: the company, and the role where there is one. */
  name: string
  from: VerdictKey
  to: VerdictKey
}

/**
 * The stored offers whose advice differs between two assessments of the same offers (the rules
 * in use, and a draft of them), in the order they were entered, as the comparison and the
 * report list them (stored offers come back by id, a random order). An offer whose pay cannot
 * be read has no advice under either, and is left out.
 */
export function verdictFlips(
  offers: readonly { id: string; company: string; role?: string | undefined; createdAt: string }[],
  before: readonly OfferAssessment[],
  after: readonly OfferAssessment[],
): VerdictFlip[] {
  const was = new Map(before.map((assessed) => [assessed.offerId, assessed]))
  const flips: VerdictFlip[] = []
  for (const now of after) {
    const then = was.get(now.offerId)
    if (!now.ok || !then?.ok) continue
    const from = verdictName(then.recommendation)
    const to = verdictName(now.recommendation)
    if (from === to) continue
    const offer = offers.find((candidate) => candidate.id === now.offerId)
    const name = offer ? [offer.company, offer.role].filter(Boolean).join(' · ') : now.offerId
    flips.push({ offerId: now.offerId, name, from, to })
  }
  const entered = new Map(offers.map((offer) => [offer.id, offer.createdAt]))
  return inEnteredOrder(flips, (flip) => entered.get(flip.offerId))
}
