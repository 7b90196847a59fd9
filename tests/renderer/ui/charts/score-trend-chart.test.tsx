// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  ScoreTrendChart,
  axisTicks,
  tickHasYear,
} from '../../../../renderer/ui/charts/ScoreTrendChart'
import type { Threshold, TrendPoint } from '../../../../renderer/ui/charts/chart-data'

/**
 * The score trend chart (Skills › assessment), trial 15: a smooth curve between the days'
 * scores drew values the score never had (it changes in steps, a snapshot a day at most); a
 * tier's name drawn on its threshold line sat over a point.
 */
beforeAll(() => {
  // happy-dom lays nothing out: give the responsive chart a size to draw in.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 220 })
  HTMLElement.prototype.getBoundingClientRect = () =>
    ({ width: 600, height: 220, top: 0, left: 0, right: 600, bottom: 220, x: 0, y: 0 }) as DOMRect
})
afterEach(cleanup)

const THRESHOLDS: Threshold[] = [
  { tier: 'core', label: 'Core talent', score: 85, text: 'Core talent at 85' },
  { tier: 'premium', label: 'Premium (≈1M+)', score: 50, text: 'Premium (≈1M+) at 50' },
]

/** The sample's four days: 15, 48, 57, 61. */
const SAMPLE: TrendPoint[] = [
  { date: '2026-10-07', score: 15, tier: 'emerging' },
  { date: '2026-10-21', score: 48, tier: 'mid' },
  { date: '2026-11-11', score: 57, tier: 'premium' },
  { date: '2026-12-02', score: 61, tier: 'premium' },
]

/** Two months of days, the score crossing both thresholds back and forth. */
const DENSE: TrendPoint[] = Array.from({ length: 60 }, (_, day) => ({
  date: new Date(Date.UTC(2026, 9, 1 + day)).toISOString().slice(0, 10),
  score: 45 + ((day * 7) % 45),
  tier: 'premium',
}))

function renderChart(points: readonly TrendPoint[]) {
  return render(
    <ScoreTrendChart
      points={points}
      thresholds={THRESHOLDS}
      scoreName="Score"
      formatDate={(date, withYear) => (withYear ? date : date.slice(5))}
      formatLongDate={(date) => date}
      formatScore={String}
      label="Chart"
      describe={(point) => point.date}
    />,
  )
}

/** The drawn line's corners, from its path ("M1,2L3,4…"). */
async function lineCorners(container: HTMLElement): Promise<{ x: number; y: number }[]> {
  const d = await waitFor(() => {
    const path = container.querySelector('path.recharts-line-curve')?.getAttribute('d')
    if (!path) throw new Error('the line is drawn')
    return path
  })
  expect(d).not.toMatch(/[CQSAT]/i)
  return [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((match) => ({
    x: Number(match[1]),
    y: Number(match[2]),
  }))
}

describe('the score trend chart', () => {
  it('draws the score in steps: level until the next day, then straight up or down', async () => {
    const corners = await lineCorners(renderChart(SAMPLE).container)
    // Two corners a step: one where the day's score is drawn, one where the next begins.
    expect(corners.length).toBe(SAMPLE.length * 2 - 1)
    for (let index = 1; index < corners.length; index++) {
      const from = corners[index - 1]
      const to = corners[index]
      if (!from || !to) throw new Error('a corner')
      const level = Math.abs(from.y - to.y) < 0.01
      const upright = Math.abs(from.x - to.x) < 0.01
      expect(level || upright).toBe(true)
    }
  })

  for (const [name, points] of [
    ['the sample', SAMPLE],
    ['a dense series', DENSE],
  ] as const) {
    it(`names the tiers beside the plot, never over its points (${name})`, async () => {
      const { container } = renderChart(points)
      await lineCorners(container)
      // Nothing the plot draws names a tier: the names are in the key under it.
      const drawn = [...container.querySelectorAll('svg text')].map((text) => text.textContent)
      for (const threshold of THRESHOLDS) {
        expect(drawn.join(' ')).not.toContain(threshold.label)
      }
      const key = [...container.querySelectorAll('.chart-thresholds li')]
      expect(key.map((item) => item.textContent)).toEqual([
        'Core talent at 85',
        'Premium (≈1M+) at 50',
      ])
      // Each line's dash is in the key beside its name, and the score axis marks its score.
      const lines = [...container.querySelectorAll('.recharts-reference-line line')]
      expect(lines.map((line) => line.getAttribute('stroke-dasharray'))).toEqual(
        key.map((item) => item.querySelector('line')?.getAttribute('stroke-dasharray')),
      )
      expect(new Set(lines.map((line) => line.getAttribute('stroke-dasharray'))).size).toBe(2)
      expect(drawn).toEqual(expect.arrayContaining(['85', '50']))
    })
  }

  it('names the year on the ticks where it changes, when the days cross years (trial 18 M5)', () => {
    // Every 40 days from Jan 2024 to late 2026: ticks read 'Jan 1 … Mar 4 … Jan 18' before.
    const acrossYears: TrendPoint[] = Array.from({ length: 27 }, (_, at) => ({
      date: new Date(Date.UTC(2024, 0, 1 + at * 40)).toISOString().slice(0, 10),
      score: 50,
      tier: 'premium',
    }))
    const ticks = axisTicks(acrossYears)
    expect(ticks[0]).toBe('2024-01-01')
    expect(ticks.at(-1)).toBe(acrossYears.at(-1)?.date)
    const withYears = ticks.filter((tick) => tickHasYear(acrossYears, ticks, tick))
    expect(withYears.map((tick) => tick.slice(0, 4))).toEqual(['2024', '2025', '2026'])
  })

  it('gives no tick a year when all the days are in one', () => {
    const ticks = axisTicks(DENSE)
    expect(ticks.some((tick) => tickHasYear(DENSE, ticks, tick))).toBe(false)
  })
})
