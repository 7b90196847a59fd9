import type { Recommendation, RiskLevel } from '../../../../domain/model/enums'
import type { Offer } from '../../../../domain/model/offer'
import type { AssessmentSources } from '../../../../data/assessment-input'
import { assessWithDraft, type StoredForAssessment } from '../../../hooks/use-assessment'
import { unknownItems, withAnswer, type Answer, type UnknownItem } from './unknown-items'

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

/** The engine on the offer alone: the other offers change nothing in its verdict. */
function outcomeFor(stored: StoredForAssessment, offer: Offer): AnswerOutcome | null {
  const [assessed] = assessWithDraft(stored, { offer }).assessment.offers
  if (!assessed?.ok) return null
  return {
    recommendation: assessed.recommendation.recommendation,
    riskScore: assessed.risk.score,
    riskLevel: assessed.risk.level,
  }
}

/**
 * For each unknown item of the offer, the recommendation if the answer were yes and if it were
 * no: the engine run on both, over what is stored (the offer in place of any stored one).
 */
export function verdictChanges(stored: StoredForAssessment, offer: Offer): VerdictChange[] {
  const alone: StoredForAssessment = {
    sources: { ...stored.sources, offers: [] },
    rulesetInUse: stored.rulesetInUse,
  }
  return unknownItems(offer).map((item) => {
    const outcome = (answer: Answer) => outcomeFor(alone, withAnswer(offer, item, answer))
    const ifYes = outcome('yes')
    const ifNo = outcome('no')
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
 * offer as it stands: up to two engine runs per unknown item, only when the offer changed.
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
