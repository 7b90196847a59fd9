import type { ReactNode } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts'
import { AXIS_TICK } from './chart-style'
import type { MarketChartData, MarketRow, MarketRowKind } from './market-chart-data'

const ROW_HEIGHT = 34
const BAR_HEIGHT = 14
/** A range narrower than this (one figure, or nearly) is drawn as a diamond. */
const POINT_WIDTH = 4

/** Colours by what the bar is; the variables are set on the chart's container for both themes. */
const FILL: Record<MarketRowKind, string> = {
  current: 'var(--market-current, var(--muted))',
  offer: 'var(--market-offer, var(--accent))',
  reference: 'var(--market-reference, var(--muted))',
}

interface ShapeProps {
  x?: number
  y?: number
  width?: number
  height?: number
  payload?: MarketRow
}

/** A floating bar from low to high, or a diamond where the figure is a single amount. */
function RangeShape({ x = 0, y = 0, width = 0, height = 0, payload }: ShapeProps) {
  const fill = FILL[payload?.kind ?? 'reference']
  const middle = y + height / 2
  if (width < POINT_WIDTH) {
    const cx = x + width / 2
    const r = BAR_HEIGHT / 2 + 1
    return (
      <path
        d={`M${String(cx)} ${String(middle - r)}L${String(cx + r)} ${String(middle)}L${String(cx)} ${String(middle + r)}L${String(cx - r)} ${String(middle)}Z`}
        fill={fill}
      />
    )
  }
  return (
    <rect x={x} y={middle - BAR_HEIGHT / 2} width={width} height={BAR_HEIGHT} rx={3} fill={fill} />
  )
}

/**
 * The user's pay (current job, offers) against the article's figures, as horizontal ranges on
 * one yuan-a-year axis, with the band the user's tier can reach shaded. Hovering a bar, or
 * focusing the chart and moving with the arrow keys, shows its figure and, for the article's,
 * the line and the quote. Loaded on demand (lazy-market-chart.ts).
 */
export function MarketChart({
  data,
  formatAxis,
  tooltip,
  label,
}: {
  data: MarketChartData
  formatAxis: (yuan: number) => string
  /** What the tooltip says about one bar. */
  tooltip: (row: MarketRow) => ReactNode
  /** The chart's accessible name (it takes focus for the arrow keys). */
  label: string
}) {
  const Content = ({ active, payload }: TooltipContentProps) => {
    const row = payload[0]?.payload as MarketRow | undefined
    if (!active || !row) return null
    return <div className="market-tooltip">{tooltip(row)}</div>
  }
  return (
    <BarChart
      data={data.rows}
      layout="vertical"
      responsive
      style={{ width: '100%', height: data.rows.length * ROW_HEIGHT + 56 }}
      margin={{ top: 22, right: 20, bottom: 4, left: 4 }}
      aria-label={label}
    >
      <CartesianGrid horizontal={false} stroke="var(--border)" />
      {data.band ? (
        <ReferenceArea
          x1={data.band.low}
          x2={data.band.high}
          fill="var(--accent)"
          fillOpacity={0.14}
          stroke="var(--accent)"
          strokeOpacity={0.4}
          strokeDasharray="3 3"
          label={{
            value: data.band.label,
            position: 'top',
            fill: 'var(--text)',
            fontSize: 12,
          }}
        />
      ) : null}
      <XAxis
        type="number"
        domain={[0, data.axisMax]}
        ticks={data.ticks}
        tickFormatter={formatAxis}
        tick={AXIS_TICK}
        stroke="var(--border)"
      />
      <YAxis
        type="category"
        dataKey="label"
        width={210}
        interval={0}
        tick={AXIS_TICK}
        stroke="var(--border)"
      />
      <Tooltip content={Content} cursor={{ fill: 'var(--nav-current)' }} />
      <Bar dataKey="extent" shape={RangeShape} isAnimationActive={false} />
    </BarChart>
  )
}
