import { createContext, useContext } from 'react'
import type { RulesStatus } from './PreviewBar'

/**
 * Says something in the bar's status line from anywhere on the screen (a field's Reset): the
 * line every result of the screen is announced by.
 */
export const RulesSayContext = createContext<(status: RulesStatus) => void>(() => undefined)

export function useRulesSay(): (status: RulesStatus) => void {
  return useContext(RulesSayContext)
}
