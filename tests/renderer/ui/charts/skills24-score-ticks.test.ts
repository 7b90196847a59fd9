import { describe, expect, it } from 'vitest'
import {
  axisTicks,
  tickCountFor,
  tickHasYear,
} from '../../../../renderer/ui/charts/ScoreTrendChart'
import type { TrendPoint } from '../../../../renderer/ui/charts/chart-data'

/**
 * Trial 18 M5, seen again at 1440 px with 267 days from 2024: seven dates in a ~420 px chart,
 * recharts dropped the first (the one naming the year), and 'Dec 22 … Dec 9 … Nov 30' read as
 * one year. The axis now names as many dates as fit the chart's width, the year among them.
 */
const DAYS: TrendPoint[] = Array.from({ length: 267 }, (_, day) => ({
  date: new Date(Date.UTC(2024, 0, 1 + day * 4)).toISOString().slice(0, 10),
  score: 50,
  tier: 'premium',
}))

describe('the score axis’ dates by the chart’s width', () => {
  it('names fewer dates where fewer fit: 2 at 261 px, 3 at 417, 6 at 692, 7 at 876', () => {
    expect([261, 417, 692, 876].map((width) => tickCountFor(width))).toEqual([2, 3, 6, 7])
    // Not measured yet (or no layout, as in tests): as many as ever.
    expect(tickCountFor(0)).toBe(7)
    // Days within one year name no year: shorter dates, more of them (the sample's 4 at 1280 px).
    expect([261, 370, 417].map((width) => tickCountFor(width, false))).toEqual([3, 5, 5])
  })

  it('at 417 px, each of the three dates it names carries its year', () => {
    const ticks = axisTicks(DAYS, tickCountFor(417))
    expect(ticks).toEqual(['2024-01-01', '2025-06-16', '2026-11-30'])
    expect(ticks.every((tick) => tickHasYear(DAYS, ticks, tick))).toBe(true)
  })
})
