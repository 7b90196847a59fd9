import { useTranslation } from 'react-i18next'
import type { Citation, Assumption } from '../../../../domain/ruleset/citation'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { CitationView } from '../../../citation/CitationView'
import type { UiLanguage } from '../../../i18n/i18n'
import { NumberField } from '../RuleField'
import { RulesTable } from '../RulesLayout'
import { localName } from '../rule-text'

type Risk = Ruleset['risk']

/** A column of points: the rule's field under the row's path, and its input's label. */
interface PointsColumn {
  header: string
  field: string
  label: (name: string) => string
}

interface CitedRow {
  citation: Citation
  assumption?: Assumption | undefined
}

/**
 * Rows of named rules (employer kinds, checklist items, red flags), each with its points in
 * one or more editable columns and its own source.
 */
function CitedPointsTable<Row extends CitedRow>({
  caption,
  nameHeader,
  rows,
  rowId,
  rowName,
  path,
  columns,
}: {
  caption: string
  nameHeader: string
  rows: readonly Row[]
  rowId: (row: Row) => string
  rowName: (row: Row) => string
  path: string
  columns: PointsColumn[]
}) {
  const { t } = useTranslation()
  return (
    <RulesTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          {columns.map((column) => (
            <th key={column.field} scope="col" className="numeric">
              {column.header}
            </th>
          ))}
          <th scope="col">{t('rules.table.source')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const id = rowId(row)
          const name = rowName(row)
          return (
            <tr key={id}>
              <th scope="row">{name}</th>
              {columns.map((column) => (
                <td key={column.field}>
                  <NumberField path={`${path}.${id}.${column.field}`} label={column.label(name)} />
                </td>
              ))}
              <td className="rule-source">
                <CitationView citation={row.citation} assumption={row.assumption} />
              </td>
            </tr>
          )
        })}
      </tbody>
    </RulesTable>
  )
}

const KEY = 'rules.sections.risk' as const

/** The starting points of each kind of employer and team. */
export function BaselinesTable({ baselines }: { baselines: Risk['baselines'] }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  return (
    <CitedPointsTable
      caption={t(`${KEY}.baselines`)}
      nameHeader={t(`${KEY}.employer`)}
      rows={baselines}
      rowId={(baseline) => baseline.employerKind}
      rowName={(baseline) => localName(baseline, language)}
      path="risk.baselines"
      columns={[
        {
          header: t(`${KEY}.points`),
          field: 'points',
          label: (employer) => t(`${KEY}.baselineLabel`, { employer }),
        },
      ]}
    />
  )
}

/** The L35 checklist: points for "no" and for "don't know". */
export function ChecklistTable({ items }: { items: Risk['checklist'] }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  return (
    <CitedPointsTable
      caption={t(`${KEY}.checklist`)}
      nameHeader={t(`${KEY}.item`)}
      rows={items}
      rowId={(item) => item.id}
      rowName={(item) => localName(item, language)}
      path="risk.checklist"
      columns={[
        {
          header: t(`${KEY}.no`),
          field: 'noPoints',
          label: (item) => t(`${KEY}.noLabel`, { item }),
        },
        {
          header: t(`${KEY}.unknown`),
          field: 'unknownPoints',
          label: (item) => t(`${KEY}.unknownLabel`, { item }),
        },
      ]}
    />
  )
}

/** The L50 red flags and their points. */
export function RedFlagsTable({ flags }: { flags: Risk['redFlags'] }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  return (
    <CitedPointsTable
      caption={t(`${KEY}.redFlags`)}
      nameHeader={t(`${KEY}.flag`)}
      rows={flags}
      rowId={(flag) => flag.id}
      rowName={(flag) => localName(flag, language)}
      path="risk.redFlags"
      columns={[
        {
          header: t(`${KEY}.points`),
          field: 'points',
          label: (flag) => t(`${KEY}.flagLabel`, { flag }),
        },
      ]}
    />
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
              {t(`${KEY}.points`)}
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
