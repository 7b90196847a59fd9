import { useTranslation } from 'react-i18next'
import { CitationView } from '../../../citation/CitationView'
import { formatYuan } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { cityName, joinList } from '../../../reasons/names'
import { GroupIssues, NumberField } from '../RuleField'
import { AssumptionNote, RuleBlock, RulesSection, RulesTable } from '../RulesLayout'
import { citationWords, useRuleMatches } from '../rules-filter'
import { useRulesetInUse } from '../use-rules-draft'

/** The figures of a preset the user may change, by field, with how each reads. */
const FIGURES = [
  { field: 'baseFloorMonthlyYuan', name: 'floor', money: true },
  { field: 'baseCapMonthlyYuan', name: 'cap', money: true },
  { field: 'pensionPercent', name: 'pension', money: false },
  { field: 'medicalPercent', name: 'medical', money: false },
  { field: 'unemploymentPercent', name: 'unemployment', money: false },
  { field: 'housingFund.minPercent', name: 'fundMin', money: false },
  { field: 'housingFund.maxPercent', name: 'fundMax', money: false },
  { field: 'housingFund.defaultPercent', name: 'fundDefault', money: false },
] as const

/** Social insurance by city: one column a city, one row a figure, the notice each comes from. */
export function CitiesSection() {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const ruleset = useRulesetInUse()
  const matches = useRuleMatches()
  const rule = ruleset.tax.socialInsurance
  const key = 'rules.sections.cities' as const
  const presets = rule.presets.filter((preset) => {
    const city = ruleset.cities.find((candidate) => candidate.id === preset.cityId)
    return matches([
      preset.cityId,
      city?.nameEn,
      city?.nameZhHans,
      ...(city?.aliases ?? []),
      t(`${key}.title`),
      ...citationWords(preset.source, preset.assumption),
    ])
  })
  const showGeneral = matches([
    rule.id,
    t(`${key}.general`),
    ...citationWords(rule.citation, rule.assumption),
  ])
  if (presets.length === 0 && !showGeneral) return null
  const hubs = ruleset.modifiers.hubCity.cityIds.map((id) => cityName(ruleset, id, language))

  return (
    <RulesSection id="cities" intro={t(`${key}.intro`)}>
      {presets.length > 0 ? (
        <RulesTable caption={t(`${key}.title`)} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t(`${key}.figure`)}</th>
              {presets.map((preset) => (
                <th scope="col" key={preset.cityId} className="numeric">
                  {cityName(ruleset, preset.cityId, language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t(`${key}.year`)}</th>
              {presets.map((preset) => (
                <td key={preset.cityId}>{preset.year}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t(`${key}.validFrom`)}</th>
              {presets.map((preset) => (
                <td key={preset.cityId}>{preset.validFrom ?? '—'}</td>
              ))}
            </tr>
            {FIGURES.map((figure) => (
              <tr key={figure.field}>
                <th scope="row">{t(`${key}.${figure.name}`)}</th>
                {presets.map((preset) => {
                  const path = `tax.socialInsurance.presets.${preset.cityId}.${figure.field}`
                  return (
                    <td key={preset.cityId}>
                      <NumberField
                        path={path}
                        label={t(`${key}.cellLabel`, {
                          city: cityName(ruleset, preset.cityId, language),
                          figure: t(`${key}.${figure.name}`),
                        })}
                        source="law"
                        {...(figure.money ? { reading: formatYuan, wide: true } : {})}
                      />
                      {figure.name === 'fundDefault' ? (
                        <GroupIssues
                          path={`tax.socialInsurance.presets.${preset.cityId}.housingFund`}
                          label={cityName(ruleset, preset.cityId, language)}
                        />
                      ) : null}
                    </td>
                  )
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('rules.table.source')}</th>
              {presets.map((preset) => (
                <td key={preset.cityId} className="rule-source">
                  <CitationView citation={preset.source} assumption={preset.assumption} />
                </td>
              ))}
            </tr>
          </tbody>
        </RulesTable>
      ) : null}
      {showGeneral ? (
        <RuleBlock
          title={t(`${key}.general`)}
          citation={rule.citation}
          assumption={rule.assumption}
          notes={
            <>
              <p className="rule-block-text">
                {t(`${key}.fallback`, { city: cityName(ruleset, rule.fallbackCityId, language) })}
              </p>
              <AssumptionNote assumption={rule.fallbackAssumption} />
              <p className="rule-block-text">
                {t(`${key}.hubs`, { cities: joinList(hubs, language) })}
              </p>
            </>
          }
        />
      ) : null}
    </RulesSection>
  )
}
