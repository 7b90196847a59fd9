// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { PipelineChart } from '../../../../renderer/ui/screens/journal/jobs/PipelineChart'
import { formatCalendarDay } from '../../../../renderer/ui/screens/journal/jobs/job-format'

// Session 23's walk, 2,500 entries over three years: the weekly chart's axis read
// "3月4日 … 12月2日 3月10日 … 12月28日", no year anywhere, as the score chart did before 3f74944.
// The axis now names the year on its first tick and on each where the year changes.

beforeAll(() => {
  // happy-dom lays nothing out: give the responsive chart a size to draw in.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 800 })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 240 })
  HTMLElement.prototype.getBoundingClientRect = () =>
    ({ width: 800, height: 240, top: 0, left: 0, right: 800, bottom: 240, x: 0, y: 0 }) as DOMRect
})
afterEach(cleanup)

/** Every Monday from `first` for `count` weeks, one application each. */
function weeks(first: string, count: number) {
  const start = Date.parse(`${first}T00:00:00Z`)
  return Array.from({ length: count }, (_, at) => ({
    weekStart: new Date(start + at * 7 * 86_400_000).toISOString().slice(0, 10),
    application: 1,
    interview: 0,
    offer: 0,
  }))
}

/** The axis's tick texts without spaces (recharts draws each word in a tspan of its own), the chart drawn as PipelineFigure draws it (with its day format). */
async function axisTicks(
  data: ReturnType<typeof weeks>,
  language: 'en' | 'zh-CN',
): Promise<string[]> {
  const { container } = render(
    <PipelineChart
      weeks={data}
      names={{ application: 'Applications', interview: 'Interviews', offer: 'Offers' }}
      formatWeek={(weekStart, withYear) => formatCalendarDay(weekStart, language, withYear)}
    />,
  )
  return waitFor(() => {
    const ticks = [
      ...container.querySelectorAll(
        '.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value',
      ),
    ].map((tick) => tick.textContent.replace(/\s/g, ''))
    expect(ticks.length).toBeGreaterThan(1)
    return ticks
  })
}

describe('the weekly chart’s axis', () => {
  it(
    'names the year where it changes when the weeks cross years',
    { timeout: 20_000 },
    async () => {
      // 157 weeks from Monday 1 January 2024 to Monday 22 December 2026.
      const ticks = await axisTicks(weeks('2024-01-01', 157), 'zh-CN')
      expect(ticks[0]).toBe('2024年1月1日')
      expect(ticks.filter((tick) => /年/.test(tick)).map((tick) => tick.slice(0, 4))).toEqual([
        '2024',
        '2025',
        '2026',
      ])
      const english = await axisTicks(weeks('2024-01-01', 157), 'en')
      expect(english[0]).toBe('Jan1,2024')
      expect(english.filter((tick) => /\d{4}$/.test(tick))).toHaveLength(3)
    },
  )

  it('gives no tick a year when the weeks are in one', async () => {
    const ticks = await axisTicks(weeks('2026-01-05', 40), 'en')
    expect(ticks[0]).toBe('Jan5')
    expect(ticks.some((tick) => /\d{4}/.test(tick))).toBe(false)
  })
})
