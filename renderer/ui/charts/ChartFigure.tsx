import { Suspense, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import './charts.css'

/**
 * A chart with its words: a heading, a one-line description, the drawing (loaded on demand,
 * hidden from screen readers) and its text alternative, a table screen readers read instead.
 */
export function ChartFigure({
  id,
  title,
  description,
  chart,
  table,
}: {
  id: string
  title: string
  description: string
  /** The lazily loaded chart; the figure wraps it in Suspense. */
  chart: ReactNode
  /** The same data as a table: visually hidden, read by screen readers. */
  table: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="chart-title">
        {title}
      </h3>
      <p className="hint chart-description">{description}</p>
      <div className="chart-drawing" aria-hidden="true">
        <Suspense fallback={<p className="muted">{t('assessment.charts.loading')}</p>}>
          {chart}
        </Suspense>
      </div>
      <div className="visually-hidden">{table}</div>
    </figure>
  )
}
