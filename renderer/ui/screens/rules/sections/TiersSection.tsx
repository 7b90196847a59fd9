import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { judgingTotal } from '../../../../domain/recommend/pay-position'
import type { Citation } from '../../../../domain/ruleset/citation'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { CitationView } from '../../../citation/CitationView'
import { formatYuan } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { joinList } from '../../../reasons/names'
import { GroupIssues, NumberField } from '../RuleField'
import { AssumptionDisclosure, RulesSection, RulesTable } from '../RulesLayout'
import { useFieldLabel } from '../field-label'
import { fieldId } from '../override-paths'
import { localName } from '../rule-text'
import { citationWords, useRuleMatches } from '../rules-filter'
import { useRulesetInUse } from '../use-rules-draft'

/** An in-field PhD: the only person a tier's yearly total judges (judgingTotal). */
const IN_FIELD_PHD = { education: 'phd', phdInField: true } as const

/**
 * Whom a tier's yearly total judges, read from judgingTotal itself: the tiers in which an
 * in-field PhD is judged by this tier's total (premium's, in premium and above); a total that
 * judges no one (core's 3-5M, which the article calls possible, L26) says so. Anyone else is
 * judged by the raise band alone (trial 16: "Core talent … 3M / 5M" beside a dashboard's
 * "Expected yearly total: 1.32M–2.64M/yr" for a Core user who is not an in-field PhD).
 */
export function totalAppliesTo(
  tierId: string,
  ruleset: Ruleset,
  t: TFunction,
  language: UiLanguage,
): string {
  const judged = ruleset.tiers.filter(
    (tier) => judgingTotal(IN_FIELD_PHD, tier.id, ruleset)?.tier === tierId,
  )
  if (judged.length === 0) return t('rules.sections.tiers.totalJudgesNoOne')
  const names = judged.map((tier) => localName(tier, language))
  return t('rules.sections.tiers.totalJudgesPhd', {
    tiers: joinList(names, language),
  })
}

/** The citations of the totals a tier's own total is given by (premium's: the in-field PhD's). */
function judgedBy(tierId: string, ruleset: Ruleset): Citation[] {
  const total = ruleset.tiers
    .map((tier) => judgingTotal(IN_FIELD_PHD, tier.id, ruleset))
    .find((judging) => judging?.tier === tierId)
  return total ? [total.citation] : []
}

/** The tiers from the top: the score each starts at, its condition, its raise and yearly total. */
export function TiersSection() {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const ruleset = useRulesetInUse()
  const matches = useRuleMatches()
  const fieldLabel = useFieldLabel()
  const tiers = ruleset.tiers.filter((tier) =>
    matches([
      tier.id,
      tier.nameEn,
      tier.nameZhHans,
      ...citationWords(tier.citation, tier.assumption),
      // Whom its total judges, and the article's sentences that give it to them (premium's:
      // an in-field PhD's, L25, L17), so that "PhD" or "博士" finds the total (trial 16 L4).
      ...(tier.totalBandYuan ? [totalAppliesTo(tier.id, ruleset, t, language)] : []),
      ...judgedBy(tier.id, ruleset).flatMap((citation) => citationWords(citation)),
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
                    <NumberField path={`${path}.minScore`} label={fieldLabel(`${path}.minScore`)} />
                  </td>
                  <td>
                    <div className="rule-range">
                      <NumberField
                        path={`${path}.raiseBand.low`}
                        label={fieldLabel(`${path}.raiseBand.low`)}
                      />
                      <NumberField
                        path={`${path}.raiseBand.high`}
                        label={fieldLabel(`${path}.raiseBand.high`)}
                      />
                    </div>
                  </td>
                  <td>
                    {tier.totalBandYuan ? (
                      <div className="rule-range">
                        <NumberField
                          path={`${path}.totalBandYuan.low`}
                          label={fieldLabel(`${path}.totalBandYuan.low`)}
                          reading={formatYuan}
                          wide
                        />
                        <NumberField
                          path={`${path}.totalBandYuan.high`}
                          label={fieldLabel(`${path}.totalBandYuan.high`)}
                          reading={formatYuan}
                          wide
                        />
                        <span className="rule-total-whom muted">
                          {totalAppliesTo(tier.id, ruleset, t, language)}
                        </span>
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
