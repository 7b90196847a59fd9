import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { CitationView } from '../../../citation/CitationView'
import { formatYuan } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { GroupIssues, NumberField } from '../RuleField'
import { AssumptionDisclosure, RulesSection, RulesTable } from '../RulesLayout'
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
      <RulesTable caption={t('rules.sections.tiers.title')} captionHidden id={fieldId('tiers')}>
        <thead>
          <tr>
            <th scope="col">{t('rules.sections.tiers.tier')}</th>
            <th scope="col" className="numeric">
              {t('rules.sections.tiers.minScore')}
            </th>
            <th scope="col" className="numeric">
              {t('rules.sections.tiers.raise')}
            </th>
            <th scope="col" className="numeric">
              {t('rules.sections.tiers.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {tiers.map((tier) => {
            const name = localName(tier, language)
            const path = `tiers.${tier.id}`
            return (
              <Fragment key={tier.id}>
                <tr className="rule-row-with-source">
                  <th scope="row" className="rule-tier">
                    {name}
                    <span className="rule-tier-needs">
                      {t('rules.sections.tiers.needsLine', {
                        what: tier.requiresExpertSClass
                          ? t('rules.sections.tiers.needsExpert')
                          : tier.requiresAlgorithmBase
                            ? t('rules.sections.tiers.needsAlgorithm')
                            : t('rules.sections.tiers.needsNothing'),
                      })}
                    </span>
                  </th>
                  <td>
                    <NumberField
                      path={`${path}.minScore`}
                      label={t('rules.sections.tiers.minScoreLabel', { tier: name })}
                    />
                  </td>
                  <td>
                    <div className="rule-range">
                      <NumberField
                        path={`${path}.raiseBand.low`}
                        label={t('rules.sections.tiers.raiseLowLabel', { tier: name })}
                      />
                      <NumberField
                        path={`${path}.raiseBand.high`}
                        label={t('rules.sections.tiers.raiseHighLabel', { tier: name })}
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
                          wide
                        />
                        <NumberField
                          path={`${path}.totalBandYuan.high`}
                          label={t('rules.sections.tiers.totalHighLabel', { tier: name })}
                          reading={formatYuan}
                          wide
                        />
                      </div>
                    ) : (
                      <span className="muted">{t('rules.sections.tiers.noTotal')}</span>
                    )}
                  </td>
                </tr>
                <tr className="rule-source-row">
                  <td colSpan={4}>
                    {tier.gateAssumption ? (
                      <AssumptionDisclosure
                        summary={t('rules.sections.tiers.gateSource')}
                        assumption={tier.gateAssumption}
                      />
                    ) : null}
                    <CitationView citation={tier.citation} assumption={tier.assumption} />
                  </td>
                </tr>
              </Fragment>
            )
          })}
        </tbody>
      </RulesTable>
      <GroupIssues path="tiers" label={t('rules.sections.tiers.title')} />
    </RulesSection>
  )
}
