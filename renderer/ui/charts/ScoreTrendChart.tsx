import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  type TooltipContentProps,
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

/** At most this many dates on the axis, evenly spread, the first and the last among them. */
const MAX_TICKS = 7
/** Room a date takes on the axis, with a gap: with its year ('Jun 16, 2025', '2025年6月16日')
 *  where the days cross years, without ('Jun 16', '6月16日') where they do not. */
const TICK_WIDTH = { withYears: 120, withoutYears: 70 }
/** The score axis' width and the right margin: what the dates do not get of the chart's width. */
const AXIS_ROOM = 72

/**
 * How many dates fit the axis at a chart `width` (px; 0 while not yet measured: the most).
 * Seven at ~420 px (1440 px windows) made recharts drop the first, the one naming the year,
 * so 'Dec 22 … Dec 9' read as one year for 2024 and 2025 (trial 18 M5).
 */
export function tickCountFor(width: number, withYears = true): number {
  if (width <= 0) return MAX_TICKS
  const room = withYears ? TICK_WIDTH.withYears : TICK_WIDTH.withoutYears
  const fit = Math.floor((width - AXIS_ROOM) / room) + 1
  return Math.min(MAX_TICKS, Math.max(2, fit))
}

/** The days the axis names: a fixed set, so each tick knows the one before it (for the year). */
export function axisTicks(points: readonly TrendPoint[], most = MAX_TICKS): string[] {
  const count = points.length
  if (count <= most) return points.map((point) => point.date)
  const picked = Array.from(
    { length: most },
    (_, at) => points[Math.round((at * (count - 1)) / (most - 1))]?.date ?? '',
  )
  return [...new Set(picked)]
}

/** The element's width as laid out, kept up to date (0 where nothing lays out, as in tests). */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      setWidth(Math.round(entry?.contentRect.width ?? 0))
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [ref])
  return width
}

const yearOf = (date: string | undefined) => date?.slice(0, 4)

/**
 * Whether the axis names a tick's year: only when the days cross years, and then on the first
 * tick and each whose year is not the tick's before (trial 18 M5: 2024-2026 read alike).
 */
export function tickHasYear(
  points: readonly TrendPoint[],
  ticks: readonly string[],
  date: string,
): boolean {
  if (yearOf(points[0]?.date) === yearOf(points.at(-1)?.date)) return false
  const at = ticks.indexOf(date)
  return at <= 0 || yearOf(ticks[at - 1]) !== yearOf(date)
}

/**
 * Up to this many days, each day's point is drawn as a dot. Beyond, the dots overlapped into a
 * thick line (267 days in 420-690 px: one every 1.5-2.5 px) and were 267 of the chart's 361
 * nodes, drawn again on every save (trial 18 H1); the step line shows the days' changes, and the
 * day the keys or the pointer reach still gets its dot (recharts' active dot).
 */
export const DOTS_MAX_DAYS = 60
const DOT = { r: 3, fill: 'var(--accent)' }

function dashOf(index: number): string {
  return DASHES[index % DASHES.length] ?? '4 4'
}

/** How many days PageUp and PageDown move by. */
export const PAGE_STEP = 10

/**
 * How many ArrowRight (positive) or ArrowLeft (negative) presses a key stands for, from the day
 * at `index` of `count`: Home and End go to the first and last day, PageDown and PageUp ten days
 * back and on (as a slider's PageUp raises its value). Null: not a key the chart moves by.
 */
export function stepsFor(key: string, index: number, count: number): number | null {
  const last = count - 1
  const clamp = (target: number) => Math.min(last, Math.max(0, target)) - index
  if (key === 'Home') return clamp(0)
  if (key === 'End') return clamp(last)
  if (key === 'PageUp') return clamp(index + PAGE_STEP)
  if (key === 'PageDown') return clamp(index - PAGE_STEP)
  return null
}

/**
 * recharts' keyboard layer knows only Left and Right, one day a press (unthrottled, so a run
 * of them lands synchronously): the other keys are sent to it as that many presses.
 */
function pressArrows(surface: Element, steps: number) {
  const key = steps > 0 ? 'ArrowRight' : 'ArrowLeft'
  for (let step = 0; step < Math.abs(steps); step += 1) {
    surface.dispatchEvent(new globalThis.KeyboardEvent('keydown', { key, bubbles: true }))
  }
}

/**
 * The tooltip's box, without recharts' default content: that one is a role=status,
 * aria-live=assertive region ('Oct 21Score : 45.3') which spoke over the polite one below on
 * every arrow press (review 23 M7). This one is for the eye only.
 */
function TooltipBox({
  active,
  payload,
  formatDate,
  scoreName,
  formatScore,
}: TooltipContentProps & {
  formatDate: (isoDate: string) => string
  scoreName: string
  formatScore: (score: number) => string
}) {
  const point = payload[0]?.payload as TrendPoint | undefined
  if (!active || !point) return null
  return (
    <div className="score-tooltip" aria-hidden="true" style={TOOLTIP_STYLE}>
      <div>{formatDate(point.date)}</div>
      <div>
        {scoreName} {formatScore(point.score)}
      </div>
    </div>
  )
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
  formatLongDate,
  formatScore,
  label,
  describe,
}: {
  points: readonly TrendPoint[]
  thresholds: readonly Threshold[]
  scoreName: string
  /** An axis tick's day; `withYear` where the year changes (trial 18: 2024-2026 read alike). */
  formatDate: (isoDate: string, withYear: boolean) => string
  /** The tooltip's day, year and all. */
  formatLongDate: (isoDate: string) => string
  formatScore: (score: number) => string
  /** The chart's accessible name (it takes focus for the arrow keys). */
  label: string
  /** One day as a sentence, said as the arrow keys reach it. */
  describe: (point: TrendPoint) => string
}) {
  const ordered = [...thresholds].sort((a, b) => b.score - a.score)
  const [focused, setFocused] = useState(false)
  const [active, setActive] = useState<TrendPoint | null>(null)
  // recharts starts on the first day; a user who focuses the chart wants today's figure first
  // (trial 18 M5: 266 presses to reach it), so the first focus moves to the last day.
  const started = useRef(false)
  const box = useRef<HTMLDivElement>(null)
  const crossesYears = yearOf(points[0]?.date) !== yearOf(points.at(-1)?.date)
  const ticks = axisTicks(points, tickCountFor(useWidth(box), crossesYears))
  const tickText = (date: string) => formatDate(date, tickHasYear(points, ticks, date))
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    const surface = event.target
    if (!(surface instanceof SVGSVGElement)) return
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      // Nothing to move to up or down: the page must not scroll the focused chart away
      // (review 23 L9: ArrowDown took the panel from 1922 to 151).
      event.preventDefault()
      return
    }
    const index = active ? points.findIndex((point) => point.date === active.date) : 0
    const steps = stepsFor(event.key, Math.max(0, index), points.length)
    if (steps === null) return
    event.preventDefault()
    event.stopPropagation()
    pressArrows(surface, steps)
  }
  return (
    <div
      ref={box}
      onKeyDownCapture={onKeyDownCapture}
      onFocus={(event) => {
        setFocused(true)
        if (!started.current && event.target instanceof SVGSVGElement) {
          started.current = true
          pressArrows(event.target, points.length - 1)
        }
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
          ticks={ticks}
          tickFormatter={tickText}
          tick={AXIS_TICK}
          stroke="var(--border)"
          // The first tick names the year: recharts' default drops from the start when crowded.
          interval="preserveStartEnd"
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
          content={(props: TooltipContentProps) => (
            <TooltipBox
              {...props}
              formatDate={formatLongDate}
              scoreName={scoreName}
              formatScore={formatScore}
            />
          )}
        />
        <Line
          // In steps: a day's score holds until the next saved day (a snapshot a day at most), and
          // a curve between them drew scores the user never had (trial 15).
          type="stepAfter"
          dataKey="score"
          name={scoreName}
          stroke="var(--accent)"
          strokeWidth={2}
          dot={points.length > DOTS_MAX_DAYS ? false : DOT}
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
