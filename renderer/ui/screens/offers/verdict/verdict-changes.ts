import { buildAssessmentInput, type AssessmentSources } from '../../../../data/assessment-input'
import { assess, type OfferAssessment } from '../../../../domain/assess'
import type { Recommendation, RiskLevel } from '../../../../domain/model/enums'
import type { Offer } from '../../../../domain/model/offer'
import type { StoredForAssessment } from '../../../hooks/use-assessment'
import { itemKey, unknownItems, withAnswer, type Answer, type UnknownItem } from './unknown-items'

/** Yes first, then no: the order of the answered offers in the one engine run. */
const ANSWERS: readonly Answer[] = ['yes', 'no']

/** What the engine says of the offer with one item answered. */
export interface AnswerOutcome {
  recommendation: Recommendation
  riskScore: number
  riskLevel: RiskLevel
}

export interface VerdictChange {
  item: UnknownItem
  /** Null where the offer's pay cannot be read (then nothing is judged either way). */
  ifYes: AnswerOutcome | null
  ifNo: AnswerOutcome | null
  /** The two answers lead to different recommendations: the question that matters. */
  flips: boolean
}

function outcomeOf(assessed: OfferAssessment | undefined): AnswerOutcome | null {
  if (!assessed?.ok) return null
  return {
    recommendation: assessed.recommendation.recommendation,
    riskScore: assessed.risk.score,
    riskLevel: assessed.risk.level,
  }
}

/**
 * For each unknown item of the offer, the recommendation if the answer were yes and if it were
 * no: the engine run on what is stored, as the live assessment runs it (assessWithDraft), with
 * the offer answered each way in place of the stored offers. One run holds every answer, each
 * an offer of its own: the skills are scored once, and offers do not weigh on one another.
 */
export function verdictChanges(stored: StoredForAssessment, offer: Offer): VerdictChange[] {
  const items = unknownItems(offer)
  if (items.length === 0) return []
  const answered = items.flatMap((item) =>
    ANSWERS.map((answer) => ({
      ...withAnswer(offer, item, answer),
      id: `${offer.id}:${itemKey(item)}:${answer}`,
    })),
  )
  const input = buildAssessmentInput({ ...stored.sources, offers: answered })
  const { offers } = assess(input, stored.rulesetInUse.ruleset)
  return items.map((item, index) => {
    const ifYes = outcomeOf(offers[index * ANSWERS.length])
    const ifNo = outcomeOf(offers[index * ANSWERS.length + 1])
    return {
      item,
      ifYes,
      ifNo,
      flips: ifYes !== null && ifNo !== null && ifYes.recommendation !== ifNo.recommendation,
    }
  })
}

/** Answers kept per stored state: the last few offers seen (a keystroke that changes nothing
 *  the offer's verdict reads, such as the notes, finds its answer here). */
const KEPT_PER_STATE = 8

interface Kept {
  rulesetInUse: StoredForAssessment['rulesetInUse']
  byOffer: Map<string, VerdictChange[]>
}

const kept = new WeakMap<AssessmentSources, Kept>()

/**
 * verdictChanges, remembered for the stored state (its objects change on every write) and the
 * offer as it stands: one engine run, only when the offer changed.
 */
export function verdictChangesCached(stored: StoredForAssessment, offer: Offer): VerdictChange[] {
  let entry = kept.get(stored.sources)
  if (entry?.rulesetInUse !== stored.rulesetInUse) {
    entry = { rulesetInUse: stored.rulesetInUse, byOffer: new Map() }
    kept.set(stored.sources, entry)
  }
  const key = JSON.stringify(offer)
  const found = entry.byOffer.get(key)
  if (found) return found
  const changes = verdictChanges(stored, offer)
  entry.byOffer.set(key, changes)
  if (entry.byOffer.size > KEPT_PER_STATE) {
    const oldest = entry.byOffer.keys().next().value
    if (oldest !== undefined) entry.byOffer.delete(oldest)
  }
  return changes
}
