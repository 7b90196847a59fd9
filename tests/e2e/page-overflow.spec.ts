import { expect, test } from '@playwright/test'

/**
 * The app scrolls inside #root; the page itself never does. Visually hidden text (the offer
 * form's amount labels, `.visually-hidden`, absolutely positioned) took the viewport as its
 * containing block and sat where it would be in #root's scrolled content, so the offer page's
 * document grew to 2,063 px in an 860 px window, and a programmatic scroll (a focus, a find)
 * moved the whole window, banners and all, over half a blank screen (new-user trial 15).
 */
test('no screen makes the page itself taller than the window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 })
  await page.goto('/#/dashboard')
  await page.getByRole('button', { name: 'Load the sample' }).click()
  await expect(page.getByText('The sample is loaded')).toBeVisible({ timeout: 20_000 })
  for (const screen of ['offers/sample-o-ev-maker', 'offers', 'skills', 'journal', 'rules']) {
    await page.goto(`/#/${screen}`)
    await expect(page.locator('main h1')).toBeVisible()
    // The screens draw their records after the heading: wait until #root holds more than a window.
    await expect
      .poll(() => page.evaluate(() => document.getElementById('root')?.scrollHeight ?? 0))
      .toBeGreaterThan(860)
    const heights = await page.evaluate(() => ({
      page: document.documentElement.scrollHeight,
      window: window.innerHeight,
    }))
    expect(heights.page, screen).toBeLessThanOrEqual(heights.window)
  }
})
