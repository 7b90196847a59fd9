import { useTranslation } from 'react-i18next'
import type { SkillDomainId } from '../../../../domain/model/enums'
import { CitationView } from '../../../citation/CitationView'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'
import { ChoiceField } from '../RuleField'
import { RulesSection, RulesTable } from '../RulesLayout'
import { useFieldLabel } from '../field-label'
import { localName } from '../rule-text'
import { citationWords, useRuleMatches } from '../rules-filter'
import { useDraftSelector, useRulesetInUse } from '../use-rules-draft'

const PREMIUM_CLASSES = ['S', 'A', 'B', 'C'] as const

/** A domain's points at level 4 in the draft: its class's points, as both are being edited. */
function TopPoints({ domain }: { domain: SkillDomainId }) {
  const { i18n } = useTranslation()
  const points = useDraftSelector((draft) => {
    const rule = draft.ruleset.skillDomains.find((candidate) => candidate.id === domain)
    return rule ? draft.ruleset.scoring.classMaxPoints[rule.premiumClass] : 0
  })
  return formatNumber(points, i18n.language as UiLanguage)
}

/** Every skill domain: its name, premium class (editable) and the points it is worth at level 4. */
export function DomainsSection() {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const ruleset = useRulesetInUse()
  const matches = useRuleMatches()
  const fieldLabel = useFieldLabel()
  const domains = ruleset.skillDomains.filter((domain) =>
    matches([domain.id, domain.nameEn, domain.nameZhHans, ...citationWords(domain.citation)]),
  )
  if (domains.length === 0) return null
  return (
    <RulesSection id="domains" intro={t('rules.sections.domains.intro')}>
      <RulesTable caption={t('rules.sections.domains.title')} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('rules.sections.domains.domain')}</th>
            <th scope="col" className="numeric">
              {t('rules.sections.domains.premiumClass')}
            </th>
            <th scope="col" className="numeric">
              {t('rules.sections.domains.topPoints')}
            </th>
            <th scope="col">{t('rules.table.source')}</th>
          </tr>
        </thead>
        <tbody>
          {domains.map((domain) => {
            const name = localName(domain, language)
            return (
              <tr key={domain.id}>
                <th scope="row">{name}</th>
                <td>
                  <ChoiceField
                    path={`skillDomains.${domain.id}.premiumClass`}
                    label={fieldLabel(`skillDomains.${domain.id}.premiumClass`)}
                    options={PREMIUM_CLASSES}
                  />
                </td>
                <td>
                  <TopPoints domain={domain.id} />
                </td>
                <td className="rule-source">
                  <CitationView citation={domain.citation} assumption={domain.assumption} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </RulesTable>
    </RulesSection>
  )
}
