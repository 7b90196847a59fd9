import { expect, test } from '@playwright/test'

/**
 * The dashboard's next goal: its progress words ran on around the bar, "Counted at" beside it
 * and "level 2 of 3" under it ("目前" beside, "按 2 级计算，目标 3 级" under, at 720 px). They sit
 * beside the bar where they fit whole, else under it, in one block. With the sample, at the
 * widths the app opens at (1280) and its least (720), in English and Simplified Chinese.
 */
for (const [locale, sample, loaded] of [
  ['en-US', 'Load the sample', 'The sample is loaded'],
  ['zh-CN', '载入示例', '示例已载入'],
] as const) {
  for (const width of [1280, 720]) {
    test(`the goal's progress words are not split around its bar, ${locale} at ${String(width)} px`, async ({
      browser,
    }) => {
      test.setTimeout(60_000)
      const context = await browser.newContext({ locale, viewport: { width, height: 900 } })
      const page = await context.newPage()
      await page.goto('/#/dashboard')
      await page.getByRole('button', { name: sample }).click()
      await expect(page.getByText(loaded)).toBeVisible({ timeout: 20_000 })
      const words = page.getByTestId('dashboard-goal').locator('.dash-goal-progress > span')
      await expect(words).toBeVisible({ timeout: 15_000 })
      const bar = page.getByTestId('dashboard-goal').locator('.dash-goal-progress > progress')
      const layout = await words.evaluate((span) => ({
        boxes: span.getClientRects().length,
        left: span.getBoundingClientRect().left,
      }))
      // One box: beside the bar (starting past its right edge) or under it (at its left).
      expect(layout.boxes).toBe(1)
      const barBox = await bar.boundingBox()
      if (!barBox) throw new Error('the bar is drawn')
      const besideOrUnder =
        layout.left >= barBox.x + barBox.width || Math.abs(layout.left - barBox.x) < 1
      expect(besideOrUnder).toBe(true)
      await context.close()
    })
  }
}
