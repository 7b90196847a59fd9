import { useTranslation } from 'react-i18next'
import { CitationView } from '../../../citation/CitationView'
import type { UiLanguage } from '../../../i18n/i18n'
import { RuleBlock, RulesSection } from '../RulesLayout'
import { citationWords, useRuleMatches } from '../rules-filter'
import { useRulesetInUse } from '../use-rules-draft'

/** What the article reports without making it a rule: one job search, and the market's facts. */
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
  if (!showSearch && facts.length === 0) return null
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
