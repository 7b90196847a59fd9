// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DOTS_MAX_DAYS, ScoreTrendChart } from '../../../../renderer/ui/charts/ScoreTrendChart'
import type { TrendPoint } from '../../../../renderer/ui/charts/chart-data'

/**
 * Trial 18 H1: a long-time user's 267 days drew 267 dots, overlapping into a thick line, 267 of
 * the chart's 361 nodes, drawn again on every save. A dense series is drawn as the step line
 * alone; a short one keeps a dot a day.
 */
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 220 })
  HTMLElement.prototype.getBoundingClientRect = () =>
    ({ width: 600, height: 220, top: 0, left: 0, right: 600, bottom: 220, x: 0, y: 0 }) as DOMRect
})
afterEach(cleanup)

function days(count: number): TrendPoint[] {
  return Array.from({ length: count }, (_, day) => ({
    date: new Date(Date.UTC(2024, 2, 1 + day * 3)).toISOString().slice(0, 10),
    score: 20 + (day % 60),
    tier: 'premium',
  }))
}

async function drawn(points: readonly TrendPoint[]) {
  const { container } = render(
    <ScoreTrendChart
      points={points}
      thresholds={[{ tier: 'premium', label: 'Premium', score: 50, text: 'Premium at 50' }]}
      scoreName="Score"
      formatDate={(date) => date}
      formatLongDate={(date) => date}
      formatScore={String}
      label="Chart"
      describe={(point) => point.date}
    />,
  )
  await waitFor(() => {
    if (!container.querySelector('path.recharts-line-curve')) throw new Error('the line is drawn')
  })
  return {
    dots: container.querySelectorAll('.recharts-line-dot').length,
    nodes: container.querySelectorAll('svg *').length,
  }
}

describe('the score chart’s dots', () => {
  it('draws a dot a day up to the limit', async () => {
    expect((await drawn(days(DOTS_MAX_DAYS))).dots).toBe(DOTS_MAX_DAYS)
  })

  it('draws none for 267 days: the line alone, in far fewer nodes', async () => {
    const long = await drawn(days(267))
    expect(long.dots).toBe(0)
    expect(long.nodes).toBeLessThan(150)
  }, 30_000)
})
