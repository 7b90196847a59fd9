import { useTranslation } from 'react-i18next'
import type { Citation, Assumption } from '../../../../domain/ruleset/citation'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { CitationView } from '../../../citation/CitationView'
import type { UiLanguage } from '../../../i18n/i18n'
import { NumberField } from '../RuleField'
import { RulesTable } from '../RulesLayout'
import { localName } from '../rule-text'

type Risk = Ruleset['risk']

function Source({
  citation,
  assumption,
}: {
  citation: Citation
  assumption?: Assumption | undefined
}) {
  return (
    <td className="rule-source">
      <CitationView citation={citation} assumption={assumption} />
    </td>
  )
}

/** The starting points of each kind of employer and team. */
export function BaselinesTable({ baselines }: { baselines: Risk['baselines'] }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const key = 'rules.sections.risk' as const
  return (
    <RulesTable caption={t(`${key}.baselines`)}>
      <thead>
        <tr>
          <th scope="col">{t(`${key}.employer`)}</th>
          <th scope="col" className="numeric">
            {t(`${key}.points`)}
          </th>
          <th scope="col">{t('rules.table.source')}</th>
        </tr>
      </thead>
      <tbody>
        {baselines.map((baseline) => {
          const name = localName(baseline, language)
          return (
            <tr key={baseline.employerKind}>
              <th scope="row">{name}</th>
              <td>
                <NumberField
                  path={`risk.baselines.${baseline.employerKind}.points`}
                  label={t(`${key}.baselineLabel`, { employer: name })}
                />
              </td>
              <Source citation={baseline.citation} assumption={baseline.assumption} />
            </tr>
          )
        })}
      </tbody>
    </RulesTable>
  )
}

/** The L35 checklist: points for "no" and for "don't know". */
export function ChecklistTable({ items }: { items: Risk['checklist'] }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const key = 'rules.sections.risk' as const
  return (
    <RulesTable caption={t(`${key}.checklist`)}>
      <thead>
        <tr>
          <th scope="col">{t(`${key}.item`)}</th>
          <th scope="col" className="numeric">
            {t(`${key}.no`)}
          </th>
          <th scope="col" className="numeric">
            {t(`${key}.unknown`)}
          </th>
          <th scope="col">{t('rules.table.source')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const name = localName(item, language)
          return (
            <tr key={item.id}>
              <th scope="row">{name}</th>
              <td>
                <NumberField
                  path={`risk.checklist.${item.id}.noPoints`}
                  label={t(`${key}.noLabel`, { item: name })}
                />
              </td>
              <td>
                <NumberField
                  path={`risk.checklist.${item.id}.unknownPoints`}
                  label={t(`${key}.unknownLabel`, { item: name })}
                />
              </td>
              <Source citation={item.citation} assumption={item.assumption} />
            </tr>
          )
        })}
      </tbody>
    </RulesTable>
  )
}

/** The L50 red flags and their points. */
export function RedFlagsTable({ flags }: { flags: Risk['redFlags'] }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const key = 'rules.sections.risk' as const
  return (
    <RulesTable caption={t(`${key}.redFlags`)}>
      <thead>
        <tr>
          <th scope="col">{t(`${key}.flag`)}</th>
          <th scope="col" className="numeric">
            {t(`${key}.points`)}
          </th>
          <th scope="col">{t('rules.table.source')}</th>
        </tr>
      </thead>
      <tbody>
        {flags.map((flag) => {
          const name = localName(flag, language)
          return (
            <tr key={flag.id}>
              <th scope="row">{name}</th>
              <td>
                <NumberField
                  path={`risk.redFlags.${flag.id}.points`}
                  label={t(`${key}.flagLabel`, { flag: name })}
                />
              </td>
              <Source citation={flag.citation} assumption={flag.assumption} />
            </tr>
          )
        })}
      </tbody>
    </RulesTable>
  )
}

/** Points by a named value (funding signal, market mood), with the rule's one source below. */
export function PointsByValueTable({
  caption,
  column,
  path,
  values,
  valueName,
  label,
  citation,
  assumption,
}: {
  caption: string
  column: string
  path: string
  values: readonly string[]
  valueName: (value: string) => string
  label: (name: string) => string
  citation: Citation
  assumption?: Assumption | undefined
}) {
  const { t } = useTranslation()
  return (
    <div className="rule-block">
      <RulesTable caption={caption}>
        <thead>
          <tr>
            <th scope="col">{column}</th>
            <th scope="col" className="numeric">
              {t('rules.sections.risk.points')}
            </th>
          </tr>
        </thead>
        <tbody>
          {values.map((value) => (
            <tr key={value}>
              <th scope="row">{valueName(value)}</th>
              <td>
                <NumberField path={`${path}.${value}`} label={label(valueName(value))} />
              </td>
            </tr>
          ))}
        </tbody>
      </RulesTable>
      <CitationView citation={citation} assumption={assumption} />
    </div>
  )
}
