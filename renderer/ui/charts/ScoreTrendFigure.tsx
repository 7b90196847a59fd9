import { useLiveQuery } from 'dexie-react-hooks'
import { memo, useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Ruleset } from '../../domain/ruleset/ruleset-schema'
import { readSnapshots } from '../../data/snapshots'
import { ChartFigure } from './ChartFigure'
import { trendPoints, type Threshold, type TrendPoint } from './chart-data'
import { LazyScoreTrendChart } from './lazy-charts'
import {
  DaysOnRequest,
  DaysSummary,
  DaysTable,
  HIDDEN_TABLE_MAX_DAYS,
  trendSummary,
  type DayText,
} from './ScoreTrendDays'
import type { UiLanguage } from '../i18n/i18n'
import { formatNumber, joinList, tierName } from '../reasons/names'
import { useServices } from '../services'

/** Parses the stored day ("2025-03-14") as that calendar day, whatever the time zone. */
function dayFormatter(language: UiLanguage, options: Intl.DateTimeFormatOptions) {
  const format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' })
  return (isoDate: string) => format.format(new Date(`${isoDate}T00:00:00Z`))
}

/**
 * The premium score and tier over time, from the day-by-day snapshots the repositories keep,
 * with each tier's threshold as a line. It reads the database itself (live), so typing in a
 * form never redraws it: only a saved change does. `id` keeps its heading's id unique where
 * two screens' parts meet (the Skills screen, the dashboard).
 */
export const ScoreTrendFigure = memo(function ScoreTrendFigure({
  ruleset,
  id = 'score-trend',
}: {
  ruleset: Ruleset
  id?: string
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { db } = useServices()
  const snapshots = useLiveQuery(() => readSnapshots(db), [db])
  const points = useMemo(() => trendPoints(snapshots ?? []), [snapshots])
  const thresholds = useMemo(
    (): Threshold[] =>
      ruleset.tiers
        .filter((tier) => tier.minScore > 0)
        .map((tier) => {
          const label = tierName(ruleset, tier.id, language)
          const score = tier.minScore
          const text = t('assessment.charts.threshold', {
            tier: label,
            score: formatNumber(score, language),
          })
          return { tier: tier.id, label, score, text }
        }),
    [ruleset, language, t],
  )
  const shortDate = useMemo(
    () => dayFormatter(language, { month: 'short', day: 'numeric' }),
    [language],
  )
  const longDate = useMemo(() => dayFormatter(language, { dateStyle: 'medium' }), [language])
  // A tick where the year changes carries it ('Jan 3, 2025', '2025年1月3日'): trial 18 read
  // 2024, 2025 and 2026 alike on a chart spanning them.
  const formatDate = useCallback(
    (isoDate: string, withYear: boolean) => (withYear ? longDate : shortDate)(isoDate),
    [shortDate, longDate],
  )
  const formatScore = useCallback((score: number) => formatNumber(score, language), [language])
  const describePoint = useCallback(
    (point: TrendPoint) =>
      t('dashboard.trendChart.point', {
        date: longDate(point.date),
        score: formatNumber(point.score, language),
        tier: tierName(ruleset, point.tier, language),
      }),
    [t, longDate, language, ruleset],
  )
  const dayText = useMemo(
    (): DayText => ({
      date: longDate,
      score: formatScore,
      tier: (point) => tierName(ruleset, point.tier, language),
    }),
    [longDate, formatScore, ruleset, language],
  )

  if (snapshots === undefined) return null
  const title = t('assessment.charts.trendTitle')
  if (points.length < 2) {
    return (
      <section className="chart-figure" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`} className="chart-title" tabIndex={-1}>
          {title}
        </h3>
        <p className="hint">{t('assessment.charts.trendEmpty')}</p>
      </section>
    )
  }
  const description = t('assessment.charts.trendDescription', {
    thresholds: joinList(
      thresholds.map((threshold) => threshold.text),
      language,
    ),
  })
  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      keyboard={t('dashboard.trendChart.keyboard')}
      chart={
        <LazyScoreTrendChart
          points={points}
          thresholds={thresholds}
          scoreName={t('assessment.charts.score')}
          formatDate={formatDate}
          formatLongDate={longDate}
          formatScore={formatScore}
          label={t('dashboard.trendChart.label')}
          describe={describePoint}
        />
      }
      {...daysText(points, title, dayText)}
    />
  )
})

/**
 * The chart's days as text: a few, the whole table for screen readers as every chart has; many,
 * a summary for them and the table for anyone on request (ScoreTrendDays).
 */
function daysText(points: readonly TrendPoint[], title: string, text: DayText) {
  const summary = trendSummary(points)
  if (points.length <= HIDDEN_TABLE_MAX_DAYS || !summary) {
    return { table: <DaysTable points={points} caption={title} text={text} /> }
  }
  return {
    table: <DaysSummary summary={summary} text={text} />,
    after: <DaysOnRequest points={points} caption={title} text={text} />,
  }
}
