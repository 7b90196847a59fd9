import { useTranslation } from 'react-i18next'
import type { Assumption, Citation } from '../../../../domain/ruleset/citation'
import { FUNDING_SIGNALS, MARKET_MOODS } from '../../../../domain/model/enums'
import { GroupIssues, NumberField } from '../RuleField'
import { RuleBlock, RulesSection } from '../RulesLayout'
import { citationWords, useRuleMatches } from '../rules-filter'
import { useRulesetInUse } from '../use-rules-draft'
import { BaselinesTable, ChecklistTable, PointsByValueTable, RedFlagsTable } from './RiskTables'

/** Transition risk: the levels, the starting points, the checklist, red flags and the rest. */
export function RiskSection() {
  const { t } = useTranslation()
  const ruleset = useRulesetInUse()
  const matches = useRuleMatches()
  const { risk } = ruleset
  const key = 'rules.sections.risk' as const
  const named = (
    rule: {
      nameEn: string
      nameZhHans: string
      citation: Citation
      assumption?: Assumption | undefined
    },
    id: string,
  ) => matches([id, rule.nameEn, rule.nameZhHans, ...citationWords(rule.citation, rule.assumption)])

  const showLevels = matches([
    'risk',
    t(`${key}.levels`),
    risk.levels.assumption.noteEn,
    risk.levels.assumption.noteZhHans,
  ])
  const baselines = risk.baselines.filter((rule) => named(rule, rule.employerKind))
  const checklist = risk.checklist.filter((rule) => named(rule, rule.id))
  const redFlags = risk.redFlags.filter((rule) => named(rule, rule.id))
  const showFunding = matches([
    risk.funding.id,
    t(`${key}.funding`),
    ...citationWords(risk.funding.citation),
  ])
  const showExposure = matches([
    risk.exposure.id,
    t(`${key}.exposure`),
    ...citationWords(risk.exposure.citation),
  ])
  const showMood = matches([
    risk.marketMood.id,
    t(`${key}.marketMood`),
    ...citationWords(risk.marketMood.citation),
  ])
  const anything =
    showLevels ||
    baselines.length + checklist.length + redFlags.length > 0 ||
    showFunding ||
    showExposure ||
    showMood
  if (!anything) return null

  return (
    <RulesSection id="risk" intro={t(`${key}.intro`)}>
      {showLevels ? (
        <RuleBlock
          title={t(`${key}.levels`)}
          text={t(`${key}.levelsText`)}
          assumption={risk.levels.assumption}
        >
          <NumberField
            path="risk.levels.mediumFrom"
            label={t(`${key}.mediumFromLabel`)}
            visibleLabel
          />
          <NumberField path="risk.levels.highFrom" label={t(`${key}.highFromLabel`)} visibleLabel />
          <GroupIssues path="risk.levels" label={t(`${key}.levels`)} />
        </RuleBlock>
      ) : null}
      {baselines.length > 0 ? <BaselinesTable baselines={baselines} /> : null}
      {checklist.length > 0 ? <ChecklistTable items={checklist} /> : null}
      {redFlags.length > 0 ? <RedFlagsTable flags={redFlags} /> : null}
      <div className="rules-tables-row">
        {showFunding ? (
          <PointsByValueTable
            caption={t(`${key}.funding`)}
            column={t(`${key}.signal`)}
            path="risk.funding.points"
            values={FUNDING_SIGNALS}
            valueName={(signal) =>
              t(`${key}.signals.${signal as (typeof FUNDING_SIGNALS)[number]}`)
            }
            label={(signal) => t(`${key}.fundingLabel`, { signal })}
            citation={risk.funding.citation}
            assumption={risk.funding.assumption}
          />
        ) : null}
        {showMood ? (
          <PointsByValueTable
            caption={t(`${key}.marketMood`)}
            column={t(`${key}.mood`)}
            path="risk.marketMood.points"
            values={MARKET_MOODS}
            valueName={(mood) => t(`${key}.moods.${mood as (typeof MARKET_MOODS)[number]}`)}
            label={(mood) => t(`${key}.moodLabel`, { mood })}
            citation={risk.marketMood.citation}
            assumption={risk.marketMood.assumption}
          />
        ) : null}
      </div>
      {showExposure ? (
        <RuleBlock
          title={t(`${key}.exposure`)}
          text={t(`${key}.exposureText`)}
          citation={risk.exposure.citation}
          assumption={risk.exposure.assumption}
        >
          <NumberField path="risk.exposure.points" label={t(`${key}.points`)} visibleLabel />
        </RuleBlock>
      ) : null}
    </RulesSection>
  )
}
