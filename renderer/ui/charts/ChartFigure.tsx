import { Suspense, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import './charts.css'

/**
 * A chart with its words: a heading, a one-line description, the drawing (loaded on demand)
 * and its text alternative, a table screen readers read. A chart that reads out its points to
 * the arrow keys (`keyboard`, the hint saying so) stays in the accessibility tree, as it takes
 * focus; any other drawing is hidden from screen readers, who read the table instead.
 */
export function ChartFigure({
  id,
  title,
  description,
  chart,
  table,
  keyboard,
  after,
}: {
  id: string
  title: string
  description: string
  /** The lazily loaded chart; the figure wraps it in Suspense. */
  chart: ReactNode
  /** The same data as a table: visually hidden, read by screen readers. */
  table: ReactNode
  /** Says how to read the chart from the keyboard: given, the chart is one Tab stop. */
  keyboard?: string
  /** Shown under the drawing, for everyone: the score chart's table of days on request. */
  after?: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      {/* Focusable, not a Tab stop: a skip link may land on it while the drawing loads. */}
      <h3 id={`${id}-title`} className="chart-title" tabIndex={-1}>
        {title}
      </h3>
      <p className="hint chart-description">{description}</p>
      {keyboard ? <p className="hint chart-description">{keyboard}</p> : null}
      <div className="chart-drawing" aria-hidden={keyboard ? undefined : true}>
        <Suspense fallback={<p className="muted">{t('assessment.charts.loading')}</p>}>
          {chart}
        </Suspense>
      </div>
      <div className="visually-hidden">{table}</div>
      {after}
    </figure>
  )
}
