import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TrendPoint } from './chart-data'

/**
 * Up to this many days, the score chart's text alternative is the whole table, visually hidden,
 * as every chart's is. Beyond it, a summary and the table on request: a long-time user's 267
 * days were 1,075 of the Skills screen's 2,786 nodes, built at first paint and again on every
 * save for a table nobody had asked to read (trial 18 H1).
 */
export const HIDDEN_TABLE_MAX_DAYS = 31

/** The figures a summary of the days names: how many, first and last, lowest and highest. */
export interface TrendSummary {
  count: number
  first: TrendPoint
  last: TrendPoint
  low: number
  high: number
}

/** Null with no day to summarise. `points` oldest first (trendPoints). */
export function trendSummary(points: readonly TrendPoint[]): TrendSummary | null {
  const first = points[0]
  const last = points.at(-1)
  if (!first || !last) return null
  const scores = points.map((point) => point.score)
  return {
    count: points.length,
    first,
    last,
    low: Math.min(...scores),
    high: Math.max(...scores),
  }
}

/** How one day reads in the table and the summary. */
export interface DayText {
  date: (isoDate: string) => string
  score: (score: number) => string
  tier: (point: TrendPoint) => string
}

/** The days as a table: `newestFirst` where the user opened it to find the latest. */
export function DaysTable({
  points,
  caption,
  text,
  newestFirst = false,
}: {
  points: readonly TrendPoint[]
  caption: string
  text: DayText
  newestFirst?: boolean
}) {
  const { t } = useTranslation()
  const rows = newestFirst ? [...points].reverse() : points
  return (
    <table className="figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('assessment.charts.date')}</th>
          <th scope="col">{t('assessment.charts.score')}</th>
          <th scope="col">{t('assessment.charts.tier')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((point) => (
          <tr key={point.date}>
            <th scope="row">{text.date(point.date)}</th>
            <td>{text.score(point.score)}</td>
            <td>{text.tier(point)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** One sentence for a screen reader where the chart begins: the span, the range, the latest. */
export function DaysSummary({ summary, text }: { summary: TrendSummary; text: DayText }) {
  const { t } = useTranslation()
  return (
    <p>
      {t('skills.trendDays.summary', {
        count: summary.count,
        first: text.date(summary.first.date),
        last: text.date(summary.last.date),
        low: text.score(summary.low),
        high: text.score(summary.high),
        score: text.score(summary.last.score),
        tier: text.tier(summary.last),
      })}
    </p>
  )
}

/**
 * Every day on request: a button, and once pressed the table in a scrolling box (a Tab stop, so
 * the keyboard scrolls it), newest first. Visible to all, as a sighted user may want the exact
 * figures too; nothing of the table is built until then.
 */
export function DaysOnRequest({
  points,
  caption,
  text,
}: {
  points: readonly TrendPoint[]
  caption: string
  text: DayText
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const regionId = useId()
  return (
    <div className="score-days">
      <button
        type="button"
        className="score-days-toggle"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => {
          setOpen(!open)
        }}
      >
        {open ? t('skills.trendDays.hide') : t('skills.trendDays.show', { count: points.length })}
      </button>
      {/* Rendered only while open: the id names nothing until then, which aria-controls allows. */}
      {open ? (
        <div
          id={regionId}
          className="score-days-table"
          role="region"
          aria-label={t('skills.trendDays.region')}
          tabIndex={0}
        >
          <DaysTable points={points} caption={caption} text={text} newestFirst />
        </div>
      ) : null}
    </div>
  )
}
