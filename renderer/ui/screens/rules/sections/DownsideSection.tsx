import { useTranslation } from 'react-i18next'
import { formatYuan } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { cityName, formatNumber, joinList } from '../../../reasons/names'
import { GroupIssues, NumberField, SwitchField } from '../RuleField'
import { RuleBlock, RulesSection } from '../RulesLayout'
import { citationWords, useRuleMatches } from '../rules-filter'
import { useRulesetInUse } from '../use-rules-draft'

/** Stock options' discount, and what a failed move costs: chance, months lost, severance. */
export function DownsideSection() {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const ruleset = useRulesetInUse()
  const matches = useRuleMatches()
  const { options, downside } = ruleset
  const { severance } = downside
  const key = 'rules.sections.downside' as const
  const showOptions = matches([
    options.id,
    t(`${key}.options`),
    ...citationWords(options.citation, options.assumption),
  ])
  const showFailure = matches([
    downside.id,
    t(`${key}.failure`),
    ...citationWords(downside.citation, downside.assumption),
  ])
  const showSeverance = matches([
    severance.id,
    t(`${key}.severance`),
    ...citationWords(severance.citation, severance.assumption),
  ])
  if (!showOptions && !showFailure && !showSeverance) return null
  // The cities whose own average wage the severance cap uses: the figure below is for the rest.
  const ownAverageCities = ruleset.tax.socialInsurance.presets
    .filter((preset) => preset.baseCapIsCityAverage)
    .map((preset) => cityName(ruleset, preset.cityId, language))
  return (
    <RulesSection id="downside">
      <div className="rule-blocks">
        {showOptions ? (
          <RuleBlock
            title={t(`${key}.options`)}
            text={t(`${key}.optionsText`)}
            citation={options.citation}
            assumption={options.assumption}
          >
            <NumberField
              path="options.discountPercent.listed"
              label={t(`${key}.listedLabel`)}
              visibleLabel
            />
            <NumberField
              path="options.discountPercent.unlisted"
              label={t(`${key}.unlistedLabel`)}
              visibleLabel
            />
          </RuleBlock>
        ) : null}
        {showFailure ? (
          <RuleBlock
            title={t(`${key}.failure`)}
            text={t(`${key}.failureText`)}
            citation={downside.citation}
            assumption={downside.assumption}
          >
            <NumberField
              path="downside.horizonMonths"
              label={t(`${key}.horizonLabel`)}
              visibleLabel
            />
            <NumberField
              path="downside.failureChanceAtZero"
              label={t(`${key}.chanceAtZeroLabel`)}
              visibleLabel
            />
            <NumberField
              path="downside.failureChanceAtMax"
              label={t(`${key}.chanceAtMaxLabel`)}
              visibleLabel
            />
            <NumberField
              path="downside.failsAfterMonths"
              label={t(`${key}.failsAfterLabel`)}
              visibleLabel
            />
            <NumberField
              path="downside.searchMonths"
              label={t(`${key}.searchLabel`)}
              visibleLabel
            />
            <GroupIssues path="downside" label={t(`${key}.failure`)} />
          </RuleBlock>
        ) : null}
        {showSeverance ? (
          <RuleBlock
            title={t(`${key}.severance`)}
            text={t(`${key}.severanceText`)}
            citation={severance.citation}
            assumption={severance.assumption}
            notes={
              ownAverageCities.length > 0 ? (
                <p className="hint">
                  {t(`${key}.averageWageNote`, {
                    cities: joinList(ownAverageCities, language),
                    multiple: formatNumber(severance.cityAverage.baseCapMultiple, language),
                  })}
                </p>
              ) : null
            }
          >
            <SwitchField
              path="downside.severance.extraMonthInLieuOfNotice"
              label={t(`${key}.extraMonthLabel`)}
              source="law"
            />
            <NumberField
              path="downside.severance.localAverageMonthlyWageYuan"
              label={t(`${key}.averageWageLabel`)}
              reading={formatYuan}
              wide
              visibleLabel
            />
            <NumberField
              path="downside.severance.capMultiple"
              label={t(`${key}.capMultipleLabel`)}
              source="law"
              visibleLabel
            />
            <NumberField
              path="downside.severance.capYears"
              label={t(`${key}.capYearsLabel`)}
              source="law"
              visibleLabel
            />
          </RuleBlock>
        ) : null}
      </div>
    </RulesSection>
  )
}
