import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipDataPoints,
  type TooltipContentProps,
} from 'recharts'
import type { UiLanguage } from '../i18n/i18n'
import { AXIS_TICK } from './chart-style'
import type { MarketChartData, MarketRow, MarketRowKind } from './market-chart-data'
import { marketRowText } from './market-row-text'

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
 * The arrow keys as a reader expects them on bars listed top to bottom: Down or Right to the
 * next, Up or Left to the one before. Recharts moves forward on ArrowLeft in a vertical layout
 * (it counts "top-to-bottom" as a reversed direction), so Right and Down did nothing on the
 * first bar; the key it is given is swapped for the one that moves that way.
 */
const RECHARTS_KEY: Partial<Record<string, string>> = {
  ArrowDown: 'ArrowLeft',
  ArrowRight: 'ArrowLeft',
  ArrowUp: 'ArrowRight',
  ArrowLeft: 'ArrowRight',
}
const swappedKeys = new WeakSet<Event>()

function moveLikeTheList(event: KeyboardEvent<HTMLDivElement>) {
  const key = RECHARTS_KEY[event.key]
  const surface = event.target
  if (!key || swappedKeys.has(event.nativeEvent) || !(surface instanceof SVGSVGElement)) return
  event.preventDefault()
  event.stopPropagation()
  const swapped = new globalThis.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  swappedKeys.add(swapped)
  surface.dispatchEvent(swapped)
}

/** Tells the chart which bar is active (by the arrow keys or the pointer); draws nothing. */
function ActiveRow({ onChange }: { onChange: (row: MarketRow | null) => void }) {
  const row = useActiveTooltipDataPoints<MarketRow>()?.[0] ?? null
  useEffect(() => {
    onChange(row)
  }, [row, onChange])
  return null
}

/**
 * The user's pay (current job, offers) against the article's figures, as horizontal ranges on
 * one yuan-a-year axis, with the band the user's tier can reach shaded. Hovering a bar, or
 * focusing the chart and moving with the arrow keys, shows its figure and, for the article's,
 * the line and the quote. While the chart has focus, a polite live region says the bar the
 * arrow keys reached (trial 14: they moved the tooltip and announced nothing). Loaded on demand
 * (lazy-market-chart.ts).
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
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const [focused, setFocused] = useState(false)
  const [active, setActive] = useState<MarketRow | null>(null)
  return (
    <div
      onKeyDownCapture={moveLikeTheList}
      onFocus={() => {
        setFocused(true)
      }}
      onBlur={() => {
        setFocused(false)
      }}
    >
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
        <ActiveRow onChange={setActive} />
      </BarChart>
      <p className="visually-hidden" role="status" data-testid="market-chart-status">
        {focused && active ? marketRowText(active, t, language) : ''}
      </p>
    </div>
  )
}
