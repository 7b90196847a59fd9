import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { CitationView } from '../../../citation/CitationView'
import { formatYuan } from '../../../format/amount'
import { GroupIssues, NumberField } from '../RuleField'
import { RulesTable } from '../RulesLayout'
import { fieldId } from '../override-paths'

/** The article's pay figures the market chart draws, each editable and with its line. */
export function MarketPayTable({ figures }: { figures: Ruleset['marketPay'] }) {
  const { t } = useTranslation()
  const key = 'rules.sections.reference' as const
  return (
    <div className="rule-block">
      <h3>{t(`${key}.marketPay`)}</h3>
      <p className="rule-block-text">{t(`${key}.marketPayIntro`)}</p>
      <RulesTable caption={t(`${key}.marketPay`)} captionHidden id={fieldId('marketPay')}>
        <thead>
          <tr>
            <th scope="col">{t(`${key}.figure`)}</th>
            <th scope="col" className="numeric">
              {t(`${key}.yuan`)}
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => {
            const name = t(`offerCompare.market.references.${figure.id}`)
            const path = `marketPay.${figure.id}`
            return (
              <Fragment key={figure.id}>
                <tr className="rule-row-with-source">
                  <th scope="row">
                    {name}
                    <span className="rule-tier-needs">
                      {t(`offerCompare.market.basis.${figure.basis}`)}
                    </span>
                  </th>
                  <td>
                    <div className="rule-range">
                      <NumberField
                        path={`${path}.yuan.low`}
                        label={t(`${key}.lowLabel`, { name })}
                        reading={formatYuan}
                        wide
                      />
                      <NumberField
                        path={`${path}.yuan.high`}
                        label={t(`${key}.highLabel`, { name })}
                        reading={formatYuan}
                        wide
                      />
                    </div>
                  </td>
                </tr>
                <tr className="rule-source-row">
                  <td colSpan={2}>
                    <CitationView citation={figure.citation} assumption={figure.assumption} />
                  </td>
                </tr>
              </Fragment>
            )
          })}
        </tbody>
      </RulesTable>
      <GroupIssues path="marketPay" label={t(`${key}.marketPay`)} />
    </div>
  )
}
