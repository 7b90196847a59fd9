import { useTranslation } from 'react-i18next'
import { CitationView } from '../../../citation/CitationView'
import { NumberField } from '../RuleField'
import { RuleBlock, RulesSection } from '../RulesLayout'
import { citationWords, useRuleMatches } from '../rules-filter'
import { useRulesetInUse } from '../use-rules-draft'

/** The thresholds of the advice on an offer, and the sentences each piece of advice rests on. */
export function RecommendationSection() {
  const { t } = useTranslation()
  const ruleset = useRulesetInUse()
  const matches = useRuleMatches()
  const recommendation = ruleset.recommendation
  const key = 'rules.sections.recommendation' as const
  const basis = [
    recommendation.eagerEmployer,
    recommendation.demandExceedsSupply,
    recommendation.waitForCommitment,
    recommendation.strengthBeforePay,
    recommendation.payNotJudged,
    recommendation.negotiateWeakLeverage,
    recommendation.negotiateHighRisk,
  ]
    .map((rule) => ({
      rule,
      assumption: 'assumption' in rule ? rule.assumption : undefined,
      text: t(`${key}.rules.${rule.id}`),
    }))
    .filter(({ rule, assumption, text }) =>
      matches([rule.id, text, ...citationWords(rule.citation, assumption)]),
    )
  const showThresholds = matches([
    'recommendation',
    t(`${key}.thresholds`),
    recommendation.assumption.noteEn,
    recommendation.assumption.noteZhHans,
  ])
  if (!showThresholds && basis.length === 0) return null
  return (
    <RulesSection id="recommendation" intro={t(`${key}.intro`)}>
      {showThresholds ? (
        <RuleBlock title={t(`${key}.thresholds`)} assumption={recommendation.assumption}>
          <NumberField
            path="recommendation.declineAtRedFlags"
            label={t(`${key}.declineRedFlagsLabel`)}
            visibleLabel
          />
          <NumberField
            path="recommendation.declineAtUnansweredItems"
            label={t(`${key}.declineUnansweredLabel`)}
            visibleLabel
          />
          <NumberField
            path="recommendation.fitLevel"
            label={t(`${key}.fitLevelLabel`)}
            visibleLabel
          />
          <NumberField
            path="recommendation.fitShare"
            label={t(`${key}.fitShareLabel`)}
            visibleLabel
          />
        </RuleBlock>
      ) : null}
      {basis.length > 0 ? (
        <div className="rule-block">
          <h3>{t(`${key}.basis`)}</h3>
          <ul className="rule-basis">
            {basis.map(({ rule, assumption, text }) => (
              <li key={rule.id}>
                <p>{text}</p>
                <CitationView citation={rule.citation} assumption={assumption} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </RulesSection>
  )
}
