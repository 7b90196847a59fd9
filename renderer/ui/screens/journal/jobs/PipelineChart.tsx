import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import type { PipelineWeek } from '../../../../data/job-search'
import { ChartLegend } from '../../../charts/ChartLegend'
import { AXIS_TICK, TOOLTIP_STYLE } from '../../../charts/chart-style'

export interface PipelineNames {
  application: string
  interview: string
  offer: string
}

const MARGIN = { top: 8, right: 16, bottom: 4, left: 0 }
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
  formatWeek: (weekStart: string) => string
}) {
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
        tickFormatter={formatWeek}
        tick={AXIS_TICK}
        stroke="var(--border)"
        minTickGap={12}
      />
      <YAxis allowDecimals={false} width={32} tick={AXIS_TICK} stroke="var(--border)" />
      <Tooltip
        contentStyle={TOOLTIP_STYLE}
        cursor={CURSOR}
        labelFormatter={(label) => (typeof label === 'string' ? formatWeek(label) : '')}
      />
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
