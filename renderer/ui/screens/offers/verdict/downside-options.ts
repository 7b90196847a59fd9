import type { RiskAdjustedValue } from '../../../../domain/risk/downside'
import { booleanFact } from '../../../reasons/reason-sentence'

/**
 * Whether the failure case leaves out options the offer has (risk/downside.ts payOver with
 * `options: false`): the engine's downside reason says so, and every place that shows the
 * failure case says it too, only then.
 */
export function optionsNotCountedIfItFails(downside: RiskAdjustedValue): boolean {
  const reason = downside.reasons.find((item) => item.ruleId === 'downside')
  return reason !== undefined && booleanFact(reason, 'optionsNotCountedIfItFails')
}
