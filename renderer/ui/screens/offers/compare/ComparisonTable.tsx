import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { CompareColumn } from './comparison-columns'
import type { CompareRow } from './compare-rows'

function ColumnHeader({ column }: { column: CompareColumn }) {
  const { t } = useTranslation()
  if (column.kind === 'current')
    return (
      <th scope="col" className="compare-column-current">
        {t('offerCompare.columns.current')}
      </th>
    )
  const { offer } = column
  return (
    <th scope="col">
      <a href={`#/offers/${offer.id}`}>{offer.company}</a>
      {offer.role ? <span className="compare-note">{offer.role}</span> : null}
    </th>
  )
}

/**
 * The figures side by side: a row per figure with its name as the row header (kept in view
 * while the table scrolls sideways), a column per job, the best figure of each row starred (a
 * range by its low end, as the legend and the star's tooltip say).
 */
export function ComparisonTable({
  columns,
  rows,
}: {
  columns: readonly CompareColumn[]
  rows: readonly CompareRow[]
}) {
  const { t } = useTranslation()
  const captionId = useId()
  return (
    // Focusable so keyboard users can scroll it sideways; named by the table's caption.
    <div className="compare-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="figures compare-table">
        <caption id={captionId} className="visually-hidden">
          {t('offerCompare.tableLabel')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="compare-corner">
              <span className="visually-hidden">{t('offerCompare.columns.figure')}</span>
            </th>
            {columns.map((column) => (
              <ColumnHeader key={column.key} column={column} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row">
                {row.header}
                {row.hint ? <span className="compare-note">{row.hint}</span> : null}
              </th>
              {columns.map((column) => {
                const best = row.best.has(column.key)
                return (
                  <td key={column.key} data-best={best ? true : undefined}>
                    {best ? (
                      <span className="compare-best" title={t('offerCompare.bestTitle')}>
                        <span aria-hidden="true">★</span>
                        <span className="visually-hidden">{t('offerCompare.best')}</span>
                      </span>
                    ) : null}
                    {row.cell(column)}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
