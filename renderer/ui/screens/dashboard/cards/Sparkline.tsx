import type { SkillSnapshot } from '../../../../data/records'
import { daysBetween } from '../calendar'

const WIDTH = 240
const HEIGHT = 56
const PAD = 4

/**
 * The score over time as a small line (a figure, not a chart: the numbers are in its label and
 * beside it). Days are spaced as they fell; the vertical scale fits the scores shown.
 */
export function Sparkline({ points, label }: { points: readonly SkillSnapshot[]; label: string }) {
  const first = points[0]
  const last = points.at(-1)
  if (!first || !last || points.length < 2) return null
  const span = Math.max(1, daysBetween(first.date, last.date))
  const scores = points.map((point) => point.score)
  const low = Math.min(...scores)
  const high = Math.max(...scores)
  const range = Math.max(1, high - low)
  const coordinates = points.map((point) => ({
    x: PAD + ((WIDTH - 2 * PAD) * daysBetween(first.date, point.date)) / span,
    y: PAD + (HEIGHT - 2 * PAD) * (1 - (point.score - low) / range),
  }))
  const end = coordinates.at(-1) ?? { x: 0, y: 0 }
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
      role="img"
      aria-label={label}
    >
      <polyline
        points={coordinates.map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}
        fill="none"
        vectorEffect="non-scaling-stroke"
      />
      <circle cx={end.x} cy={end.y} r={3} />
    </svg>
  )
}
