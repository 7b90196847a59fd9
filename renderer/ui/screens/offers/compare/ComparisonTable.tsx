import { useEffect, useId, useRef, type FocusEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useOverflowsSideways } from '../../../hooks/use-overflows-sideways'
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
 * Scrolls the table sideways so the control the keyboard just reached shows whole, its focus
 * ring too, clear of the row names that stay in view. Chromium scrolls a focused control into
 * view only when less than 32 px of it shows: Tab to the last offer's "Why" (four offers at
 * 1280 px) left it, and its offer's name, cut at the table's edge (Look 31); going back, the
 * first column's went under the row names.
 */
function revealFocused(event: FocusEvent<HTMLElement>) {
  const region = event.currentTarget
  const focused = event.target
  if (focused === region || !focused.matches(':focus-visible')) return
  const rowName = focused.closest('tr')?.querySelector('th[scope="row"], .compare-corner')
  if (!rowName || rowName.contains(focused)) return
  const box = region.getBoundingClientRect()
  const start = rowName.getBoundingClientRect().right
  const end = box.left + region.clientLeft + region.clientWidth
  const style = getComputedStyle(focused)
  const ring = (parseFloat(style.outlineWidth) || 0) + (parseFloat(style.outlineOffset) || 0)
  const own = focused.getBoundingClientRect()
  const left = own.left - ring
  const right = own.right + ring
  // Its start first, where it is wider than the room beside the row names.
  if (left < start || right - left > end - start) region.scrollLeft -= start - left
  else if (right > end) region.scrollLeft += right - end
}

/**
 * Keeps `--compare-scrollbar` on the box equal to its upright scrollbar's width (0 where
 * scrollbars overlay the content): Chromium lays a background that stays put in a scrolling box
 * out under that scrollbar, and the edge's shadow (compare.css), 0.9rem wide, sat hidden under
 * its 15-17 px.
 */
function useScrollbarWidth(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const box = ref.current
    if (!box || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      const bar = box.offsetWidth - box.clientWidth - 2 * box.clientLeft
      box.style.setProperty('--compare-scrollbar', `${String(Math.max(0, bar))}px`)
    })
    observer.observe(box)
    return () => {
      observer.disconnect()
    }
  }, [ref])
}

/**
 * The figures side by side: a row per figure with its name as the row header (kept in view
 * while the table scrolls sideways), a column per job, the best figure of each row starred (a
 * range by its low end, as the legend and the star's tooltip say), or given a hollow ☆ saying
 * why not where the verdict bars its offer from the ★.
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
  const box = useRef<HTMLDivElement>(null)
  const overflows = useOverflowsSideways(box)
  useScrollbarWidth(box)
  return (
    <>
      {/* Said where it is so, above the table (trial 34 M3: at 720 px nothing showed that a third
          column was cut off); the arrow points the way. */}
      {overflows ? (
        <p className="hint compare-scroll-hint">
          {t('offerCompare.scrollHint')} <span aria-hidden="true">→</span>
        </p>
      ) : null}
      {/* Focusable so keyboard users can scroll it sideways; named by the table's caption. */}
      <div
        ref={box}
        className={overflows ? 'compare-scroll overflows' : 'compare-scroll'}
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        onFocus={revealFocused}
      >
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
                  const unstarred = row.unstarred?.get(column.key)
                  return (
                    <td
                      key={column.key}
                      data-best={best ? true : undefined}
                      data-unstarred={unstarred}
                    >
                      {best ? (
                        <span className="compare-best" title={t('offerCompare.bestTitle')}>
                          <span aria-hidden="true">★</span>
                          <span className="visually-hidden">{t('offerCompare.best')}</span>
                        </span>
                      ) : null}
                      {unstarred ? (
                        <span
                          className="compare-best compare-unstarred"
                          title={t(`offerCompare.unstarred.${unstarred}`)}
                        >
                          <span aria-hidden="true">☆</span>
                          <span className="visually-hidden">
                            {t(`offerCompare.unstarred.${unstarred}`)}
                          </span>
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
    </>
  )
}
