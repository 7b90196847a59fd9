import { useCallback, useMemo } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Text,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts'
import { ChartLegend } from './ChartLegend'
import type { DomainLevelRow } from './chart-data'
import { TOOLTIP_STYLE, AXIS_TICK } from './chart-style'

const ROW_HEIGHT = 30
/** The names' column: two lines of 12 px text fit a row; a longer name ends in "…". */
const NAME_WIDTH = 164
const NAME_LINES = 2
const LEVEL_TICKS = [0, 1, 2, 3, 4]
// Props recharts compares by identity: a new object at each redraw makes it store and
// recompute its whole layout again, so they are made once here.
const MARGIN = { top: 4, right: 12, bottom: 4, left: 4 }
const LEVEL_DOMAIN = [0, 4]
const CURSOR = { fill: 'var(--nav-current)' }
const LEGEND_STYLE = { color: 'var(--text)' }

/**
 * Claimed against counted level for every domain, as horizontal bars (the names read in full).
 * Colours come from the page's CSS variables, so the chart follows the light or dark theme.
 * Loaded on demand (lazy-charts.ts): nothing of recharts is in a screen's first download.
 */
export function DomainLevelsChart({
  rows,
  claimedName,
  countedName,
}: {
  rows: readonly DomainLevelRow[]
  claimedName: string
  countedName: string
}) {
  const height = rows.length * ROW_HEIGHT + 70
  const style = useMemo(() => ({ width: '100%', height }), [height])
  const data = useMemo(() => [...rows], [rows])
  const titles = useMemo(() => new Map(rows.map((row) => [row.label, row.title])), [rows])
  // Each name with its full form in a tooltip, as the skill form writes it ("AI 产品经理 · B").
  const tick = useCallback(
    ({ payload, x, y, width, textAnchor, verticalAnchor }: YAxisTickContentProps) => {
      const label = String(payload.value)
      return (
        <g className="domain-tick">
          <title>{titles.get(label) ?? label}</title>
          <Text
            x={x}
            y={y}
            {...(width === undefined ? {} : { width })}
            textAnchor={textAnchor}
            verticalAnchor={verticalAnchor}
            fill={AXIS_TICK.fill}
            fontSize={AXIS_TICK.fontSize}
            maxLines={NAME_LINES}
          >
            {label}
          </Text>
        </g>
      )
    },
    [titles],
  )
  return (
    <BarChart
      data={data}
      layout="vertical"
      responsive
      style={style}
      margin={MARGIN}
      barGap={1}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="var(--border)" />
      <XAxis
        type="number"
        domain={LEVEL_DOMAIN}
        ticks={LEVEL_TICKS}
        allowDecimals={false}
        tick={AXIS_TICK}
        stroke="var(--border)"
      />
      <YAxis
        type="category"
        dataKey="label"
        width={NAME_WIDTH}
        interval={0}
        tick={tick}
        stroke="var(--border)"
      />
      <Tooltip contentStyle={TOOLTIP_STYLE} cursor={CURSOR} />
      <Legend itemSorter={null} wrapperStyle={LEGEND_STYLE} content={ChartLegend} />
      <Bar
        dataKey="claimed"
        name={claimedName}
        fill="var(--muted)"
        fillOpacity={0.45}
        isAnimationActive={false}
      />
      <Bar dataKey="counted" name={countedName} fill="var(--accent)" isAnimationActive={false} />
    </BarChart>
  )
}
