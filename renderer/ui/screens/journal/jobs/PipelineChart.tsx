import { useMemo } from 'react'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import type { PipelineWeek } from '../../../../data/job-search'
import { ChartLegend } from '../../../charts/ChartLegend'
import { AXIS_TICK, TOOLTIP_STYLE } from '../../../charts/chart-style'
import { weekTickHasYear, weekTicks, weeksCrossYears } from './week-ticks'

export interface PipelineNames {
  application: string
  interview: string
  offer: string
}

// Room either side for the first and last ticks, centred on the edge weeks: with its year the
// first ("2024年1月1日") lost its first digit at the left edge, the last its day at the right.
const MARGIN = { top: 8, right: 32, bottom: 4, left: 16 }
const LEGEND_STYLE = { color: 'var(--text)', fontSize: 13 }
const CURSOR = { fill: 'var(--border)', opacity: 0.4 }

/**
 * Applications, interviews and offers a week, side by side, each series in its colour from
 * job-search.css (both themes). Loaded on demand (lazy-pipeline-chart.ts).
 */
export function PipelineChart({
  weeks,
  names,
  formatWeek,
}: {
  weeks: readonly PipelineWeek[]
  names: PipelineNames
  /** A week's Monday as the axis and tooltip say it, with its year when asked. */
  formatWeek: (weekStart: string, withYear: boolean) => string
}) {
  // Kept between renders: recharts takes new props as new settings, and draws again.
  const axis = useMemo(() => {
    const starts = weeks.map((week) => week.weekStart)
    const ticks = weekTicks(starts)
    // Over years, the tooltip says each week's year; the axis says it where it changes.
    const crossYears = weeksCrossYears(starts)
    return {
      ticks,
      tickText: (weekStart: string) =>
        formatWeek(weekStart, weekTickHasYear(starts, ticks, weekStart)),
      label: (label: unknown) => (typeof label === 'string' ? formatWeek(label, crossYears) : ''),
    }
  }, [weeks, formatWeek])
  return (
    <BarChart
      data={[...weeks]}
      responsive
      style={{ width: '100%', height: 240 }}
      margin={MARGIN}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis
        dataKey="weekStart"
        ticks={axis.ticks}
        // Every tick: dropping the first would drop the year it names.
        interval={0}
        tickFormatter={axis.tickText}
        tick={AXIS_TICK}
        stroke="var(--border)"
      />
      <YAxis allowDecimals={false} width={32} tick={AXIS_TICK} stroke="var(--border)" />
      <Tooltip contentStyle={TOOLTIP_STYLE} cursor={CURSOR} labelFormatter={axis.label} />
      {/* By key (application, interview, offer: the pipeline order), not by the translated name. */}
      <Legend wrapperStyle={LEGEND_STYLE} itemSorter="dataKey" content={ChartLegend} />
      <Bar
        dataKey="application"
        name={names.application}
        fill="var(--pipeline-application)"
        isAnimationActive={false}
      />
      <Bar
        dataKey="interview"
        name={names.interview}
        fill="var(--pipeline-interview)"
        isAnimationActive={false}
      />
      <Bar
        dataKey="offer"
        name={names.offer}
        fill="var(--pipeline-offer)"
        isAnimationActive={false}
      />
    </BarChart>
  )
}
