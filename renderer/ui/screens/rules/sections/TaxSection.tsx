import { useTranslation } from 'react-i18next'
import type { Ruleset, TaxBracket } from '../../../../domain/ruleset/ruleset-schema'
import { fenFromYuan } from '../../../../domain/money'
import { bonusCliff } from '../../../../domain/tax/china-income-tax'
import { CitationView } from '../../../citation/CitationView'
import { joinList } from '../../../reasons/names'
import { bonusCliffText } from '../../offers/bonus-cliff-text'
import type { UiLanguage } from '../../../i18n/i18n'
import { RuleBlock, RulesSection, RulesTable } from '../RulesLayout'
import { citationWords, useRuleMatches } from '../rules-filter'
import { useRulesetInUse } from '../use-rules-draft'

/** Law figures are read exactly (16,920, not 1.7万): the table is the law's, not a pay estimate. */
function exactYuan(yuan: number, language: UiLanguage): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(yuan)
}

function BracketsTable({ caption, brackets }: { caption: string; brackets: TaxBracket[] }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const key = 'rules.sections.tax' as const
  return (
    <RulesTable caption={caption}>
      <thead>
        <tr>
          <th scope="col" className="numeric">
            {t(`${key}.upTo`)}
          </th>
          <th scope="col" className="numeric">
            {t(`${key}.rate`)}
          </th>
          <th scope="col" className="numeric">
            {t(`${key}.quickDeduction`)}
          </th>
        </tr>
      </thead>
      <tbody>
        {brackets.map((bracket) => (
          <tr key={bracket.ratePercent}>
            <td>
              {bracket.upToYuan === null
                ? t(`${key}.above`)
                : exactYuan(bracket.upToYuan, language)}
            </td>
            <td>{bracket.ratePercent}%</td>
            <td>{exactYuan(bracket.quickDeductionYuan, language)}</td>
          </tr>
        ))}
      </tbody>
    </RulesTable>
  )
}

/**
 * Where the year-end bonus's tax jumps: its edges (each bracket's top × 12), and what one yuan
 * past the first costs, in the offers' own words (trial 16 L5: a bonus raised from 36,000 to
 * 36,001 lowered after-tax pay by about 2k, and nothing on Rules said why).
 */
function BonusCliffNote({ ruleset }: { ruleset: Ruleset }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const edges = ruleset.tax.bonusSeparate.monthlyBrackets.flatMap((bracket) =>
    bracket.upToYuan === null ? [] : [bracket.upToYuan * 12],
  )
  const [first] = edges
  if (first === undefined) return null
  const cliff = bonusCliff(fenFromYuan(first + 1), ruleset)
  return (
    <p className="rule-bonus-cliff">
      {t('rules.sections.tax.bonusCliff', {
        edges: joinList(
          edges.map((edge) => exactYuan(edge, language)),
          language,
        ),
      })}
      {/* Chinese sentences follow one another with no space between them. */}
      {cliff
        ? `${language === 'zh-CN' ? '' : ' '}${bonusCliffText(cliff, { t, language }, 'current')}`
        : null}
    </p>
  )
}

const MONTHLY = [
  'childMonthlyYuan',
  'infantMonthlyYuan',
  'continuingEducationDegreeMonthlyYuan',
  'mortgageMonthlyYuan',
  'elderlyParentsMonthlyYuan',
  'elderlyParentsSharedMaxMonthlyYuan',
] as const
const YEARLY = [
  'continuingEducationCertificateYearlyYuan',
  'seriousIllnessThresholdYuan',
  'seriousIllnessMaxYearlyYuan',
] as const
const RENT = ['rent-tier-1', 'rent-tier-2', 'rent-tier-3'] as const

/** China's income tax as the law sets it, read only: brackets, deductions, how pay is taxed. */
export function TaxSection() {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const ruleset = useRulesetInUse()
  const matches = useRuleMatches()
  const tax = ruleset.tax
  const key = 'rules.sections.tax' as const
  const deductions = tax.specialDeductions
  const rows = [
    ...MONTHLY.map((name) => ({
      name,
      amount: t(`${key}.perMonth`, { amount: exactYuan(deductions[name], language) }),
    })),
    ...YEARLY.map((name) => ({
      name,
      amount: t(`${key}.perYear`, { amount: exactYuan(deductions[name], language) }),
    })),
    ...RENT.map((name) => ({
      name,
      amount: t(`${key}.perMonth`, {
        amount: exactYuan(deductions.rentMonthlyYuan[name], language),
      }),
    })),
  ]
  const treatments = [
    { rule: tax.stockSeparate, year: tax.stockSeparate.validThroughYear },
    { rule: tax.optionsExercise, year: undefined },
    { rule: tax.extraMonthsAsBonus, year: undefined },
    { rule: tax.signOnAsWages, year: undefined },
  ].filter(({ rule }) =>
    matches([
      rule.id,
      t(`${key}.treatment.${rule.id}`),
      ...citationWords(rule.citation, rule.assumption),
    ]),
  )
  const showTables = matches([
    tax.annual.id,
    tax.bonusSeparate.id,
    t(`${key}.title`),
    t(`${key}.annual`),
    t(`${key}.special`),
    ...citationWords(tax.annual.citation),
    ...citationWords(tax.bonusSeparate.citation),
    ...citationWords(deductions.citation),
  ])
  if (!showTables && treatments.length === 0) return null
  return (
    <RulesSection id="tax" intro={t(`${key}.intro`)}>
      {showTables ? (
        <>
          <p>
            {t(`${key}.basicDeduction`, {
              amount: exactYuan(tax.annual.basicDeductionYuan, language),
            })}
          </p>
          <div className="rules-tables-row">
            <div>
              <BracketsTable caption={t(`${key}.annual`)} brackets={tax.annual.brackets} />
              <CitationView citation={tax.annual.citation} assumption={tax.annual.assumption} />
            </div>
            <div>
              <BracketsTable
                caption={t(`${key}.bonus`, { year: tax.bonusSeparate.validThroughYear })}
                brackets={tax.bonusSeparate.monthlyBrackets}
              />
              <BonusCliffNote ruleset={ruleset} />
              <CitationView
                citation={tax.bonusSeparate.citation}
                assumption={tax.bonusSeparate.assumption}
              />
            </div>
          </div>
          <RulesTable caption={t(`${key}.special`)}>
            <thead>
              <tr>
                <th scope="col">{t(`${key}.deduction`)}</th>
                <th scope="col" className="numeric">
                  {t(`${key}.amount`)}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name}>
                  <th scope="row">{t(`${key}.deductions.${row.name}`)}</th>
                  <td>{row.amount}</td>
                </tr>
              ))}
            </tbody>
          </RulesTable>
          <CitationView citation={deductions.citation} assumption={deductions.assumption} />
        </>
      ) : null}
      {treatments.length > 0 ? (
        <RuleBlock
          title={t(`${key}.treatments`)}
          notes={
            <ul className="rule-basis">
              {treatments.map(({ rule, year }) => (
                <li key={rule.id}>
                  <p>{t(`${key}.treatment.${rule.id}`, { year })}</p>
                  <CitationView citation={rule.citation} assumption={rule.assumption} />
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
    </RulesSection>
  )
}
