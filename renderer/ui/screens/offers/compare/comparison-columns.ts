import type { Assessment, OfferAssessment } from '../../../../domain/assess'
import type { AssessmentInput } from '../../../../domain/model/assessment-input'
import type { Range } from '../../../../domain/range'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import {
  socialInsuranceFor,
  type ResolvedSocialInsurance,
} from '../../../../domain/tax/social-insurance'
import type { StoredOffer } from '../../../../data/records'
import { isOpen } from '../../../deadlines/deadline-reminders'
import { inEnteredOrder } from '../entered-order'

/** The current job's column: what the engine made of the profile's pay (null: none saved). */
export interface CurrentColumn {
  kind: 'current'
  key: 'current'
  pay: Assessment['currentPay']
  rates: ResolvedSocialInsurance
}

export interface OfferColumn {
  kind: 'offer'
  key: string
  offer: StoredOffer
  /** Undefined only for a moment, while the assessment catches up with a new record. */
  assessment: OfferAssessment | undefined
  /** Null where the pay is not taxed in China. */
  rates: ResolvedSocialInsurance | null
}

export type CompareColumn = CurrentColumn | OfferColumn

export const OFFER_SORTS = ['entered', 'riskAdjusted', 'total', 'risk'] as const
export type OfferSort = (typeof OFFER_SORTS)[number]

/**
 * Offers the user is still weighing (considering or negotiating). An accepted offer is decided,
 * as a declined or expired one is: it leaves the comparison, so it is never set beside the pay
 * it may have become (compared with itself: 0%, 'Accept').
 */
export function isCompared(offer: StoredOffer): boolean {
  return isOpen(offer)
}

const middle = (range: Range) => (range.low + range.high) / 2

/** The figure an order reads (higher first, except risk); null sorts last. */
function sortValue(column: OfferColumn, sort: OfferSort): number | null {
  const assessed = column.assessment
  if (!assessed?.ok) return null
  switch (sort) {
    case 'entered':
      return 0
    case 'riskAdjusted':
      return -middle(assessed.downside.riskAdjusted)
    case 'total':
      return -middle(assessed.pay.totalRecurring)
    case 'risk':
      return assessed.risk.score
  }
}

/**
 * The comparison's columns: the current job first, then each offer still being weighed (the
 * stored record joined with the engine's answer by id), in the order asked for; offers whose
 * pay could not be read go last. Social insurance follows the engine's rule: the job's city
 * where the offer names one, else the profile's, unless the user picked a city.
 */
export function comparisonColumns(
  offers: readonly StoredOffer[],
  assessment: Assessment,
  input: AssessmentInput,
  ruleset: Ruleset,
  sort: OfferSort = 'entered',
): { current: CurrentColumn; offers: OfferColumn[] } {
  const byId = new Map(assessment.offers.map((item) => [item.offerId, item]))
  const settings = input.settings.socialInsurance
  const current: CurrentColumn = {
    kind: 'current',
    key: 'current',
    pay: assessment.currentPay,
    rates: socialInsuranceFor(settings, input.profile.city, ruleset),
  }
  // Stored offers come back by id: "order entered" is the order they were added in.
  const entered = inEnteredOrder(offers, (offer) => offer.createdAt)
  const columns = entered.filter(isCompared).map((offer): OfferColumn => ({
    kind: 'offer',
    key: offer.id,
    offer,
    assessment: byId.get(offer.id),
    rates: offer.taxedInChina
      ? socialInsuranceFor(settings, offer.city ? offer.city : input.profile.city, ruleset)
      : null,
  }))
  const ordered = columns
    .map((column, index) => ({ column, index, value: sortValue(column, sort) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index
        return a.value === null ? 1 : -1
      }
      return a.value - b.value || a.index - b.index
    })
    .map((entry) => entry.column)
  return { current, offers: ordered }
}

/**
 * The columns holding the best figure of a row, ties all marked; nothing is marked unless at
 * least two columns have a figure to compare. A column `mayWin` refuses keeps its figure in the
 * table but is never marked best.
 *
 * A range is judged by its worst end, what it pays at least (or costs at most), then by its
 * other end on a tie: judged by its middle, 900k–1.5M was starred over a flat 1.1M, though it
 * may pay less (trial 15 #10). The legend says so.
 */
export function bestColumns(
  columns: readonly CompareColumn[],
  valueOf: (column: CompareColumn) => Range | number | null,
  better: 'higher' | 'lower' = 'higher',
  mayWin: (column: CompareColumn) => boolean = () => true,
): Set<string> {
  // Signed so that more is better: [the worst end, the other end].
  const sign = better === 'higher' ? 1 : -1
  const values = columns.flatMap((column) => {
    const value = valueOf(column)
    if (value === null) return []
    const { low, high } = typeof value === 'number' ? { low: value, high: value } : value
    const ends = better === 'higher' ? [low, high] : [high, low]
    return [
      {
        key: column.key,
        worst: sign * (ends[0] ?? 0),
        other: sign * (ends[1] ?? 0),
        eligible: mayWin(column),
      },
    ]
  })
  const eligible = values.filter((entry) => entry.eligible)
  if (values.length < 2 || eligible.length === 0) return new Set()
  const worst = Math.max(...eligible.map((entry) => entry.worst))
  const atWorst = eligible.filter((entry) => entry.worst === worst)
  const other = Math.max(...atWorst.map((entry) => entry.other))
  return new Set(atWorst.filter((entry) => entry.other === other).map((entry) => entry.key))
}
