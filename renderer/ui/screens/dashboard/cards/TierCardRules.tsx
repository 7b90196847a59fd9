import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { SkillAssessment } from '../../../../domain/assess'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { changedRuleText, changedRulesOfSkills } from '../../../reasons/changed-rule-text'

/** Up to this many changed rules are named in the card; more are counted (the card is small). */
const NAMED_AT_MOST = 2

/**
 * The rules the user changed on the Rules screen that the card's figures used (the score behind
 * the tier, and the tier's yearly total band where the total shown was taken from it), as the
 * score's Why names them ("uses your value 0.5 (Tidemark's default: 0.75)"), with the way to
 * them; nothing where they used the defaults only. A tier read on the dashboard did not say it
 * rested on changed rules: only the Why and the reports did (rules33).
 */
export function TierCardRules({
  skills,
  ruleset,
}: {
  skills: Pick<SkillAssessment, 'reasons' | 'judgingTotal' | 'expectedTotalBandEnds'>
  ruleset: Ruleset
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const changed = useMemo(
    () => changedRulesOfSkills(skills, t, language, ruleset),
    [skills, t, language, ruleset],
  )
  if (changed.length === 0) return null
  const count = changed.length
  // Their section of the Rules screen where they share one, else the screen's top.
  const sections = new Set(changed.map((rule) => rule.href))
  const href = sections.size === 1 ? (changed[0]?.href ?? '#/rules') : '#/rules'
  const text =
    count <= NAMED_AT_MOST
      ? t('dashboard.tier.changedRules.listed', {
          count,
          changes: changed
            .map((rule) => changedRuleText(rule, t))
            .join(t('assessment.reasons.changedRule.separator')),
        })
      : t('dashboard.tier.changedRules.counted', { count })
  return (
    <p className="hint dash-tier-rules" data-testid="dashboard-tier-rules">
      {text}
      {/* No space after a Chinese full stop. */}
      {language === 'zh-CN' ? '' : ' '}
      <a href={href}>
        {t(
          count === 1
            ? 'dashboard.tier.changedRules.linkOne'
            : 'dashboard.tier.changedRules.linkMany',
        )}
      </a>
    </p>
  )
}
