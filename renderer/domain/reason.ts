import type { Assumption, Citation } from './ruleset/citation'

/**
 * One line of "why?": which rule fired, what it added (points toward a score, where it adds
 * any), the facts it used, and the sentence it rests on. Every result of the engine carries
 * its reasons; for a score, the points of its reasons add up to the score before clamping.
 */
export interface Reason<RuleId extends string = string> {
  ruleId: RuleId
  points: number
  /** The values the rule used, for the UI's sentence ("NLP at level 3, shipped"). */
  facts: Record<string, string | number | boolean>
  citation: Citation
  /** True when the rule's number is an assumption rather than the source's. */
  assumption: boolean
}

/** A score from its reasons: the sum of their points (raw), and that sum held within 0-100. */
export function scoreFromReasons(reasons: readonly Reason[]): { score: number; rawScore: number } {
  const rawScore = reasons.reduce((sum, reason) => sum + reason.points, 0)
  return { score: Math.max(0, Math.min(100, rawScore)), rawScore }
}

type Cited = { citation: Citation; assumption?: Assumption | undefined }

/** A reason from a cited rule: the rule's citation and whether its number is an assumption. */
export function reasonFrom<RuleId extends string>(
  ruleId: RuleId,
  rule: Cited,
  points: number,
  facts: Reason['facts'] = {},
): Reason<RuleId> {
  return {
    ruleId,
    points,
    facts,
    citation: rule.citation,
    assumption: rule.assumption !== undefined,
  }
}
