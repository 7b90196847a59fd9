import { useTranslation } from 'react-i18next'
import { EXPORT_TABLES } from '../../../data/transfer/export-format'
import type { ImportCounts, ImportMode, TableCounts } from '../../../data/transfer/import'
import { importTotals } from './import-result-text'

/** The columns of each mode's result: a merge's, a replace's (each a count of TableCounts). */
const COLUMNS: Record<ImportMode, readonly (keyof TableCounts)[]> = {
  merge: ['added', 'updated', 'keptNewer', 'keptSameTime', 'unchanged'],
  replace: ['added', 'updated', 'unchanged', 'replaced', 'removed'],
}

/** Columns shown only when some table has a count in them. */
const RARE_COLUMNS: readonly (keyof TableCounts)[] = ['replaced', 'keptSameTime']

/** A column's heading: this computer's copy (not "yours": the file is the user's too) in the
 *  settings' words, the rest in the shared data.* ones. */
const COLUMN_LABEL = {
  added: 'data.added',
  updated: 'data.updated',
  unchanged: 'data.unchanged',
  keptNewer: 'settings.transfer.keptNewer',
  keptSameTime: 'settings.transfer.keptSameTime',
  replaced: 'data.replaced',
  removed: 'settings.transfer.removed',
} as const satisfies Record<keyof TableCounts, string>

/** An import's counts, table by table: the tables it touched, the columns its mode has. */
export function ImportResult({ counts, mode }: { counts: ImportCounts; mode: ImportMode }) {
  const { t, i18n } = useTranslation()
  const number = new Intl.NumberFormat(i18n.language)
  const totals = importTotals(counts)
  // "Replaced, not compared" only where the stored records were not at hand to compare; "same
  // time, different content" only where a merge met such a record.
  const columns = COLUMNS[mode].filter(
    (column) => !RARE_COLUMNS.includes(column) || totals[column] > 0,
  )
  const rows = EXPORT_TABLES.filter((name) =>
    COLUMNS[mode].some((column) => counts[name][column] > 0),
  )
  return (
    <table className="figures" aria-label={t('data.resultTitle')}>
      <caption>{t('data.resultTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('data.resultTable')}</th>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {t(COLUMN_LABEL[column])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((name) => (
          <tr key={name}>
            <th scope="row">{t(`data.table.${name}`)}</th>
            {columns.map((column) => (
              <td key={column}>{number.format(counts[name][column])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
