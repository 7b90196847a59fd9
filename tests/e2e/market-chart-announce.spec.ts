import { expect, test } from '@playwright/test'

/**
 * Trial 14: the market chart (Offers › compare) answered the arrow keys, moving its tooltip, and
 * a screen reader heard nothing. While the chart has focus, a polite live region beside it says
 * the bar reached: its name and figure, and for the article's, what it counts and its line.
 * With the sample, in English and Simplified Chinese.
 */
for (const [locale, sample, loaded, chartName, current, linePattern] of [
  [
    'en-US',
    'Load the sample',
    'The sample is loaded',
    'Chart: your pay against the article’s figures',
    /^Current job: .+\/yr$/,
    /^.+: .+\/yr \(.+\), The article, L\d+/,
  ],
  [
    'zh-CN',
    '载入示例',
    '示例已载入',
    '图表：你的薪资与文章中的数字',
    /^当前工作：.+\/年$/,
    /^.+：.+（.+），原文第 [\d、]+ 行/,
  ],
] as const) {
  test(`the market chart's arrow keys are announced, ${locale}`, async ({ browser }) => {
    test.setTimeout(60_000)
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto('/#/dashboard')
    await page.getByRole('button', { name: sample }).click()
    await expect(page.getByText(loaded)).toBeVisible({ timeout: 20_000 })
    await page.goto('/#/offers')
    const chart = page.getByRole('application', { name: chartName })
    await expect(chart).toBeAttached({ timeout: 15_000 })
    const status = page.locator('.market-drawing [role="status"]')
    await expect(status).toHaveText('')
    await chart.focus()
    await expect(status).toHaveText(current)
    const before = await status.textContent()
    await page.keyboard.press('ArrowRight')
    await expect(status).not.toHaveText(before ?? '')
    // Past the user's own bars (the current job, the offers) to the article's figures.
    for (let step = 0; step < 8; step += 1) {
      if (linePattern.test((await status.textContent()) ?? '')) break
      await page.keyboard.press('ArrowRight')
    }
    await expect(status).toHaveText(linePattern)
    await page.keyboard.press('Tab')
    await expect(status).toHaveText('')
    await context.close()
  })
}
