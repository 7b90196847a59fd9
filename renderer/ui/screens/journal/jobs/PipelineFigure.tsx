import { Suspense, useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { PipelineWeek } from '../../../../data/job-search'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'
import { formatCalendarDay, weekLastDay } from './job-format'
import { LazyPipelineChart } from './lazy-pipeline-chart'

/**
 * The pipeline week by week: the chart (loaded on demand, hidden from screen readers) and the
 * same figures as a table anyone can open.
 */
export function PipelineFigure({
  weeks,
  today,
}: {
  weeks: readonly PipelineWeek[]
  /** The local calendar day (YYYY-MM-DD): the range ends no later than it. */
  today: string
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const formatWeek = useCallback(
    (weekStart: string, withYear: boolean) => formatCalendarDay(weekStart, language, withYear),
    [language],
  )
  const names = useMemo(
    () => ({
      application: t('journal.kind.application'),
      interview: t('journal.kind.interview'),
      offer: t('journal.kind.offer'),
    }),
    [t],
  )
  const first = weeks[0]
  const last = weeks.at(-1)
  if (!first || !last) return null
  const title = t('journalProgress.jobs.pipelineTitle')
  return (
    <section className="panel job-pipeline" aria-labelledby="job-pipeline-title">
      <h2 id="job-pipeline-title">{title}</h2>
      <p className="hint">
        {/* One week is named once, not as a range from a day to the same day. */}
        {weeks.length === 1
          ? t('journalProgress.jobs.pipelineDescriptionOneWeek', {
              from: formatCalendarDay(first.weekStart, language, true),
            })
          : t('journalProgress.jobs.pipelineDescription', {
              count: weeks.length,
              from: formatCalendarDay(first.weekStart, language, true),
              to: formatCalendarDay(weekLastDay(last.weekStart, today), language, true),
            })}
      </p>
      <div className="chart-drawing job-pipeline-chart" aria-hidden="true">
        <Suspense fallback={<p className="muted">{t('journalProgress.jobs.loadingChart')}</p>}>
          <LazyPipelineChart weeks={weeks} names={names} formatWeek={formatWeek} />
        </Suspense>
      </div>
      <details className="job-pipeline-table">
        <summary>{t('journalProgress.jobs.showTable')}</summary>
        <table className="figures">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('journalProgress.jobs.weekOf')}</th>
              <th scope="col">{names.application}</th>
              <th scope="col">{names.interview}</th>
              <th scope="col">{names.offer}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{formatCalendarDay(week.weekStart, language, true)}</th>
                <td>{formatNumber(week.application, language)}</td>
                <td>{formatNumber(week.interview, language)}</td>
                <td>{formatNumber(week.offer, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}
