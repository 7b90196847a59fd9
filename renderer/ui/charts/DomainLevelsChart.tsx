import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import type { DomainLevelRow } from './chart-data'
import { TOOLTIP_STYLE, AXIS_TICK } from './chart-style'

const ROW_HEIGHT = 30
const LEVEL_TICKS = [0, 1, 2, 3, 4]

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
  return (
    <BarChart
      data={[...rows]}
      layout="vertical"
      responsive
      style={{ width: '100%', height: rows.length * ROW_HEIGHT + 70 }}
      margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
      barGap={1}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="var(--border)" />
      <XAxis
        type="number"
        domain={[0, 4]}
        ticks={LEVEL_TICKS}
        allowDecimals={false}
        tick={AXIS_TICK}
        stroke="var(--border)"
      />
      <YAxis
        type="category"
        dataKey="label"
        width={132}
        interval={0}
        tick={AXIS_TICK}
        stroke="var(--border)"
      />
      <Tooltip contentStyle={TOOLTIP_STYLE} cursor={{ fill: 'var(--nav-current)' }} />
      <Legend itemSorter={null} wrapperStyle={{ color: 'var(--text)' }} />
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
