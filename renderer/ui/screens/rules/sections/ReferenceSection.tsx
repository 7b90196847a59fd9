import { useTranslation } from 'react-i18next'
import { CitationView } from '../../../citation/CitationView'
import type { UiLanguage } from '../../../i18n/i18n'
import { RuleBlock, RulesSection } from '../RulesLayout'
import { citationWords, useRuleMatches } from '../rules-filter'
import { useRulesetInUse } from '../use-rules-draft'
import { MarketPayTable } from './MarketPayTable'

/**
 * What the article reports without making it a scoring rule: one job search, the pay figures
 * the market chart draws, and the market's facts.
 */
export function ReferenceSection() {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const ruleset = useRulesetInUse()
  const matches = useRuleMatches()
  const key = 'rules.sections.reference' as const
  const search = ruleset.jobSearchReference
  const searchText = t(`${key}.jobSearch`, {
    companies: search.companiesContacted,
    interviews: search.interviewsPerWeek,
    offers: search.offers,
    weeks: search.weeks,
  })
  const showSearch = matches([
    search.id,
    searchText,
    ...citationWords(search.citation, search.assumption),
  ])
  const facts = ruleset.marketFacts.filter((fact) =>
    matches([fact.id, ...citationWords(fact.citation, fact.assumption)]),
  )
  const pay = ruleset.marketPay.filter((figure) =>
    matches([
      figure.id,
      t(`offerCompare.market.references.${figure.id}`),
      ...citationWords(figure.citation, figure.assumption),
    ]),
  )
  if (!showSearch && pay.length === 0 && facts.length === 0) return null
  return (
    <RulesSection id="reference">
      {showSearch ? (
        <RuleBlock
          title={t(`${key}.jobSearchTitle`)}
          text={searchText}
          citation={search.citation}
          assumption={search.assumption}
        />
      ) : null}
      {pay.length > 0 ? <MarketPayTable figures={pay} /> : null}
      {facts.length > 0 ? (
        <RuleBlock
          title={t(`${key}.marketFacts`)}
          notes={
            <ul className="rule-basis">
              {facts.map((fact) => (
                <li key={fact.id}>
                  <p>
                    {fact.citation.source === 'article'
                      ? language === 'zh-CN'
                        ? fact.citation.quoteZhHans
                        : fact.citation.paraphraseEn
                      : language === 'zh-CN'
                        ? fact.citation.summaryZhHans
                        : fact.citation.summaryEn}
                  </p>
                  <CitationView citation={fact.citation} assumption={fact.assumption} />
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
    </RulesSection>
  )
}
