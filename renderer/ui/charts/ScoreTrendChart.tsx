import { useEffect, useState } from 'react'
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipDataPoints,
} from 'recharts'
import type { Threshold, TrendPoint } from './chart-data'
import { AXIS_TICK, TOOLTIP_STYLE } from './chart-style'

const SCORE_TICKS = [0, 25, 50, 75, 100]
/** A round tick this close to a threshold's (in points) would print over it: it is left out. */
const TICK_ROOM = 8
/** One dash pattern per threshold, highest first, so the key below tells the lines apart. */
const DASHES = ['8 4', '2 3', '12 3 2 3']

/** The score axis' ticks: each threshold's own score, and the round ones with room beside it. */
export function scoreTicks(thresholds: readonly Threshold[]): number[] {
  const scores = thresholds.map((threshold) => threshold.score)
  const round = SCORE_TICKS.filter((tick) =>
    scores.every((score) => Math.abs(score - tick) >= TICK_ROOM || score === tick),
  )
  return [...new Set([...round, ...scores])].sort((a, b) => a - b)
}

function dashOf(index: number): string {
  return DASHES[index % DASHES.length] ?? '4 4'
}

/** Tells the chart which day is active (by the arrow keys or the pointer); draws nothing. */
function ActivePoint({ onChange }: { onChange: (point: TrendPoint | null) => void }) {
  const point = useActiveTooltipDataPoints<TrendPoint>()?.[0] ?? null
  useEffect(() => {
    onChange(point)
  }, [point, onChange])
  return null
}

/**
 * The premium score by day, on a 0-100 scale with each tier's threshold drawn as a dashed line,
 * as a step line: the score is what the last saved day made it, never between two days'.
 * The tiers' names are in a key under the plot, each beside its line's dash, and the score axis
 * has a tick at each threshold: a name drawn on its line sat over the points near it (trial
 * 15), wherever on the line it went once the series was dense.
 *
 * The chart is one Tab stop (recharts' keyboard layer): Left and Right move between the days,
 * and while it has focus a polite live region says the day reached, as the market chart does
 * (39e832d); trial 15 tabbed through ~36 stops on the Skills screen and none was the chart,
 * which was hidden from assistive technology. Loaded on demand (lazy-charts.ts).
 */
export function ScoreTrendChart({
  points,
  thresholds,
  scoreName,
  formatDate,
  label,
  describe,
}: {
  points: readonly TrendPoint[]
  thresholds: readonly Threshold[]
  scoreName: string
  formatDate: (isoDate: string) => string
  /** The chart's accessible name (it takes focus for the arrow keys). */
  label: string
  /** One day as a sentence, said as the arrow keys reach it. */
  describe: (point: TrendPoint) => string
}) {
  const ordered = [...thresholds].sort((a, b) => b.score - a.score)
  const [focused, setFocused] = useState(false)
  const [active, setActive] = useState<TrendPoint | null>(null)
  return (
    <div
      onFocus={() => {
        setFocused(true)
      }}
      onBlur={() => {
        setFocused(false)
      }}
    >
      <LineChart
        data={[...points]}
        responsive
        style={{ width: '100%', height: 220 }}
        // Room on the right for half the last date's label: 24 px cut "12月15日" (new-user trial 17).
        margin={{ top: 12, right: 36, bottom: 4, left: 0 }}
        aria-label={label}
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
          ticks={scoreTicks(thresholds)}
          // Every tick, the thresholds' above all: scoreTicks keeps them apart already.
          interval={0}
          width={36}
          tick={AXIS_TICK}
          stroke="var(--border)"
        />
        {ordered.map((threshold, index) => (
          <ReferenceLine
            key={threshold.tier}
            y={threshold.score}
            stroke="var(--muted)"
            strokeDasharray={dashOf(index)}
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
        <ActivePoint onChange={setActive} />
      </LineChart>
      <p className="visually-hidden" role="status" data-testid="score-chart-status">
        {focused && active ? describe(active) : ''}
      </p>
      {/* The figure's description names the thresholds already: the key is for the eye. */}
      <ul className="chart-thresholds" aria-hidden="true">
        {ordered.map((threshold, index) => (
          <li key={threshold.tier}>
            <svg width="28" height="8" aria-hidden="true" focusable="false">
              <line x1="0" y1="4" x2="28" y2="4" strokeDasharray={dashOf(index)} />
            </svg>
            {threshold.text}
          </li>
        ))}
      </ul>
    </div>
  )
}
