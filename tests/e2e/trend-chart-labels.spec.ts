import { expect, test } from '@playwright/test'

/**
 * The score trend's date labels lie inside the chart: the last one, centred on the last point,
 * was cut at the right edge ("12月15日", new-user trial 17). On the 15th, in zh-CN and en, with the
 * sample (its snapshots end on the day it is loaded), at the Skills screen's width.
 */
for (const [locale, sample, loaded, trend] of [
  ['zh-CN', '载入示例', '示例已载入', '溢价分走势'],
  ['en-US', 'Load the sample', 'The sample is loaded', 'Your score over time'],
] as const) {
  test(`the trend's last date label is not cut, ${locale}`, async ({ browser }) => {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.clock.setFixedTime(new Date('2026-12-15T10:00:00'))
    await page.goto('/#/dashboard')
    await page.getByRole('button', { name: sample }).click()
    await expect(page.getByText(loaded)).toBeVisible({ timeout: 20_000 })
    await page.goto('/#/skills')
    const chart = page.getByRole('figure', { name: trend }).locator('svg.recharts-surface').first()
    await expect(chart).toBeAttached({ timeout: 15_000 })
    const ticks = chart.locator('.recharts-cartesian-axis-tick-value')
    await expect(ticks.filter({ hasText: locale === 'zh-CN' ? '12月15日' : 'Dec 15' })).toHaveCount(
      1,
    )
    // Where each label ends in the drawing's own units: its anchor (the middle) plus half its
    // advance width, against the drawing's width (a bounding box stops at the clip).
    const overflow = await chart.evaluate((svg) => {
      const width = svg.getBoundingClientRect().width
      const ends = [...svg.querySelectorAll<SVGTextElement>('.recharts-cartesian-axis-tick-value')]
        .filter((tick) => tick.getAttribute('text-anchor') === 'middle')
        .map((tick) => Number(tick.getAttribute('x')) + tick.getComputedTextLength() / 2)
      return Math.max(...ends) - width
    })
    // With room for the last glyph's ink: a label ending at the very edge lost its last stroke.
    expect(overflow).toBeLessThanOrEqual(-2)
    await context.close()
  })
}
