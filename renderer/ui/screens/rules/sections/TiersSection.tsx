import { useTranslation } from 'react-i18next'
import { CitationView } from '../../../citation/CitationView'
import { formatChange, formatYuan } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { GroupIssues, NumberField } from '../RuleField'
import { AssumptionNote, RulesSection, RulesTable } from '../RulesLayout'
import { fieldId } from '../override-paths'
import { localName } from '../rule-text'
import { citationWords, useRuleMatches } from '../rules-filter'
import { useRulesetInUse } from '../use-rules-draft'

/** The tiers from the top: the score each starts at, its condition, its raise and yearly total. */
export function TiersSection() {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const ruleset = useRulesetInUse()
  const matches = useRuleMatches()
  const tiers = ruleset.tiers.filter((tier) =>
    matches([
      tier.id,
      tier.nameEn,
      tier.nameZhHans,
      ...citationWords(tier.citation, tier.assumption),
    ]),
  )
  if (tiers.length === 0) return null
  return (
    <RulesSection id="tiers" intro={t('rules.sections.tiers.intro')}>
      <RulesTable caption={t('rules.sections.tiers.title')} id={fieldId('tiers')}>
        <thead>
          <tr>
            <th scope="col">{t('rules.sections.tiers.tier')}</th>
            <th scope="col" className="numeric">
              {t('rules.sections.tiers.minScore')}
            </th>
            <th scope="col">{t('rules.sections.tiers.needs')}</th>
            <th scope="col" className="numeric">
              {t('rules.sections.tiers.raise')}
            </th>
            <th scope="col" className="numeric">
              {t('rules.sections.tiers.total')}
            </th>
            <th scope="col">{t('rules.table.source')}</th>
          </tr>
        </thead>
        <tbody>
          {tiers.map((tier) => {
            const name = localName(tier, language)
            const path = `tiers.${tier.id}`
            return (
              <tr key={tier.id}>
                <th scope="row">
                  {name}
                  <span className="rule-id">{tier.id}</span>
                </th>
                <td>
                  <NumberField
                    path={`${path}.minScore`}
                    label={t('rules.sections.tiers.minScoreLabel', { tier: name })}
                  />
                </td>
                <td className="rule-text-cell">
                  {tier.requiresExpertSClass
                    ? t('rules.sections.tiers.needsExpert')
                    : tier.requiresAlgorithmBase
                      ? t('rules.sections.tiers.needsAlgorithm')
                      : t('rules.sections.tiers.needsNothing')}
                  {tier.gateAssumption ? <AssumptionNote assumption={tier.gateAssumption} /> : null}
                </td>
                <td>
                  <div className="rule-range">
                    <NumberField
                      path={`${path}.raiseBand.low`}
                      label={t('rules.sections.tiers.raiseLowLabel', { tier: name })}
                      reading={formatChange}
                    />
                    <NumberField
                      path={`${path}.raiseBand.high`}
                      label={t('rules.sections.tiers.raiseHighLabel', { tier: name })}
                      reading={formatChange}
                    />
                  </div>
                </td>
                <td>
                  {tier.totalBandYuan ? (
                    <div className="rule-range">
                      <NumberField
                        path={`${path}.totalBandYuan.low`}
                        label={t('rules.sections.tiers.totalLowLabel', { tier: name })}
                        reading={formatYuan}
                      />
                      <NumberField
                        path={`${path}.totalBandYuan.high`}
                        label={t('rules.sections.tiers.totalHighLabel', { tier: name })}
                        reading={formatYuan}
                      />
                    </div>
                  ) : (
                    <span className="muted">{t('rules.sections.tiers.noTotal')}</span>
                  )}
                </td>
                <td className="rule-source">
                  <CitationView citation={tier.citation} assumption={tier.assumption} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </RulesTable>
      <GroupIssues path="tiers" />
    </RulesSection>
  )
}
