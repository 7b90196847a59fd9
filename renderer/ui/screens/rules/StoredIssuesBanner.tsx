import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_RULESET } from '../../../domain/ruleset/default-ruleset'
import type { RulesetOverrides } from '../../../domain/ruleset/overrides'
import { checkOverrides } from '../../../data/transfer/overrides-file'
import type { UiLanguage } from '../../i18n/i18n'
import { ResetAllButton } from './ResetAllButton'
import { issueMessage, issueWhere } from './rule-text'
import { useDraftStore } from './use-rules-draft'

/**
 * Stored overrides that this version of the rules refuses (a rule moved or its bounds changed):
 * the defaults are in use, and the user is told which override failed and offered a reset.
 */
export function StoredIssuesBanner({
  overrides,
  busy,
  onResetAll,
}: {
  overrides: RulesetOverrides
  busy: boolean
  onResetAll: () => Promise<void>
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const store = useDraftStore()
  const check = useMemo(
    () => checkOverrides(overrides, DEFAULT_RULESET),
    // zod words its messages in the current locale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [overrides, language],
  )
  if (check.ok) return null
  return (
    <div className="banner warning rules-stored-issues" role="alert">
      <div>
        <p className="rules-stored-title">{t('rules.stored.title')}</p>
        <p>{t('rules.stored.body')}</p>
        <ul>
          {check.issues.map((issue, index) => (
            <li key={index}>
              {t('rules.issue.line', {
                where: issueWhere(t, DEFAULT_RULESET, issue, language, (path) =>
                  store.labelOf(path),
                ),
                message: issueMessage(t, issue),
              })}
            </li>
          ))}
        </ul>
        <div className="actions">
          <ResetAllButton label={t('rules.stored.reset')} busy={busy} onResetAll={onResetAll} />
        </div>
      </div>
    </div>
  )
}
