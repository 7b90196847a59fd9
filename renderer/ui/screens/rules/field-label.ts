import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { UiLanguage } from '../../i18n/i18n'
import { ruleFieldName } from '../../rule-labels/rule-labels'
import type { RulePath } from './override-paths'
import { useRulesetInUse } from './use-rules-draft'

/**
 * The label of a field's input, from the labels the explanations and the report share
 * (rule-labels.ts), so a changed field is named alike on the Rules screen and elsewhere.
 */
export function useFieldLabel(): (path: RulePath) => string {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const ruleset = useRulesetInUse()
  return useCallback(
    (path: RulePath) => ruleFieldName(path, { t, language, ruleset }),
    [t, language, ruleset],
  )
}
