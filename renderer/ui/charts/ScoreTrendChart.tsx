import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import type { Threshold, TrendPoint } from './chart-data'
import { AXIS_TICK, TOOLTIP_STYLE } from './chart-style'

const SCORE_TICKS = [0, 25, 50, 75, 100]

/**
 * The premium score by day, on a 0-100 scale with each tier's threshold drawn as a dashed line,
 * as a step line: the score is what the last saved day made it, never between two days'.
 * Loaded on demand (lazy-charts.ts).
 */
export function ScoreTrendChart({
  points,
  thresholds,
  scoreName,
  formatDate,
}: {
  points: readonly TrendPoint[]
  thresholds: readonly Threshold[]
  scoreName: string
  formatDate: (isoDate: string) => string
}) {
  return (
    <LineChart
      data={[...points]}
      responsive
      style={{ width: '100%', height: 220 }}
      // Room on the right for half the last date's label: 24 px cut "12月15日" (new-user trial 17).
      margin={{ top: 12, right: 36, bottom: 4, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis
        dataKey="date"
        tickFormatter={formatDate}
        tick={AXIS_TICK}
        stroke="var(--border)"
        minTickGap={16}
      />
      <YAxis
        domain={[0, 100]}
        ticks={SCORE_TICKS}
        width={36}
        tick={AXIS_TICK}
        stroke="var(--border)"
      />
      {thresholds.map((threshold) => (
        <ReferenceLine
          key={threshold.tier}
          y={threshold.score}
          stroke="var(--muted)"
          strokeDasharray="4 4"
          label={{
            value: threshold.label,
            position: 'insideTopLeft',
            fill: 'var(--muted)',
            fontSize: 12,
            // A halo in the panel's colour keeps the name legible where the line crosses it.
            stroke: 'var(--surface)',
            strokeWidth: 4,
            paintOrder: 'stroke',
          }}
        />
      ))}
      <Tooltip
        contentStyle={TOOLTIP_STYLE}
        labelFormatter={(label) => (typeof label === 'string' ? formatDate(label) : '')}
      />
      <Line
        // In steps: a day's score holds until the next saved day (a snapshot a day at most), and
        // a curve between them drew scores the user never had (trial 15).
        type="stepAfter"
        dataKey="score"
        name={scoreName}
        stroke="var(--accent)"
        strokeWidth={2}
        dot={{ r: 3, fill: 'var(--accent)' }}
        isAnimationActive={false}
      />
    </LineChart>
  )
}
