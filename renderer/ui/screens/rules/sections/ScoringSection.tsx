import { useTranslation } from 'react-i18next'
import { levelName } from '../../../reasons/names'
import { useFieldLabel } from '../field-label'
import { GroupIssues, NumberField } from '../RuleField'
import { AssumptionNote, RuleBlock, RulesSection, RulesTable } from '../RulesLayout'
import { fieldId } from '../override-paths'
import { citationWords, useRuleMatches } from '../rules-filter'
import { useRulesetInUse } from '../use-rules-draft'

const PREMIUM_CLASSES = ['S', 'A', 'B', 'C'] as const

/** How the score is made: class points, level factors, depth weights, and the evidence cap. */
export function ScoringSection() {
  const { t } = useTranslation()
  const ruleset = useRulesetInUse()
  const matches = useRuleMatches()
  const fieldLabel = useFieldLabel()
  const { scoring, evidenceCap } = ruleset
  const scoringWords = [
    'scoring',
    t('rules.sections.scoring.title'),
    t('rules.sections.scoring.classPoints'),
    t('rules.sections.scoring.levelFactors'),
    t('rules.sections.scoring.depthWeights'),
    scoring.assumption.noteEn,
    scoring.assumption.noteZhHans,
  ]
  const showScoring = matches(scoringWords)
  const showCap = matches([
    evidenceCap.id,
    t('rules.sections.scoring.evidenceCap'),
    t('rules.sections.scoring.evidenceCapText'),
    ...citationWords(evidenceCap.citation),
  ])
  if (!showScoring && !showCap) return null
  return (
    <RulesSection id="scoring" intro={t('rules.sections.scoring.intro')}>
      {showScoring ? (
        <>
          <div className="rules-tables-row">
            <RulesTable caption={t('rules.sections.scoring.classPoints')}>
              <thead>
                <tr>
                  <th scope="col">{t('rules.sections.scoring.classColumn')}</th>
                  <th scope="col" className="numeric">
                    {t('rules.sections.scoring.pointsColumn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {PREMIUM_CLASSES.map((premiumClass) => (
                  <tr key={premiumClass}>
                    <th scope="row">{premiumClass}</th>
                    <td>
                      <NumberField
                        path={`scoring.classMaxPoints.${premiumClass}`}
                        label={fieldLabel(`scoring.classMaxPoints.${premiumClass}`)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </RulesTable>
            <RulesTable
              caption={t('rules.sections.scoring.levelFactors')}
              id={fieldId('scoring.levelFactors')}
            >
              <thead>
                <tr>
                  <th scope="col">{t('rules.sections.scoring.levelColumn')}</th>
                  <th scope="col" className="numeric">
                    {t('rules.sections.scoring.factorColumn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {scoring.levelFactors.map((_, level) => (
                  <tr key={level}>
                    <th scope="row">
                      {level} · {levelName(t, level)}
                    </th>
                    <td>
                      <NumberField
                        path={`scoring.levelFactors.${String(level)}`}
                        label={fieldLabel(`scoring.levelFactors.${String(level)}`)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </RulesTable>
            <RulesTable
              caption={t('rules.sections.scoring.depthWeights')}
              id={fieldId('scoring.depthWeights')}
            >
              <thead>
                <tr>
                  <th scope="col">{t('rules.sections.scoring.rankColumn')}</th>
                  <th scope="col" className="numeric">
                    {t('rules.sections.scoring.weightColumn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {scoring.depthWeights.map((_, index) => (
                  <tr key={index}>
                    <th scope="row">{t('rules.sections.scoring.rank', { rank: index + 1 })}</th>
                    <td>
                      <NumberField
                        path={`scoring.depthWeights.${String(index)}`}
                        label={fieldLabel(`scoring.depthWeights.${String(index)}`)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </RulesTable>
          </div>
          <GroupIssues
            path="scoring.levelFactors"
            label={t('rules.sections.scoring.levelFactors')}
          />
          <GroupIssues
            path="scoring.depthWeights"
            label={t('rules.sections.scoring.depthWeights')}
          />
          <GroupIssues path="scoring" label={t('rules.sections.scoring.title')} />
          <AssumptionNote assumption={scoring.assumption} />
        </>
      ) : null}
      {showCap ? (
        <RuleBlock
          title={t('rules.sections.scoring.evidenceCap')}
          text={t('rules.sections.scoring.evidenceCapText')}
          citation={evidenceCap.citation}
          assumption={evidenceCap.assumption}
        >
          <NumberField
            path="evidenceCap.maxLevelWithoutEvidence"
            label={fieldLabel('evidenceCap.maxLevelWithoutEvidence')}
            visibleLabel
          />
        </RuleBlock>
      ) : null}
    </RulesSection>
  )
}
